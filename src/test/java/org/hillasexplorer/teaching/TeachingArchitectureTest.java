package org.hillasexplorer.teaching;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.figure.ViewRange;
import org.junit.jupiter.api.Test;

/** The teaching package is UI-free plain data (see its package-info). */
class TeachingArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.hillasexplorer");

    @Test
    void teachingNeverUsesUiOrChartsOrTheUpperLayers() {
        noClasses().that().resideInAPackage("org.hillasexplorer.teaching..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree..", "java.awt..", "javax.swing..",
                        "org.controlsfx..", "org.hillasexplorer.app..", "org.hillasexplorer.cli..",
                        "org.hillasexplorer.export..", "org.hillasexplorer.catalog..", "java.io..", "java.nio..")
                .check(CLASSES);
    }

    @Test
    void fromFigureOnlyTheValueTypesAreUsed() {
        DescribedPredicate<JavaClass> figureButValueTypes = JavaClass.Predicates.resideInAPackage("org.hillasexplorer.figure..")
                .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(ViewRange.class)))
                .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(FigureOptions.Element.class)));
        noClasses().that().resideInAPackage("org.hillasexplorer.teaching..")
                .should().dependOnClassesThat(figureButValueTypes)
                .check(CLASSES);
    }

    @Test
    void nothingDependsOnTeachingExceptTheWindow() {
        classes().that().resideOutsideOfPackages("org.hillasexplorer.teaching..", "org.hillasexplorer.app..")
                .should().onlyDependOnClassesThat().resideOutsideOfPackage("org.hillasexplorer.teaching..")
                .check(CLASSES);
    }
}
