package eu.vigil.testsupport;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture rules of every Vigil module (style.md), for classes in {@code eu.vigil.<module>.<feature>..}.
 * A module's architecture test imports its own main classes and runs them all, beside the rules that are its own:
 *
 * <pre>
 * &#64;AnalyzeClasses(packages = "eu.vigil.query", importOptions = ImportOption.DoNotIncludeTests.class)
 * class QueryServiceArchitectureTest {
 *     &#64;ArchTest
 *     static final ArchTests vigil = ArchTests.in(VigilArchitecture.class);
 * }
 * </pre>
 */
public final class VigilArchitecture {

    private static final Pattern FEATURE = Pattern.compile("eu\\.vigil\\.([^.]+)\\.?([^.]*).*");
    private static final Pattern FEATURE_WEB = Pattern.compile("eu\\.vigil\\.([^.]+)\\.([^.]+)\\.web(\\..*)?");
    private static final String CONFIGURATION = "org.springframework.context.annotation.Configuration";

    @ArchTest
    public static final ArchRule featuresFormNoCycles = slices().matching("eu.vigil.*.(*)..")
            .should().beFreeOfCycles()
            .allowEmptyShould(true); // a kit may be one package

    @ArchTest
    public static final ArchRule noFeatureReachesIntoAnothersWebPackage = classes()
            .should(new ArchCondition<JavaClass>("not depend on another feature's web package") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    Matcher from = FEATURE.matcher(origin.getPackageName());
                    origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                        Matcher to = FEATURE_WEB.matcher(dependency.getTargetClass().getPackageName());
                        if (to.matches() && from.matches() && from.group(1).equals(to.group(1))
                                && !from.group(2).equals(to.group(2))) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    });
                }
            });

    /** The web package is the edge: a feature's domain does not know it; config may wire it. */
    @ArchTest
    public static final ArchRule noDomainDependsOnAWebPackage = noClasses()
            .that().resideOutsideOfPackages("..web..", "eu.vigil.*.config..")
            .should().dependOnClassesThat().resideInAPackage("eu.vigil.*.*.web..")
            .allowEmptyShould(true); // web-kit is all web

    @ArchTest
    public static final ArchRule configurationClassesDoNotProxyBeanMethods = classes()
            .that().areAnnotatedWith(CONFIGURATION)
            .should(new ArchCondition<JavaClass>("be @Configuration(proxyBeanMethods = false)") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    boolean proxies = type.getAnnotationOfType(CONFIGURATION).get("proxyBeanMethods")
                            .map(Boolean.TRUE::equals).orElse(true);
                    if (proxies) {
                        events.add(SimpleConditionEvent.violated(type, type.getName() + " proxies its bean methods"));
                    }
                }
            })
            .allowEmptyShould(true);

    /** Time arrives on the command, from the {@code Clock} bean that config/ defines: tests and replays set it. */
    @ArchTest
    public static final ArchRule onlyConfigReadsTheSystemClock = noClasses()
            .that().resideOutsideOfPackage("eu.vigil.*.config..")
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .because("style.md §3: never read the time in the domain; a Clock bean is injected");

    @ArchTest
    public static final ArchRule noLombok = noClasses().should().dependOnClassesThat().resideInAPackage("lombok..")
            .because("style.md §10: records for data, hand-written constructors for the rest");

    @ArchTest
    public static final ArchRule noControllersServicesOrDtoPackages = noClasses()
            .should().resideInAnyPackage("..controller..", "..controllers..", "..service..", "..services..",
                    "..dto..")
            .because("style.md §1: a package per feature, named with a domain noun");

    @ArchTest
    public static final ArchRule optionalIsOnlyAReturnType = noFields().should().haveRawType(Optional.class)
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule constructorInjectionOnly = NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    @ArchTest
    public static final ArchRule loggingGoesThroughSlf4j = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    @ArchTest
    public static final ArchRule nothingWritesToStandardStreams = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    /** {@code contracts} as this module sees it on its class path: it depends on nothing of ours. */
    @ArchTest
    static void contractsDependOnTheJdkAndJacksonOnly(JavaClasses ignored) {
        var contracts = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("eu.vigil.contracts");
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "javax.crypto..", "eu.vigil.contracts..", "com.fasterxml.jackson..")
                .check(contracts);
    }

    private VigilArchitecture() {
    }
}
