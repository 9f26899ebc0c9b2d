package org.hillasexplorer.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Splits one line into CSV cells (double quotes, no trimming); a line that is not one valid record gives empty. */
final class CsvCells {
    private final CSVFormat format;

    CsvCells(char delimiter) {
        format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setQuote('"')
                .setIgnoreEmptyLines(false).setTrim(false).build();
    }

    /** The delimiter of a plain-CSV header line: {@code ,} unless {@code ;} or a tab occurs more often. */
    static char guessDelimiter(String headerLine) {
        long commas = headerLine.chars().filter(c -> c == ',').count();
        long semicolons = headerLine.chars().filter(c -> c == ';').count();
        long tabs = headerLine.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    Optional<List<String>> cells(String line) {
        try (CSVParser p = CSVParser.parse(line, format)) {
            List<CSVRecord> records = p.getRecords();
            if (records.size() != 1) {
                return Optional.empty();
            }
            return Optional.of(records.get(0).toList());
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
