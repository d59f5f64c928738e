package eu.vigil.consumer;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import eu.vigil.testsupport.VigilArchitecture;

@AnalyzeClasses(packages = "eu.vigil.consumer", importOptions = ImportOption.DoNotIncludeTests.class)
class ConsumerKitArchitectureTest {

    @ArchTest
    static final ArchTests vigil = ArchTests.in(VigilArchitecture.class);
}
