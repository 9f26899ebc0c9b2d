package org.hillasexplorer.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.hillasexplorer.figure.RenderOptions;
import org.hillasexplorer.figure.ViewRange;
import org.hillasexplorer.physics.EnergyClass;
import org.hillasexplorer.physics.EnergyClassFields;
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
        Optional<ViewRange> range = v.equals("rigidity") ? rigidityView
                : state.view(v.equals("ns") ? Plane.NUMBER_DENSITY : Plane.FILLING_FACTOR);
        // the render options' words come from their descriptors (figure.RenderOptions), in today's order
        RenderOptions.Settings set = new RenderOptions.Settings(v, width, height, scale, style,
                range.map(r -> new RenderOptions.Span(r.log10XMin(), r.log10XMax())),
                range.map(r -> new RenderOptions.Span(r.log10YMin(), r.log10YMax())), state.shownElements(), outFile);
        List<String> a = new ArrayList<>(RenderOptions.head(set));
        List<String> notes = new ArrayList<>();
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
            Optional<String> list = EnergyClassFields.writeList(s.energyClasses());
            if (list.isPresent()) {
                a.add("--" + EnergyClassFields.LIST_KEY);
                a.add(list.get());
            } else {
                notes.add("an energy class label cannot be written in --" + EnergyClassFields.LIST_KEY);
            }
        }
        Species sp = s.species();
        if (sp.chargeNumber() != 1 || sp.massNumber() != 1) {
            a.add("--z");
            a.add(Integer.toString(sp.chargeNumber()));
            a.add("--a");
            a.add(Integer.toString(sp.massNumber()));
        }
        a.addAll(RenderOptions.ranges(set));
        for (EnergyClass c : s.energyClasses()) {
            if (state.hiddenEnergyClasses().contains(c.label())) {
                if (EnergyClassFields.writable(c.label())) {
                    a.add("--hide");
                    a.add(c.label());
                } else {
                    notes.add("the hidden energy class '" + c.label() + "' (its label cannot be written on a command line)");
                }
            }
        }
        for (String id : new TreeSet<>(state.hiddenCandidates())) {
            a.add("--hide-candidate");
            a.add(id);
        }
        a.addAll(RenderOptions.elementArguments(state.shownElements()));
        populations(state, a, notes);
        for (String f : state.catalogFiles()) {
            a.add("--catalog");
            a.add(f);
        }
        if (!state.catalogFiles().isEmpty() && builtin) {
            a.add("--builtin-catalog");
        }
        a.addAll(RenderOptions.tail(set));
        return new Words(a, notes);
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
