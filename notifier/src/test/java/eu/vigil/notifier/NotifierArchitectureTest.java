package eu.vigil.notifier;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "eu.vigil.notifier", importOptions = ImportOption.DoNotIncludeTests.class)
class NotifierArchitectureTest {

    private static final Pattern FEATURE_WEB = Pattern.compile("eu\\.vigil\\.notifier\\.([^.]+)\\.web(\\..*)?");

    @ArchTest
    static final ArchRule featuresFormNoCycles = slices().matching("eu.vigil.notifier.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noClassReachesIntoAnotherFeaturesWebPackage = classes()
            .should(new ArchCondition<JavaClass>("not depend on another feature's web package") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                        Matcher target = FEATURE_WEB.matcher(dependency.getTargetClass().getPackageName());
                        if (target.matches() && !featureOf(origin).equals(target.group(1))) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    });
                }
            });

    private static String featureOf(JavaClass type) {
        String rest = type.getPackageName().replaceFirst("^eu\\.vigil\\.notifier\\.?", "");
        return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
    }
}
