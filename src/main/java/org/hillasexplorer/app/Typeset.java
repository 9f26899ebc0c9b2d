package org.hillasexplorer.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Text written in the paper's plain notation, typeset for the window: {@code ℓ_mfp}, {@code r_g(T)^(2−D)},
 * {@code R_GV^(−δ_s)} and {@code R^δ_s} become real sub- and superscripts in a {@link TextFlow}, as the figures draw
 * them. The notation: {@code _word} is a subscript (letters and digits up to the next other character), {@code ^x} a
 * superscript of one number or word (a sign, digits, a point, letters; a subscript right after it belongs to it), and
 * {@code ^(…)} or {@code ^{…}} (likewise {@code _(…)}) a superscript of the whole group, without its brackets. A
 * {@code _} or {@code ^} that starts none of these stays as it is.
 *
 * <p>(The figures' {@code RichText} markup scripts a single character unless braced, so {@code ℓ_mfp} would read
 * ℓ<sub>m</sub>fp there: the window's texts are written for people, hence this reading of the same characters.)
 */
final class Typeset {
    /** Size of a script relative to the text it is attached to. */
    static final double SCRIPT_SCALE = 0.72;
    /** How far a subscript drops and a superscript rises, in ems of the text it is attached to. */
    static final double SUB_DROP = 0.22;
    static final double SUPER_RISE = 0.42;

    /** One run of text: {@code rise} in ems of the base text (up positive), {@code scale} of the base size. */
    record Run(String text, double rise, double scale) {
        boolean isScript() {
            return scale < 1;
        }
    }

    private Typeset() {
    }

    /** The runs of {@code notation}. */
    static List<Run> parse(String notation) {
        List<Run> out = new ArrayList<>();
        parse(notation, 0, 1, out);
        return out;
    }

    /** The text without the notation's marks, e.g. {@code ℓmfp = (c/ν̄₀) Rδs}, for accessibility and plain-text use. */
    static String plain(String notation) {
        StringBuilder b = new StringBuilder();
        parse(notation).forEach(r -> b.append(r.text()));
        return b.toString();
    }

    /** Whether {@code text} has any sub- or superscript in this notation. */
    static boolean hasScripts(String text) {
        return parse(text).stream().anyMatch(Run::isScript);
    }

    private static void parse(String s, double rise, double scale, List<Run> out) {
        StringBuilder cur = new StringBuilder();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char ch = s.charAt(i);
            if ((ch == '_' || ch == '^') && startsScript(s, i)) {
                flush(cur, rise, scale, out);
                boolean sup = ch == '^';
                double r = rise + (sup ? SUPER_RISE : -SUB_DROP) * scale;
                double sc = scale * SCRIPT_SCALE;
                char open = s.charAt(i + 1);
                if (open == '(' || open == '{') {
                    int close = matching(s, i + 1);
                    parse(s.substring(i + 2, close), r, sc, out);
                    i = close + 1;
                } else {
                    int end = token(s, i + 1, sup);
                    out.add(new Run(s.substring(i + 1, end), r, sc));
                    i = end;
                    // R^δ_s: the subscript of an exponent's symbol stays in the exponent
                    if (sup && i < n && s.charAt(i) == '_' && startsScript(s, i) && s.charAt(i + 1) != '(' && s.charAt(i + 1) != '{') {
                        int subEnd = token(s, i + 1, false);
                        out.add(new Run(s.substring(i + 1, subEnd), r - SUB_DROP * sc, sc * SCRIPT_SCALE));
                        i = subEnd;
                    }
                }
            } else {
                cur.append(ch);
                i++;
            }
        }
        flush(cur, rise, scale, out);
    }

    /** Whether the {@code _} or {@code ^} at {@code i} starts a script rather than standing for itself. */
    private static boolean startsScript(String s, int i) {
        if (i + 1 >= s.length() || i == 0) {
            return false;
        }
        char prev = s.charAt(i - 1);
        if (Character.isWhitespace(prev)) {
            return false; // "_rigidity" after a space is a menu mnemonic or a name, not a script
        }
        char next = s.charAt(i + 1);
        if (next == '(' || next == '{') {
            return matching(s, i + 1) > 0;
        }
        return Character.isLetterOrDigit(next) || s.charAt(i) == '^' && (next == '−' || next == '-' || next == '+')
                && i + 2 < s.length() && Character.isLetterOrDigit(s.charAt(i + 2));
    }

    /** The index of the bracket closing the one at {@code open}, or −1. */
    private static int matching(String s, int open) {
        char o = s.charAt(open);
        char c = o == '(' ? ')' : '}';
        int depth = 0;
        for (int j = open; j < s.length(); j++) {
            if (s.charAt(j) == o) {
                depth++;
            } else if (s.charAt(j) == c && --depth == 0) {
                return j;
            }
        }
        return -1;
    }

    /** The end of a script token starting at {@code start}: a word, or for a superscript also a signed decimal. */
    private static int token(String s, int start, boolean sup) {
        int j = start;
        if (sup && j < s.length() && (s.charAt(j) == '−' || s.charAt(j) == '-' || s.charAt(j) == '+')) {
            j++;
        }
        while (j < s.length()) {
            char c = s.charAt(j);
            boolean mark = Character.getType(c) == Character.NON_SPACING_MARK;
            boolean point = sup && c == '.' && j + 1 < s.length() && Character.isDigit(s.charAt(j + 1)) && j > start
                    && Character.isDigit(s.charAt(j - 1));
            if (Character.isLetterOrDigit(c) || mark || point) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    private static void flush(StringBuilder cur, double rise, double scale, List<Run> out) {
        if (cur.length() > 0) {
            out.add(new Run(cur.toString(), rise, scale));
            cur.setLength(0);
        }
    }

    // ---------------------------------------------------------------- JavaFX

    /**
     * A text flow of {@code notation}: base text at the size the flow's CSS gives it (style classes {@code typeset} on
     * the flow, {@code typeset-text} on each text), scripts smaller and raised or lowered. It wraps at its width.
     */
    static TextFlow flow(String notation) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("typeset");
        for (Run r : parse(notation)) {
            Text t = new Text(r.text());
            t.getStyleClass().add("typeset-text");
            if (r.isScript()) {
                t.getStyleClass().add("typeset-script");
                t.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.3fem;", r.scale()));
                // the size the CSS gives it is only known once styled: shift by the base size then
                Runnable shift = () -> t.setTranslateY(-r.rise() * t.getFont().getSize() / r.scale());
                t.fontProperty().addListener((o, a, b) -> shift.run());
                shift.run();
            }
            flow.getChildren().add(t);
        }
        flow.setAccessibleText(plain(notation));
        return flow;
    }

    /** Shows {@code notation} typeset on {@code l} (its text stays, for accessibility and look-ups, but is not drawn). */
    static void show(Labeled l, String notation) {
        l.setText(notation);
        if (hasScripts(notation)) {
            TextFlow f = flow(notation);
            f.getStyleClass().add("labeled-typeset");
            l.setGraphic(f);
            l.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        } else {
            l.setGraphic(null);
            l.setContentDisplay(ContentDisplay.LEFT);
        }
    }

    /** A tooltip of {@code notation}, typeset, wrapping at {@code maxWidth} px. */
    static Tooltip tooltip(String notation, double maxWidth) {
        Tooltip t = new Tooltip();
        tooltip(t, notation, maxWidth);
        return t;
    }

    /** Sets {@code t} to {@code notation}, typeset, wrapping at {@code maxWidth} px. */
    static void tooltip(Tooltip t, String notation, double maxWidth) {
        show(t, notation);
        if (t.getGraphic() instanceof TextFlow f) {
            f.getStyleClass().add("tooltip-typeset");
            double natural = new Text(plain(notation)).getLayoutBounds().getWidth() * 1.1 + 4;
            f.setPrefWidth(Math.min(maxWidth, natural));
            f.setMaxWidth(maxWidth);
        }
    }

    /** Like {@link #show(Labeled, String)} for a tooltip. */
    private static void show(Tooltip t, String notation) {
        t.setText(notation);
        if (hasScripts(notation)) {
            t.setGraphic(flow(notation));
            t.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        } else {
            t.setGraphic(null);
            t.setContentDisplay(ContentDisplay.LEFT);
        }
    }
}
