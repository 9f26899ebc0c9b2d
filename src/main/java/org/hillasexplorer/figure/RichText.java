package org.hillasexplorer.figure;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A short piece of physics text with italics, subscripts and superscripts, written in a tiny markup:
 * {@code *n*_s(>*ℓ*_S) [pc^{−3}]} — {@code *…*} italic, {@code _x}/{@code _{xy}} subscript,
 * {@code ^x}/{@code ^{xy}} superscript.
 *
 * <p>It is drawn run by run with {@link Graphics2D#drawString(String, float, float)}, so vector back-ends
 * (SVG) keep it as real, searchable text rather than glyph outlines.
 */
public final class RichText {
    /** Size of sub- and superscripts relative to the base font. */
    static final float SCRIPT_SCALE = 0.72f;

    /** One run of uniformly styled text; {@code script} is −1 (sub), 0 or +1 (super). */
    record Run(String text, boolean italic, int script) {
    }

    private final List<Run> runs;

    private RichText(List<Run> runs) {
        this.runs = List.copyOf(runs);
    }

    /** Plain text without markup. */
    public static RichText plain(String text) {
        return new RichText(List.of(new Run(Objects.requireNonNull(text, "text"), false, 0)));
    }

    /** Parses the markup described in the class comment. */
    public static RichText parse(String markup) {
        List<Run> runs = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean italic = false;
        int i = 0;
        while (i < markup.length()) {
            char ch = markup.charAt(i);
            if (ch == '*') {
                flush(runs, cur, italic, 0);
                italic = !italic;
                i++;
            } else if ((ch == '_' || ch == '^') && i + 1 < markup.length()) {
                flush(runs, cur, italic, 0);
                int script = ch == '_' ? -1 : 1;
                String body;
                if (markup.charAt(i + 1) == '{') {
                    int close = markup.indexOf('}', i + 2);
                    if (close < 0) {
                        throw new IllegalArgumentException("unclosed { in '" + markup + "'");
                    }
                    body = markup.substring(i + 2, close);
                    i = close + 1;
                } else {
                    int end = i + 1 + Character.charCount(markup.codePointAt(i + 1));
                    body = markup.substring(i + 1, end);
                    i = end;
                }
                // scripts are upright except when inside an italic span
                runs.add(new Run(body, italic, script));
            } else {
                cur.append(ch);
                i++;
            }
        }
        flush(runs, cur, italic, 0);
        return new RichText(runs);
    }

    private static void flush(List<Run> runs, StringBuilder cur, boolean italic, int script) {
        if (cur.length() > 0) {
            runs.add(new Run(cur.toString(), italic, script));
            cur.setLength(0);
        }
    }

    /** The text without any styling, e.g. {@code ns(>ℓS) [pc−3]}. */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        runs.forEach(r -> sb.append(r.text()));
        return sb.toString();
    }

    List<Run> runs() {
        return runs;
    }

    private static Font runFont(Font base, Run r) {
        Font f = r.italic() ? base.deriveFont(Font.ITALIC) : base;
        return r.script() == 0 ? f : f.deriveFont(base.getSize2D() * SCRIPT_SCALE);
    }

    private static float baselineShift(Font base, Run r) {
        // sub drops by ~0.25 em, super rises by ~0.4 em (screen y grows downwards)
        return r.script() < 0 ? 0.25f * base.getSize2D() : r.script() > 0 ? -0.40f * base.getSize2D() : 0f;
    }

    /** Advance width of the whole text in {@code base}. */
    public double width(Font base, FontRenderContext frc) {
        double w = 0;
        for (Run r : runs) {
            w += runFont(base, r).getStringBounds(r.text(), frc).getWidth();
        }
        return w;
    }

    /** Ink box relative to the baseline origin: y from −ascent (incl. superscripts) to +descent (incl. subscripts). */
    public Rectangle2D bounds(Font base, FontRenderContext frc) {
        double w = width(base, frc);
        var lm = base.getLineMetrics("Hg", frc);
        double ascent = lm.getAscent();
        double descent = lm.getDescent();
        for (Run r : runs) {
            if (r.script() > 0) {
                ascent = Math.max(ascent, -baselineShift(base, r) + runFont(base, r).getLineMetrics("H", frc).getAscent());
            } else if (r.script() < 0) {
                descent = Math.max(descent, baselineShift(base, r) + runFont(base, r).getLineMetrics("g", frc).getDescent());
            }
        }
        return new Rectangle2D.Double(0, -ascent, w, ascent + descent);
    }

    /**
     * Id prefix of the group each drawn text is wrapped in ({@code hx-text-} and a number, as SVG ids must be unique):
     * the SVG writer turns the runs of such a group into one {@code <text>} element with a {@code <tspan>} per run,
     * so the label stays one editable string.
     */
    public static final String TEXT_GROUP_ID = "hx-text-";
    private static final java.util.concurrent.atomic.AtomicLong TEXT_GROUPS = new java.util.concurrent.atomic.AtomicLong();

    /** Draws the text with its baseline starting at (x, y) in the current paint. */
    public void draw(Graphics2D g2, Font base, float x, float y) {
        Font saved = g2.getFont();
        // a font equal to the current one is not passed on by FXGraphics2D, whose canvas may have been left with
        // another by a restored state: set a different one first so the first run is drawn in its own font
        g2.setFont(base.deriveFont(base.getSize2D() + 1f));
        Screen.beginGroup(g2, TEXT_GROUP_ID + TEXT_GROUPS.incrementAndGet());
        try {
            drawRuns(g2, base, x, y);
        } finally {
            Screen.endGroup(g2);
            g2.setFont(saved);
        }
    }

    private void drawRuns(Graphics2D g2, Font base, float x, float y) {
        boolean split = Boolean.TRUE.equals(g2.getRenderingHint(KEY_NO_COMBINING_MARKS));
        float cx = x;
        for (Run r : runs) {
            Font f = runFont(base, r);
            g2.setFont(f);
            float by = y + baselineShift(base, r);
            if (split && hasCombiningMark(r.text())) {
                cx = drawWithoutCombiningMarks(g2, f, r.text(), cx, by);
                continue;
            }
            g2.drawString(r.text(), cx, by);
            cx += (float) f.getStringBounds(r.text(), g2.getFontRenderContext()).getWidth();
        }
    }

    /**
     * A rendering hint (value {@link Boolean#TRUE}) that asks for text without combining marks (U+0300–U+036F): each
     * base character is drawn alone and a macron or overline (ν̄) is drawn as a bar above it; other marks are left
     * out. The window sets it on its charts: JavaFX lays out canvas text with a combining mark through Pango on its
     * render thread while labels use Pango on the FX thread, and that shared font map is not safe for two threads at
     * once (it corrupted the heap). Vector exports keep the real characters.
     */
    public static final java.awt.RenderingHints.Key KEY_NO_COMBINING_MARKS = new java.awt.RenderingHints.Key(0x4e434d) {
        @Override
        public boolean isCompatibleValue(Object v) {
            return v instanceof Boolean;
        }
    };

    /** Whether {@code s} has a combining diacritical mark (U+0300–U+036F). */
    static boolean hasCombiningMark(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isCombiningMark(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCombiningMark(char c) {
        return c >= '\u0300' && c <= '\u036F';
    }

    /** Draws {@code text} from {@code x} without its combining marks (a bar for a macron/overline); the end x. */
    private static float drawWithoutCombiningMarks(Graphics2D g2, Font f, String text, float x, float y) {
        FontRenderContext frc = g2.getFontRenderContext();
        StringBuilder plain = new StringBuilder();
        float cx = x;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean bar = i + 1 < text.length() && (text.charAt(i + 1) == '\u0304' || text.charAt(i + 1) == '\u0305');
            if (isCombiningMark(c)) {
                i++;
                continue;
            }
            if (!bar) {
                plain.append(c);
                i++;
                continue;
            }
            if (plain.length() > 0) {
                g2.drawString(plain.toString(), cx, y);
                cx += (float) f.getStringBounds(plain.toString(), frc).getWidth();
                plain.setLength(0);
            }
            String one = String.valueOf(c);
            float w = (float) f.getStringBounds(one, frc).getWidth();
            g2.drawString(one, cx, y);
            float size = f.getSize2D();
            float top = y - 0.66f * size;
            g2.fill(new Rectangle2D.Float(cx + 0.12f * w, top, 0.76f * w, Math.max(0.6f, size / 15)));
            cx += w;
            i += 2;
        }
        if (plain.length() > 0) {
            g2.drawString(plain.toString(), cx, y);
            cx += (float) f.getStringBounds(plain.toString(), frc).getWidth();
        }
        return cx;
    }

    /** {@code s} without combining marks (for plain text drawn on the window's canvases, see {@link #KEY_NO_COMBINING_MARKS}). */
    public static String withoutCombiningMarks(String s) {
        if (!hasCombiningMark(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!isCombiningMark(s.charAt(i))) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    /** The text as an AttributedString (for JFreeChart axis labels). */
    public AttributedString toAttributedString(Font base) {
        String text = plainText();
        AttributedString as = new AttributedString(text);
        if (text.isEmpty()) {
            return as;
        }
        as.addAttributes(base.getAttributes(), 0, text.length());
        int pos = 0;
        for (Run r : runs) {
            int end = pos + r.text().length();
            if (r.italic()) {
                as.addAttribute(TextAttribute.POSTURE, TextAttribute.POSTURE_OBLIQUE, pos, end);
            }
            if (r.script() != 0) {
                as.addAttribute(TextAttribute.SUPERSCRIPT,
                        r.script() < 0 ? TextAttribute.SUPERSCRIPT_SUB : TextAttribute.SUPERSCRIPT_SUPER, pos, end);
            }
            pos = end;
        }
        return as;
    }

    /** Equal when the runs are: the same text with the same italics and scripts (so figure specs compare by value). */
    @Override
    public boolean equals(Object o) {
        return o instanceof RichText t && runs.equals(t.runs);
    }

    @Override
    public int hashCode() {
        return runs.hashCode();
    }

    @Override
    public String toString() {
        return plainText();
    }
}
