package org.hillasexplorer.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.hillasexplorer.figure.FigureOptions.Element;
import org.hillasexplorer.figure.ViewRange;
import org.hillasexplorer.physics.EnergyClass;
import org.hillasexplorer.physics.IntermittentModelPopulation;
import org.hillasexplorer.physics.Parameter;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.PowerLawPopulation;
import org.hillasexplorer.physics.PowerLawSpec;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.Species;
import org.hillasexplorer.physics.TabulatedPopulation;
import org.hillasexplorer.physics.Units;
import org.hillasexplorer.physics.uncertainty.Uncertain;
import org.hillasexplorer.physics.uncertainty.UncertaintySpec;

/**
 * "Copy as command": the {@code java -jar hillas-explorer.jar render …} command line (POSIX-shell quoted) that
 * draws what a window shows. It names:
 * <ul>
 *   <li>{@code --plane}, {@code --width}, {@code --height}, {@code --scale} (PNG only), {@code --style} (when not
 *       {@code paper}) and {@code --out};</li>
 *   <li>every scenario parameter that differs from its default ({@code --delta --b-ug --nu0 --dim --aspect --n-ism}),
 *       then each uncertain one as its distribution ({@code --delta 0.3..0.7}, {@link Uncertain#toSpec}) in the
 *       state's order (the CLI keeps the order of the options, which assigns the Sobol dimensions) and, when the
 *       state has an uncertainty, {@code --levels L,L --samples N};
 *       {@code --classes} when they differ from the paper's (energies written so they read back exactly) and
 *       {@code --z --a} for a species other than the proton;</li>
 *   <li>the explicit view of the drawn plane as {@code --ls-range LO..HI --y-range LO..HI} (for the rigidity view,
 *       {@code --r-range}/{@code --y-range} from a {@link FigureState}), each bound chosen so that its log10 is
 *       exactly the state's;</li>
 *   <li>{@code --hide CLASS} per hidden energy class of the scenario, {@code --hide-candidate ID} per hidden
 *       catalogue entry, and {@code --no-legend}, {@code --no-title}, {@code --no-verdicts}, {@code --no-model},
 *       {@code --no-catalog} (candidate boxes and labels both off) or {@code --hide-element NAME} for the other
 *       optional elements that are off;</li>
 *   <li>{@code --model} for the paper's intermittent model, {@code --population power:…} for each power law
 *       ({@link PowerLawSpec#write}, from the knobs' definitions),
 *       {@code --catalog FILE} per user catalogue (with {@code --builtin-catalog}, as the window draws the built-in
 *       catalogue too).</li>
 * </ul>
 * <b>Not expressible</b>, and therefore named in a trailing shell comment ({@code # not in this command: …}) rather
 * than silently dropped: tabulated populations (they would need their points as a file; save them and add
 * {@code --curve FILE}), an intermittent model with another id or label than the paper's, power-law labels or ids
 * that the {@code --population} syntax cannot carry (an id with a comma; a label with blanks at its ends or with
 * {@code ,KEY=} inside), energy-class labels with {@code ,}, {@code =} or {@code ..}, a population order other
 * than model, power laws, tables (the CLI adds them in that order), and an uncertain parameter whose exact band is not
 * at its distribution's central value (the CLI draws it there). Silently left out because they do not change the
 * drawing: the window layout, the view of the plane that is not drawn and hidden labels of classes that do not
 * exist.
 */
public final class RenderCommandLine {
    /** How the command starts. */
    public static final String PREFIX = "java -jar hillas-explorer.jar render";

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private RenderCommandLine() {
    }

    /**
     * The command that draws {@code view} of {@code state}.
     *
     * @param view    {@code ns}, {@code fv} or {@code rigidity}
     * @param width   width in points
     * @param height  height in points
     * @param scale   PNG pixels per point (written only for a {@code .png} output)
     * @param style   figure style name, e.g. {@code paper}
     * @param outFile output file; its extension chooses the format
     * @throws IllegalArgumentException for another view
     */
    public static String of(ExplorerState state, String view, int width, int height, double scale, String style,
                            String outFile) {
        return format(arguments(state, view, width, height, scale, style, outFile, Optional.empty(), true));
    }

    /** The command that re-draws the figure described by {@code figure} into {@code outFile}; a composite draws its n_s plane. */
    public static String of(FigureState figure, String outFile) {
        String view = figure.view().equals("composite") ? "ns" : figure.view();
        boolean builtin = figure.catalogs().isEmpty() || figure.catalogs().stream().anyMatch(FigureState.CatalogIdentity::builtin);
        return format(arguments(figure.state(), view, figure.width(), figure.height(), figure.scale(), figure.style(), outFile,
                figure.rigidityView(), builtin));
    }

    /** The command words and the notes on what was left out. */
    public record Words(List<String> arguments, List<String> notes) {
        public Words {
            arguments = List.copyOf(arguments);
            notes = List.copyOf(notes);
        }
    }

    /**
     * The arguments after {@code render} (unquoted) and what could not be expressed, for {@link #of}.
     *
     * @param rigidityView explicit range of the rigidity view, if any
     * @param builtin      whether the built-in catalogue is drawn besides the state's catalogue files
     */
    public static Words arguments(ExplorerState state, String view, int width, int height, double scale, String style,
                                  String outFile, Optional<ViewRange> rigidityView, boolean builtin) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(outFile, "outFile");
        String v = view.strip().toLowerCase(Locale.ROOT);
        if (!List.of("ns", "fv", "rigidity").contains(v)) {
            throw new IllegalArgumentException("view '" + view + "' is not one of ns, fv, rigidity");
        }
        List<String> a = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        a.add("--plane");
        a.add(v);
        Scenario s = state.scenario();
        UncertaintySpec uncertainty = state.uncertainty();
        for (Parameter p : Parameters.SCENARIO) {
            double value = s.get(p);
            if (uncertainty.of(p).isEmpty() && value != p.defaultValue()) {
                a.add(p.cliOption());
                a.add(p.integer() ? Long.toString((long) value) : number(value));
            }
        }
        // in the state's order, which the CLI keeps: it assigns the Sobol dimensions
        for (Uncertain u : uncertainty.parameters()) {
            Parameter p = u.parameter();
            a.add(p.cliOption());
            a.add(u.toSpec());
            if (s.get(p) != u.central()) {
                notes.add("the exact band at " + p.symbol() + " = " + Units.formatNumber(s.get(p)) + " (the command draws "
                        + "it at the distribution's central value " + Units.formatNumber(u.central()) + ")");
            }
        }
        if (!uncertainty.equals(UncertaintySpec.NONE)) {
            a.add("--levels");
            a.add(String.join(",", uncertainty.levels().stream().map(RenderCommandLine::number).toList()));
            a.add("--samples");
            a.add(Integer.toString(uncertainty.samples()));
        }
        if (!s.energyClasses().equals(EnergyClass.DEFAULTS)) {
            List<String> specs = new ArrayList<>();
            for (EnergyClass c : s.energyClasses()) {
                String l = c.label();
                if (l.contains(",") || l.contains("=") || l.contains("..") || !l.strip().equals(l) || l.isEmpty()) {
                    notes.add("energy class label '" + l + "' cannot be written in --classes");
                    specs = null;
                    break;
                }
                specs.add(l + "=" + ScenarioFile.energyText(c.minKineticEnergyGeV()).replace(" ", "") + ".."
                        + ScenarioFile.energyText(c.maxKineticEnergyGeV()).replace(" ", ""));
            }
            if (specs != null) {
                a.add("--classes");
                a.add(String.join(",", specs));
            }
        }
        Species sp = s.species();
        if (sp.chargeNumber() != 1 || sp.massNumber() != 1) {
            a.add("--z");
            a.add(Integer.toString(sp.chargeNumber()));
            a.add("--a");
            a.add(Integer.toString(sp.massNumber()));
        }
        Optional<ViewRange> range = v.equals("rigidity") ? rigidityView
                : state.view(v.equals("ns") ? Plane.NUMBER_DENSITY : Plane.FILLING_FACTOR);
        range.ifPresent(r -> {
            a.add(v.equals("rigidity") ? "--r-range" : "--ls-range");
            a.add(linear(r.log10XMin()) + ".." + linear(r.log10XMax()));
            a.add("--y-range");
            a.add(linear(r.log10YMin()) + ".." + linear(r.log10YMax()));
        });
        for (EnergyClass c : s.energyClasses()) {
            if (state.hiddenEnergyClasses().contains(c.label())) {
                a.add("--hide");
                a.add(c.label());
            }
        }
        for (String id : new TreeSet<>(state.hiddenCandidates())) {
            a.add("--hide-candidate");
            a.add(id);
        }
        elements(state, a);
        populations(state, a, notes);
        for (String f : state.catalogFiles()) {
            a.add("--catalog");
            a.add(f);
        }
        if (!state.catalogFiles().isEmpty() && builtin) {
            a.add("--builtin-catalog");
        }
        a.add("--width");
        a.add(Integer.toString(width));
        a.add("--height");
        a.add(Integer.toString(height));
        if (outFile.toLowerCase(Locale.ROOT).endsWith(".png")) {
            a.add("--scale");
            a.add(number(scale));
        }
        if (!style.equals("paper")) {
            a.add("--style");
            a.add(style);
        }
        a.add("--out");
        a.add(outFile);
        return new Words(a, notes);
    }

    private static void elements(ExplorerState state, List<String> a) {
        boolean boxes = state.shows(Element.CANDIDATE_BOXES);
        boolean labels = state.shows(Element.CANDIDATE_LABELS);
        if (!boxes && !labels) {
            a.add("--no-catalog");
        }
        if (state.shows(Element.CITATIONS)) {
            a.add("--citations");
        }
        for (Element e : Element.values()) {
            if (state.shows(e) || e == Element.CITATIONS) { // the caption is off unless asked for
                continue;
            }
            switch (e) {
                case LEGEND -> a.add("--no-legend");
                case TITLE -> a.add("--no-title");
                case VERDICT_MARKERS -> a.add("--no-verdicts");
                case HYPOTHETICAL_MODEL -> a.add("--no-model");
                case CANDIDATE_BOXES, CANDIDATE_LABELS -> {
                    if (boxes || labels) {
                        a.add("--hide-element");
                        a.add(ScenarioFile.elementKey(e));
                    }
                }
                default -> {
                    a.add("--hide-element");
                    a.add(ScenarioFile.elementKey(e));
                }
            }
        }
    }

    private static void populations(ExplorerState state, List<String> a, List<String> notes) {
        List<Population> pops = state.populations();
        List<Population> canonical = new ArrayList<>(pops);
        canonical.sort(Comparator.comparingInt(RenderCommandLine::rank)); // stable: keeps the order within a kind
        if (!canonical.equals(pops)) {
            notes.add("the populations are drawn in the order model, power laws, tables");
        }
        for (Population p : canonical) {
            if (p instanceof IntermittentModelPopulation m) {
                if (m.equals(IntermittentModelPopulation.paper())) {
                    a.add("--model");
                } else {
                    a.add("--model");
                    notes.add("the intermittent model's id/label '" + m.id() + "'/'" + m.label() + "' (--model uses the paper's)");
                }
            } else if (p instanceof PowerLawPopulation pl) {
                Optional<String> spec = PowerLawSpec.write(pl);
                if (spec.isEmpty()) {
                    notes.add("power law '" + pl.id() + "' (its id or label cannot be written in --population)");
                } else {
                    a.add("--population");
                    a.add(spec.get());
                }
            } else if (p instanceof TabulatedPopulation t) {
                notes.add("tabulated population '" + t.id() + "' (save its points as CSV and add --curve FILE)");
            }
        }
    }

    private static int rank(Population p) {
        return p instanceof IntermittentModelPopulation ? 0 : p instanceof PowerLawPopulation ? 1 : 2;
    }

    /** The shortest text that parses back to exactly {@code v} ({@code 1.0E-9} → {@code 1e-9}). */
    static String number(double v) {
        return Units.exactText(v);
    }

    /** A linear value whose log10 is exactly {@code log10} when one exists near 10^log10 (else the nearest). */
    static String linear(double log10) {
        double v = Math.pow(10, log10);
        double c = v;
        for (int k = 0; k < 64; k++) {
            if (Math.log10(c) == log10) {
                return number(c);
            }
            // walk outwards: v+1ulp, v-1ulp, v+2ulp, …
            int steps = k / 2 + 1;
            c = v;
            for (int j = 0; j < steps; j++) {
                c = k % 2 == 0 ? Math.nextUp(c) : Math.nextDown(c);
            }
        }
        return number(v);
    }

    /** The command as one line, each word quoted for a POSIX shell, notes in a trailing comment. */
    static String format(Words w) {
        StringBuilder sb = new StringBuilder(PREFIX);
        for (String arg : w.arguments()) {
            sb.append(' ').append(quote(arg));
        }
        if (!w.notes().isEmpty()) {
            sb.append("  # not in this command: ").append(String.join("; ", w.notes()).replace('\n', ' '));
        }
        return sb.toString();
    }

    /** {@code word} quoted for a POSIX shell: as is when it has only safe characters, else in single quotes. */
    public static String quote(String word) {
        if (!word.isEmpty() && SAFE.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
