package eu.vigil.command;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import eu.vigil.testsupport.VigilArchitecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "eu.vigil.command", importOptions = ImportOption.DoNotIncludeTests.class)
class CommandServiceArchitectureTest {

    @ArchTest
    static final ArchTests vigil = ArchTests.in(VigilArchitecture.class);

    @ArchTest
    static final ArchRule theDomainDoesNotDependOnTheWebLayer = noClasses()
            .that().resideInAnyPackage("eu.vigil.command.incident", "eu.vigil.command.hospital")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..");
}
