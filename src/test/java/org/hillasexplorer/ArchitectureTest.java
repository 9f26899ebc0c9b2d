package org.hillasexplorer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of DEVELOPERS.md: physics ← catalog ← figure ← export ← cli/app, arrows one way only. */
class ArchitectureTest {
    private static final String ROOT = "org.hillasexplorer";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    private static final String[] UI_AND_CHART = {"javafx..", "org.jfree..", "java.awt..", "javax.swing..", "org.controlsfx.."};

    @Test
    void physicsIsPureJdkWithoutUiChartsOrIo() {
        ArchRule rule = noClasses().that().resideInAPackage(ROOT + ".physics..")
                .should().dependOnClassesThat().resideInAnyPackage(concat(UI_AND_CHART, "java.io..", "java.nio..", "java.net.."))
                .orShould().dependOnClassesThat().resideInAnyPackage(ROOT + ".catalog..", ROOT + ".figure..",
                        ROOT + ".export..", ROOT + ".cli..", ROOT + ".app..");
        rule.check(classes);
    }

    @Test
    void monteCarloIsUiFreeAndDependsOnlyOnPhysics() {
        noClasses().that().resideInAPackage(ROOT + ".montecarlo..")
                .should().dependOnClassesThat().resideInAnyPackage(concat(UI_AND_CHART, "java.io..", "java.nio.."))
                .orShould().dependOnClassesThat().resideInAnyPackage(ROOT + ".catalog..", ROOT + ".figure..",
                        ROOT + ".export..", ROOT + ".cli..", ROOT + ".app..", ROOT + ".session..")
                .check(classes);
    }

    @Test
    void catalogIsUiFreeAndDependsOnlyOnPhysics() {
        noClasses().that().resideInAPackage(ROOT + ".catalog..")
                .should().dependOnClassesThat().resideInAnyPackage(UI_AND_CHART)
                .orShould().dependOnClassesThat().resideInAnyPackage(ROOT + ".figure..", ROOT + ".export..", ROOT + ".cli..", ROOT + ".app..")
                .check(classes);
    }

    @Test
    void figureAndExportNeverUseJavaFxOrTheUpperLayers() {
        noClasses().that().resideInAnyPackage(ROOT + ".figure..", ROOT + ".export..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", ROOT + ".cli..", ROOT + ".app..")
                .check(classes);
        noClasses().that().resideInAPackage(ROOT + ".figure..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".export..")
                .check(classes);
    }

    @Test
    void cliRunsWithoutJavaFx() {
        noClasses().that().resideInAPackage(ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", ROOT + ".app..")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
