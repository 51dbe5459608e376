package org.restockradar.launcher;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layout shows the data flow only while no package needs one that needs it back: every package of every module
 * (the launcher sees them all on its class path) is a slice, and the slices must form no cycle.
 */
final class PackageCyclesTest {
    private static final JavaClasses MAIN_CODE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.restockradar");

    @Test
    void shouldHaveNoCycleBetweenPackages() {
        slices().matching("org.restockradar.(**)").should().beFreeOfCycles().check(MAIN_CODE);
    }
}
