package eu.vigil.ui;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import eu.vigil.testsupport.VigilArchitecture;

@AnalyzeClasses(packages = "eu.vigil.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class UiKitArchitectureTest {

    @ArchTest
    static final ArchTests vigil = ArchTests.in(VigilArchitecture.class);
}
