package org.hillasexplorer.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.hillasexplorer.io.AtomicFiles;
import org.hillasexplorer.io.WriteException;

/**
 * The export's writes: {@link AtomicFiles}'s, with a failure as an {@link ExportException} of the same message
 * ({@code cannot write PATH: reason}).
 */
final class AtomicExport {
    private AtomicExport() {
    }

    /** {@link AtomicFiles#write}. */
    static void write(Path target, AtomicFiles.Content content) throws ExportException {
        try {
            AtomicFiles.write(target, content);
        } catch (WriteException e) {
            throw new ExportException(e);
        }
    }

    /** {@link AtomicFiles#writeString}: {@code text} as UTF-8. */
    static void writeString(Path target, String text) throws ExportException {
        writeBytes(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@link AtomicFiles#writeBytes}. */
    static void writeBytes(Path target, byte[] bytes) throws ExportException {
        write(target, out -> out.write(bytes));
    }
}
