package eu.vigil.command;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "eu.vigil.command", importOptions = ImportOption.DoNotIncludeTests.class)
class CommandServiceArchitectureTest {

    @ArchTest
    static final ArchRule featuresFormNoCycles = slices().matching("eu.vigil.command.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noFeatureReachesIntoAnothersWebPackage = noClasses()
            .that().resideOutsideOfPackages("..web..", "eu.vigil.command.config..")
            .should().dependOnClassesThat().resideInAPackage("eu.vigil.command.*.web..");

    @ArchTest
    static final ArchRule theDomainDoesNotDependOnTheWebLayer = noClasses()
            .that().resideInAnyPackage("eu.vigil.command.incident", "eu.vigil.command.hospital")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..");
}
