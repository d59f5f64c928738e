package eu.vigil.security;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import eu.vigil.testsupport.VigilArchitecture;

@AnalyzeClasses(packages = "eu.vigil.security", importOptions = ImportOption.DoNotIncludeTests.class)
class SecurityKitArchitectureTest {

    @ArchTest
    static final ArchTests vigil = ArchTests.in(VigilArchitecture.class);
}
