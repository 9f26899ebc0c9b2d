package org.hillasexplorer;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.figure.ViewRange;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering, as an allow-list: one table ({@link #LAYERS}, {@link #LIBRARIES}) from which a single ArchUnit
 * {@code layeredArchitecture()} is generated, and which README.md ("## Architecture") and every package-info.java
 * state word for word (checked here too, so the three cannot drift apart).
 */
class ArchitectureTest {
    private static final String ROOT = "org.hillasexplorer";

    /**
     * A package of the project.
     *
     * @param name       the README's name: {@code org.hillasexplorer.NAME} and its subpackages ({@code launcher} is
     *                   the root package itself, where only {@code Launcher} lives)
     * @param mayUse     the layers and libraries its classes may depend on (its own classes always)
     * @param nullMarked whether its package-info is {@code @NullMarked}
     */
    record Layer(String name, List<String> mayUse, boolean nullMarked) {
        String packageIdentifier() {
            return name.equals("launcher") ? ROOT : ROOT + "." + name + "..";
        }
    }

    /** A library, or a part of the JDK that is not everyone's: the packages in {@code packages} minus those in {@code except}. */
    record Library(String name, List<String> packages, List<String> except) {
        DescribedPredicate<JavaClass> predicate() {
            DescribedPredicate<JavaClass> in = resideInAnyPackage(packages.toArray(String[]::new));
            return except.isEmpty() ? in.as(name)
                    : in.and(DescribedPredicate.not(resideInAnyPackage(except.toArray(String[]::new)))).as(name);
        }
    }

    /** The project's packages, bottom up. */
    static final List<Layer> LAYERS = List.of(
            new Layer("io", List.of("JDK", "JDK I/O", "JDK XML"), false),
            new Layer("physics", List.of("JDK", "JSpecify", "Commons Math"), true),
            new Layer("montecarlo", List.of("physics", "JDK"), false),
            new Layer("catalog", List.of("physics", "io", "JDK", "JDK I/O", "JDK XML", "Jackson", "Commons CSV", "STIL"), false),
            new Layer("figure", List.of("physics", "catalog", "JDK", "AWT", "JFreeChart"), false),
            new Layer("export", List.of("physics", "io", "JDK", "JDK I/O", "AWT", "JDK XML", "JFreeChart", "JFreeSVG", "OrsonPDF",
                    "PDFBox", "STIL", "Jackson", "JSpecify"), true),
            new Layer("session", List.of("physics", "io", "catalog", "figure", "export", "JDK", "JDK I/O", "Jackson"), false),
            new Layer("teaching", List.of("physics", "figure", "session", "JDK", "JSpecify"), true),
            new Layer("cli", List.of("physics", "io", "montecarlo", "catalog", "figure", "export", "session", "JDK", "JDK I/O",
                    "Jackson", "picocli", "JFreeChart"), false),
            new Layer("app", List.of("physics", "io", "montecarlo", "catalog", "figure", "export", "session", "teaching",
                    "JDK", "JDK I/O", "AWT", "JFreeChart", "JavaFX"), false),
            new Layer("launcher", List.of("app", "cli", "JDK", "JDK I/O"), false));

    /** What the layers may use besides each other. */
    static final List<Library> LIBRARIES = List.of(
            new Library("JDK", List.of("java.lang..", "java.util..", "java.text..", "java.math..", "java.time..",
                    "java.security.."), List.of()),
            new Library("JDK I/O", List.of("java.io..", "java.nio..", "java.net.."), List.of()),
            new Library("AWT", List.of("java.awt..", "javax.imageio..", "javax.swing.."), List.of()),
            new Library("JDK XML", List.of("javax.xml..", "org.w3c.dom..", "org.xml.sax.."), List.of()),
            new Library("JSpecify", List.of("org.jspecify.."), List.of()),
            new Library("JavaFX", List.of("javafx..", "org.controlsfx..", "org.jfree.chart.fx..", "org.jfree.fx.."), List.of()),
            new Library("JFreeChart", List.of("org.jfree.chart..", "org.jfree.data.."), List.of("org.jfree.chart.fx..")),
            new Library("JFreeSVG", List.of("org.jfree.svg.."), List.of()),
            new Library("OrsonPDF", List.of("org.jfree.pdf.."), List.of()),
            new Library("PDFBox", List.of("org.apache.pdfbox.."), List.of()),
            new Library("Jackson", List.of("com.fasterxml.jackson.."), List.of()),
            new Library("Commons CSV", List.of("org.apache.commons.csv.."), List.of()),
            new Library("Commons Math", List.of("org.apache.commons.math3.."), List.of()),
            new Library("STIL", List.of("uk.ac.starlink.."), List.of()),
            new Library("picocli", List.of("picocli.."), List.of()));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    /** The one layered architecture, generated from the table. */
    static LayeredArchitecture architecture() {
        LayeredArchitecture a = layeredArchitecture().consideringAllDependencies().ensureAllClassesAreContainedInArchitecture();
        for (Library l : LIBRARIES) {
            a = a.optionalLayer(l.name()).definedBy(l.predicate());
        }
        for (Layer l : LAYERS) {
            a = a.layer(l.name()).definedBy(l.packageIdentifier());
        }
        for (Layer l : LAYERS) {
            a = a.whereLayer(l.name()).mayOnlyAccessLayers(l.mayUse().toArray(String[]::new));
        }
        return a;
    }

    @Test
    void everyDependencyIsAllowedByTheTable() {
        architecture().check(classes);
    }

    @Test
    void everyChartOutsideFigureIsBuiltThroughTheOneEntryPoint() {
        // the window, the CLI, sweeps, the population preview and exports: Figures.chart(FigureSpec) and Figures.update,
        // never the old per-view builders (kept inside figure as facades)
        Set<String> builders = Set.of("org.hillasexplorer.figure.FigureBuilder", "org.hillasexplorer.figure.RigidityChartBuilder");
        noClasses().that().resideOutsideOfPackage(ROOT + ".figure..")
                .should().callMethodWhere(DescribedPredicate.describe("a chart builder's build, update or autoRange",
                        call -> builders.contains(call.getTargetOwner().getName())
                                && Set.of("build", "update", "autoRange").contains(call.getName())))
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    // ------------------------------------------------------------------------------------------------ the table itself

    @Test
    void theTableNamesOnlyKnownLayersAndLibrariesAndPointsDownwards() {
        Set<String> below = new LinkedHashSet<>();
        Set<String> libraries = new LinkedHashSet<>(LIBRARIES.stream().map(Library::name).toList());
        for (Layer l : LAYERS) {
            for (String used : l.mayUse()) {
                assertThat(below.contains(used) || libraries.contains(used)).as(l.name() + " may use " + used
                        + ": a library or a layer listed before it").isTrue();
            }
            assertThat(l.mayUse()).as(l.name()).doesNotHaveDuplicates().contains("JDK");
            below.add(l.name());
        }
        // annotations of a null-marked package come from JSpecify, and only those packages need it
        for (Layer l : LAYERS) {
            assertThat(l.mayUse().contains("JSpecify")).as(l.name() + " uses JSpecify exactly when @NullMarked").isEqualTo(l.nullMarked());
        }
    }

    /** The rules the old per-package tests stated, now properties the table must keep. */
    @Test
    void theTableKeepsTheEssentialRules() {
        Map<String, List<String>> may = new LinkedHashMap<>();
        LAYERS.forEach(l -> may.put(l.name(), l.mayUse()));
        // physics: pure, the JDK and numerics only (no UI, charts or I/O), nothing of the project
        assertThat(may.get("physics")).containsExactlyInAnyOrder("JDK", "JSpecify", "Commons Math"); // JSpecify: annotations only
        // the Monte Carlo: UI-free, no I/O, only physics
        assertThat(may.get("montecarlo")).containsExactlyInAnyOrder("physics", "JDK");
        // figure draws plain values: no Monte Carlo internals, no export, no files
        assertThat(may.get("figure")).doesNotContain("montecarlo", "export", "JDK I/O");
        // export writes what it is given: no catalogue types, no verdicts of its own (it cannot see how entries are judged)
        assertThat(may.get("export")).doesNotContain("catalog", "figure", "montecarlo", "session");
        // session, the state: no window, no CLI, no Monte Carlo
        assertThat(may.get("session")).doesNotContain("app", "cli", "montecarlo", "teaching", "JavaFX");
        // teaching is plain data: no UI, charts, files, export or catalogue
        assertThat(may.get("teaching")).doesNotContain("JavaFX", "JFreeChart", "AWT", "JDK I/O", "export", "catalog", "app", "cli");
        // the CLI runs without a display
        assertThat(may.get("cli")).doesNotContain("JavaFX", "app", "AWT");
        // only the window uses JavaFX and the teaching package; nothing but the launcher uses the window
        for (Layer l : LAYERS) {
            if (!l.name().equals("app")) {
                assertThat(l.mayUse()).as(l.name()).doesNotContain("JavaFX", "teaching");
            }
            if (!l.name().equals("launcher")) {
                assertThat(l.mayUse()).as(l.name()).doesNotContain("app");
            }
        }
    }

    /** Teaching (like the scenario state) uses only figure's value types: {@code ViewRange}, {@code FigureOptions.Element}. */
    @Test
    void teachingUsesOnlyTheFigureValueTypes() {
        DescribedPredicate<JavaClass> figureButValueTypes = JavaClass.Predicates.resideInAPackage(ROOT + ".figure..")
                .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(ViewRange.class)))
                .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(FigureOptions.Element.class)));
        noClasses().that().resideInAPackage(ROOT + ".teaching..").should().dependOnClassesThat(figureButValueTypes).check(classes);
    }

    @Test
    void exactlyTheNullMarkedPackagesAreAnnotatedSo() {
        for (Layer l : LAYERS) {
            String pkg = l.name().equals("launcher") ? ROOT : ROOT + "." + l.name();
            assertThat(classes.getPackage(pkg).isAnnotatedWith(NullMarked.class)).as(pkg + " @NullMarked").isEqualTo(l.nullMarked());
        }
    }

    // ------------------------------------------------------------------------------------------------ README, package-info

    private static String architectureSection() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("\n## Architecture\n");
        assertThat(start).as("README.md has an \"## Architecture\" section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    /** The rows of the Markdown table whose header starts with {@code firstHeader}: cells trimmed, header and rule dropped. */
    private static List<List<String>> markdownTable(String text, String firstHeader) {
        List<List<String>> rows = new ArrayList<>();
        boolean in = false;
        for (String line : text.lines().toList()) {
            if (!line.startsWith("|")) {
                if (in) {
                    break;
                }
                continue;
            }
            List<String> cells = Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|")).map(String::strip).toList();
            if (!in) {
                in = cells.get(0).equals(firstHeader);
            } else if (!cells.get(0).startsWith("---")) {
                rows.add(cells);
            }
        }
        assertThat(rows).as("README table starting with | " + firstHeader + " |").isNotEmpty();
        return rows;
    }

    private static List<String> names(String cell) {
        return cell.equals("—") ? List.of() : Arrays.stream(cell.split(",")).map(s -> s.strip().replace("`", "")).toList();
    }

    private static List<String> codeSpans(String cell) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("`([^`]+)`").matcher(cell);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void theReadmeShowsExactlyThisTable() throws IOException {
        String section = architectureSection();
        List<List<String>> packages = markdownTable(section, "package");
        assertThat(packages).extracting(r -> r.get(0).replace("`", "")).containsExactlyElementsOf(LAYERS.stream().map(Layer::name).toList());
        for (int i = 0; i < LAYERS.size(); i++) {
            Layer l = LAYERS.get(i);
            List<String> row = packages.get(i);
            assertThat(names(row.get(2))).as("README: what " + l.name() + " may depend on").isEqualTo(l.mayUse());
            assertThat(row.get(3)).as("README: is " + l.name() + " @NullMarked").isEqualTo(l.nullMarked() ? "yes" : "—");
        }
        List<List<String>> libraries = markdownTable(section, "library");
        assertThat(libraries).extracting(r -> r.get(0)).containsExactlyElementsOf(LIBRARIES.stream().map(Library::name).toList());
        for (int i = 0; i < LIBRARIES.size(); i++) {
            Library l = LIBRARIES.get(i);
            String cell = libraries.get(i).get(1);
            int not = cell.indexOf(" except ");
            assertThat(codeSpans(not < 0 ? cell : cell.substring(0, not))).as("README: packages of " + l.name()).isEqualTo(l.packages());
            assertThat(not < 0 ? List.of() : codeSpans(cell.substring(not))).as("README: packages not in " + l.name()).isEqualTo(l.except());
        }
    }

    private static final Pattern LAYER_SENTENCE = Pattern.compile("Layer \\(README \"Architecture\", checked by \\{@code ArchitectureTest\\}\\): "
            + "may depend on ([^.]+)\\.");

    @Test
    void everyPackageInfoStatesItsRowOfTheTable() throws IOException {
        for (Layer l : LAYERS) {
            Path info = Path.of("src/main/java", (l.name().equals("launcher") ? ROOT : ROOT + "." + l.name()).replace('.', '/'), "package-info.java");
            String javadoc = Files.readString(info, StandardCharsets.UTF_8).replaceAll("\\s*\\n\\s*\\*\\s?", " ");
            Matcher m = LAYER_SENTENCE.matcher(javadoc);
            assertThat(m.find()).as(info + " states: " + LAYER_SENTENCE.pattern()).isTrue();
            assertThat(names(m.group(1))).as(info + ": may depend on").isEqualTo(l.mayUse());
        }
    }
}
