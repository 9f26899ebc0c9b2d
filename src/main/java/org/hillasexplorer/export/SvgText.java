package org.hillasexplorer.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes each label of an SVG written by JFreeSVG one {@code <text>} element. A label with italics, subscripts or
 * superscripts is drawn as several runs, each of which JFreeSVG writes as a {@code <text>} of its own; the figure
 * code wraps the runs of one label in a group {@code <g id='hx-text-N'>} (see {@code RichText.TEXT_GROUP_ID}), and
 * this rewrites each such group as one {@code <text>} holding a {@code <tspan>} per run, at the run's own position
 * and in its own style. The full label is then one string that Inkscape and Illustrator edit as one, that a search
 * finds, and that librsvg and browsers render alike.
 */
final class SvgText {
    /** The id prefix of the groups to merge; must equal {@code org.hillasexplorer.figure.RichText.TEXT_GROUP_ID}. */
    static final String GROUP_ID = "hx-text-";
    /** A text element: x, y, style, further attributes (a clip path), content. */
    private static final String TEXT = "<text x='([^']*)' y='([^']*)' style='([^']*)'((?: [a-z-]+='[^']*')*)>([^<]*)</text>";
    /** One run: a text element, alone or in a group of its own (that may transform it). */
    private static final Pattern RUN = Pattern.compile("<g(?: transform='([^']*)')?>" + TEXT + "</g>|" + TEXT);
    private static final Pattern GROUP = Pattern.compile("<g id='" + GROUP_ID + "\\d+'>((?:" + RUN.pattern().replaceAll(
            "\\((?!\\?)", "(?:") + ")*)</g>");

    private SvgText() {
    }

    /** {@code svg} with every run group merged into one {@code <text>} (groups it cannot read are left as they are). */
    static String mergeRuns(String svg) {
        Matcher g = GROUP.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length());
        int last = 0;
        while (g.find()) {
            out.append(svg, last, g.start());
            String merged = merge(g.group(1));
            out.append(merged != null ? merged : g.group());
            last = g.end();
        }
        return out.append(svg, last, svg.length()).toString();
    }

    /** {@code style} with {@code font-style} and {@code font-weight} stated, {@code normal} where it had none. */
    private static String explicit(String style) {
        String s = style.strip();
        if (!s.isEmpty() && !s.endsWith(";")) {
            s += ";";
        }
        if (!s.contains("font-style:")) {
            s += " font-style: normal;";
        }
        if (!s.contains("font-weight:")) {
            s += " font-weight: normal;";
        }
        return s;
    }

    /** The runs of one group as one text element, or null if the group holds anything but runs in one transform. */
    private static String merge(String body) {
        Matcher m = RUN.matcher(body);
        List<String[]> runs = new ArrayList<>();
        int pos = 0;
        while (m.find()) {
            if (m.start() != pos) {
                return null;
            }
            runs.add(m.group(2) != null
                    ? new String[] {m.group(1) == null ? "" : m.group(1), m.group(2), m.group(3), m.group(4), m.group(5),
                        m.group(6)}
                    : new String[] {"", m.group(7), m.group(8), m.group(9), m.group(10), m.group(11)});
            pos = m.end();
        }
        if (pos != body.length()) {
            return null;
        }
        if (runs.isEmpty()) {
            return "";
        }
        String transform = runs.get(0)[0];
        String rest = runs.get(0)[4];
        for (String[] r : runs) {
            if (!r[0].equals(transform) || !r[4].equals(rest)) {
                return null;
            }
        }
        StringBuilder b = new StringBuilder();
        if (!transform.isEmpty()) {
            b.append("<g transform='").append(transform).append("'>");
        }
        String[] first = runs.get(0);
        if (runs.size() == 1) {
            b.append("<text x='").append(first[1]).append("' y='").append(first[2]).append("' style='").append(first[3])
                    .append('\'').append(rest).append('>').append(first[5]);
        } else {
            // spaces at the ends of runs are kept (each run is placed at its own x), and every run states its own
            // slant and weight, so none inherits the first run's italics
            b.append("<text xml:space='preserve' x='").append(first[1]).append("' y='").append(first[2])
                    .append("' style='").append(first[3]).append('\'').append(rest).append('>');
            for (String[] r : runs) {
                b.append("<tspan x='").append(r[1]).append("' y='").append(r[2]).append("' style='")
                        .append(explicit(r[3])).append("'>").append(r[5]).append("</tspan>");
            }
        }
        b.append("</text>");
        if (!transform.isEmpty()) {
            b.append("</g>");
        }
        return b.toString();
    }
}
