package org.hillasexplorer.catalog;

import static org.hillasexplorer.catalog.TextInput.shorten;

import java.io.IOException;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hillasexplorer.catalog.RowReader.NumericPair;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.RowSequence;
import uk.ac.starlink.table.StarTable;

/**
 * The reading of a VOTable catalogue (any version STIL reads, TABLEDATA, BINARY, BINARY2 or FITS serialisation with the
 * data inline) through STIL's {@code VOTableBuilder}, after {@link VoTableScreen#screenVoTable} has refused a DOCTYPE (entities,
 * external DTDs) or a {@code <STREAM href>}; the first TABLE is the catalogue. Column names follow the liberal plain-CSV rules of
 * {@link CatalogReader}, and a FIELD's {@code unit} attribute is honoured like a bracketed unit ({@code size_min} with
 * {@code unit="pc"} is {@code size_min [pc]}). Problems are reported on the line of each row's {@code <TR>} (TABLEDATA),
 * else on the line of the {@code <TABLE>} element, since binary serialisations have no lines per row.
 */
final class VoTableParser {
    private static final Pattern TR = Pattern.compile("<(?:[A-Za-z_][\\w.-]*:)?TR[\\s>/]");
    private static final Pattern FIELD = Pattern.compile("<(?:[A-Za-z_][\\w.-]*:)?FIELD[\\s>/]");
    private static final Pattern TABLE = Pattern.compile("<(?:[A-Za-z_][\\w.-]*:)?TABLE[\\s>/]");

    private final String text;
    private final String source;

    VoTableParser(String text, String source) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.source = source;
    }

    /** Whether {@code firstLine} (the first non-blank line, stripped) starts an XML document or a VOTABLE element. */
    static boolean looksLikeXml(String firstLine) {
        return firstLine.startsWith("<?xml") || firstLine.startsWith("<!--")
                || firstLine.startsWith("<") && firstLine.toUpperCase(java.util.Locale.ROOT).contains("VOTABLE");
    }

    Catalog run() {
        if (!text.toUpperCase(java.util.Locale.ROOT).contains("VOTABLE")) {
            throw new CatalogException(source, "is XML but not a VOTable, so not a catalogue (" + CatalogReader.EXPECTED + ")");
        }
        StarTable table;
        try {
            table = VoTableScreen.readVoTable(text, source);
        } catch (CatalogException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new CatalogException(source, "is not a readable VOTable (" + TextInput.oneLine(e.getMessage()) + ")", e);
        }
        if (table == null) {
            throw new CatalogException(source, "is a VOTable without a TABLE, so not a catalogue");
        }
        int n = table.getColumnCount();
        List<String> names = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            ColumnInfo c = table.getColumnInfo(k);
            String unit = c.getUnitString();
            names.add(unit == null || unit.isBlank() ? c.getName() : c.getName() + " [" + unit.strip() + "]");
        }
        List<Long> fieldLines = lines(FIELD);
        long tableLine = lines(TABLE).stream().findFirst().orElse(1L);
        LenientLayout.Result result;
        try {
            result = LenientLayout.build(names, Map.of());
        } catch (LenientLayout.Refusal r) {
            String where = r.column() > 0 && r.column() <= fieldLines.size() ? "line " + fieldLines.get(r.column() - 1) + ": " : "";
            if (r.getMessage().startsWith("no recognisable size column")) {
                throw new CatalogException(source, "is a VOTable but not a catalogue: its FIELDs ("
                        + shorten(String.join(", ", names)) + ") have " + r.getMessage());
            }
            throw new CatalogException(source, where + (r.field().equals("row") ? "the VOTable " : "FIELD " + shorten(r.field()) + ": ")
                    + r.getMessage());
        }
        List<CatalogProblem> problems = new ArrayList<>();
        for (NumericPair p : result.defaulted()) {
            String unit = p.kind() == ColumnUnit.LENGTH ? LenientLayout.DEFAULT_SIZE_UNIT : LenientLayout.DEFAULT_NS_UNIT;
            int col = p.lo().index();
            long line = col < fieldLines.size() ? fieldLines.get(col) : tableLine;
            problems.add(CatalogProblem.warningAt(source, line, p.lo().name(), "has no unit attribute; its values were read as "
                    + unit + " (give the FIELD a unit such as \"" + (p.kind() == ColumnUnit.LENGTH ? "pc" : "cm-3") + "\")", col + 1));
        }
        RowReader rows = new RowReader(source, problems);
        List<CatalogEntry> entries = new ArrayList<>();
        List<Long> trLines = lines(TR);
        List<List<String>> cells = new ArrayList<>();
        try (RowSequence seq = table.getRowSequence()) {
            while (seq.next()) {
                Object[] row = seq.getRow();
                List<String> texts = new ArrayList<>(row.length);
                for (Object o : row) {
                    texts.add(text(o));
                }
                cells.add(texts);
            }
        } catch (IOException | RuntimeException e) {
            throw new CatalogException(source, "has VOTable data that cannot be read (" + TextInput.oneLine(e.getMessage()) + ")", e);
        }
        boolean perRow = trLines.size() == cells.size();
        for (int i = 0; i < cells.size(); i++) {
            long line = perRow ? trLines.get(i) : tableLine;
            rows.read(result.layout(), RowReader.padded(cells.get(i), n), line, i + 1).ifPresent(entries::add);
        }
        return new Catalog(source, entries, problems);
    }

    /** The 1-based lines on which {@code tag} opens, in document order. */
    private List<Long> lines(Pattern tag) {
        List<Long> out = new ArrayList<>();
        Matcher m = tag.matcher(text);
        long line = 1;
        int pos = 0;
        while (m.find()) {
            for (int i = pos; i < m.start(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            pos = m.start();
            out.add(line);
        }
        return out;
    }

    /** A cell as the text the row reader checks: numbers in Java's round-trip form, blanks and NaN as empty. */
    private static String text(Object o) {
        if (o == null) {
            return "";
        }
        if (o instanceof Double d) {
            return d.isNaN() ? "" : Double.toString(d);
        }
        if (o instanceof Float f) {
            return f.isNaN() ? "" : Double.toString(Double.parseDouble(Float.toString(f)));
        }
        if (o.getClass().isArray()) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < Array.getLength(o); i++) {
                sb.append(i == 0 ? "" : " ").append(Array.get(o, i));
            }
            return sb.append(']').toString();
        }
        return o.toString().strip();
    }
}
