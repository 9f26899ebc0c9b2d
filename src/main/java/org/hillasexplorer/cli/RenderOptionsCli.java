package org.hillasexplorer.cli;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hillasexplorer.figure.ElementSwitch;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.figure.FigureOptions.Element;
import org.hillasexplorer.figure.RenderOption;
import org.hillasexplorer.figure.RenderOptions;
import org.hillasexplorer.physics.Plane;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code render}'s figure options made from {@link RenderOptions}: each option's help, parameter label and default
 * come from its descriptor ({@link #applyTo}), and {@link #read} reads the parsed command into
 * {@link RenderOptions.Settings} with the descriptors' checks and messages ({@code --width: width = 50 is outside
 * [100, 10000] pt}). An option the command declares itself keeps its field and gets the descriptor's help; one it does
 * not declare is added, so the command can drop its own declarations without changing its interface.
 */
final class RenderOptionsCli {
    private RenderOptionsCli() {
    }

    /** Gives {@code spec} every render option and element switch, described by its descriptor. */
    static void applyTo(CommandSpec spec) {
        for (RenderOption o : RenderOptions.VALUED) {
            describe(spec, o.cliOption(), o.paramLabel(), o.hasDefault() ? o.defaultText() : null, o == RenderOptions.OUT,
                    o.help());
        }
        for (ElementSwitch e : RenderOptions.ELEMENTS) {
            if (e.hasFlag()) {
                flag(spec, e.flag(), e.help());
            }
        }
        describe(spec, RenderOptions.HIDE_ELEMENT, "NAME", null, true, RenderOptions.hideElementHelp());
    }

    /** Replaces (keeping its field) or adds the option {@code name} with this help. */
    private static void describe(CommandSpec spec, String name, String paramLabel, String defaultValue, boolean repeatable,
                                 String help) {
        OptionSpec old = spec.findOption(name);
        OptionSpec.Builder b = old != null ? old.toBuilder()
                : repeatable ? OptionSpec.builder(name).type(List.class).auxiliaryTypes(String.class)
                : OptionSpec.builder(name).type(String.class);
        b.paramLabel(paramLabel).description(escaped(help));
        if (defaultValue != null) {
            b.defaultValue(defaultValue);
        }
        replace(spec, old, b.build());
    }

    private static void flag(CommandSpec spec, String name, String help) {
        OptionSpec old = spec.findOption(name);
        OptionSpec.Builder b = old != null ? old.toBuilder() : OptionSpec.builder(name).type(boolean.class).arity("0");
        replace(spec, old, b.description(escaped(help)).build());
    }

    private static void replace(CommandSpec spec, OptionSpec old, OptionSpec now) {
        if (old != null) {
            spec.remove(old);
        }
        spec.addOption(now);
    }

    /** Picocli formats descriptions: a literal {@code %} is {@code %%}. */
    private static String escaped(String help) {
        return help.replace("%", "%%");
    }

    // ------------------------------------------------------------------------------------------------ reading

    /** The text given for an option (or its default), null if none; the first of a repeated option. */
    static String text(CommandSpec spec, String name) {
        OptionSpec o = spec.findOption(name);
        Object v = o == null ? null : o.getValue();
        if (v instanceof Collection<?> c) {
            return c.isEmpty() ? null : String.valueOf(c.iterator().next());
        }
        return v == null ? null : String.valueOf(v);
    }

    /** Whether the command line gave the option. */
    static boolean given(CommandSpec spec, String name) {
        CommandLine.ParseResult pr = spec.commandLine().getParseResult();
        return pr != null && pr.hasMatchedOption(name);
    }

    /** Reads option {@code o} with {@code reader}; a refusal is a usage error naming the option. */
    static <T> T value(CommandSpec spec, RenderOption o, java.util.function.Function<String, T> reader) {
        String t = text(spec, o.cliOption());
        try {
            return reader.apply(t == null ? o.defaultText() : t);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), o.cliOption() + ": " + e.getMessage());
        }
    }

    /**
     * The render options the command line gives (defaults where absent), checked by their descriptors.
     *
     * @throws CommandLine.ParameterException naming the option, e.g. {@code --ls-range: the rigidity view has no ℓ_S axis}
     */
    static RenderOptions.Settings read(CommandSpec spec) {
        String plane = value(spec, RenderOptions.PLANE, RenderOptions.PLANE::choice);
        boolean rigidity = plane.equals(FigureOptions.View.RIGIDITY.key());
        if (rigidity && given(spec, RenderOptions.LS_RANGE.cliOption())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--ls-range: the rigidity view has no ℓ_S axis; use "
                    + "--r-range LO..HI (GV)");
        }
        if (!rigidity && given(spec, RenderOptions.R_RANGE.cliOption())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--r-range: only the rigidity view (--plane rigidity) "
                    + "has an R axis");
        }
        RenderOption xOption = rigidity ? RenderOptions.R_RANGE : RenderOptions.LS_RANGE;
        Optional<RenderOptions.Span> x = span(spec, xOption);
        Optional<RenderOptions.Span> y = span(spec, RenderOptions.Y_RANGE);
        int width = value(spec, RenderOptions.WIDTH, RenderOptions.WIDTH::whole);
        int height = value(spec, RenderOptions.HEIGHT, RenderOptions.HEIGHT::whole);
        double scale = value(spec, RenderOptions.SCALE, RenderOptions.SCALE::number);
        String style = value(spec, RenderOptions.STYLE, RenderOptions.STYLE::choice);
        String out = text(spec, RenderOptions.OUT.cliOption());
        if (out != null && !given(spec, "--sweep")) { // a sweep writes a movie or frames: SweepRender checks its --out
            value(spec, RenderOptions.OUT, RenderOptions.OUT::format);
        }
        return new RenderOptions.Settings(plane, width, height, scale, style, x, y, shown(spec), out == null ? "" : out);
    }

    private static Optional<RenderOptions.Span> span(CommandSpec spec, RenderOption o) {
        return text(spec, o.cliOption()) == null ? Optional.empty() : Optional.of(value(spec, o, o::span));
    }

    /** The elements drawn: the defaults, with each given flag, {@code --no-catalog} and {@code --hide-element} applied. */
    static Set<Element> shown(CommandSpec spec) {
        Set<Element> shown = EnumSet.copyOf(FigureOptions.defaults(Plane.NUMBER_DENSITY).shown());
        for (ElementSwitch e : RenderOptions.ELEMENTS) {
            if (e.hasFlag() && given(spec, e.flag())) {
                if (e.shownByDefault()) {
                    shown.remove(e.element());
                } else {
                    shown.add(e.element());
                }
            }
        }
        if (given(spec, RenderOptions.NO_CATALOG)) {
            shown.remove(Element.CANDIDATE_BOXES);
            shown.remove(Element.CANDIDATE_LABELS);
        }
        OptionSpec hide = spec.findOption(RenderOptions.HIDE_ELEMENT);
        Object names = hide == null ? null : hide.getValue();
        if (names instanceof Collection<?> c) {
            for (Object n : c) {
                shown.remove(element(spec, String.valueOf(n)).element());
            }
        }
        return shown;
    }

    /** The element {@code --hide-element} names. @throws CommandLine.ParameterException listing the names allowed */
    static ElementSwitch element(CommandSpec spec, String name) {
        try {
            return RenderOptions.element(name);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), RenderOptions.HIDE_ELEMENT + ": " + e.getMessage());
        }
    }
}
