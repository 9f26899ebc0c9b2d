package org.hillasexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every file the application writes goes through {@link AtomicFiles} (issue 14, item 3), so its rules (never a
 * partial file, no device or FIFO replaced, nothing created in /dev, links written through) hold for PNG, SVG, PDF,
 * CSV, GIF, tables, BibTeX, scenarios — the window and the CLI alike. This scans the main sources for the JDK's
 * other ways to open a file for writing.
 */
class WritersUseAtomicFilesTest {

    /** Ways to write a file other than AtomicFiles. */
    private static final Pattern WRITER = Pattern.compile("(?<!\\w)Files\\s*\\.\\s*(write|writeString|newOutputStream|newBufferedWriter"
            + "|newByteChannel|copy|move)\\s*\\(|new\\s+(FileOutputStream|FileWriter|RandomAccessFile|PrintStream|PrintWriter)"
            + "\\s*\\(\\s*(?!System\\.|new\\s+(StringWriter|ByteArrayOutputStream))|FileChannel\\s*\\.\\s*open\\s*\\("
            + "|ImageIO\\s*\\.\\s*write\\s*\\(");

    /**
     * The known exceptions, each with why it keeps the rules: file (relative to src/main/java) → how many uses.
     */
    private static final Map<String, Integer> ALLOWED = Map.of(
            // the implementation itself
            "org/hillasexplorer/io/AtomicFiles.java", 6,
            // PNG frames written into the sweep's own fresh work folder, then moved (AtomicFiles.replace) onto
            // targets that AtomicFiles.replaceableTarget checked
            "org/hillasexplorer/export/Sweep.java", 1,
            // standard output, through its file descriptor (no file is opened)
            "org/hillasexplorer/cli/Cli.java", 2);

    @Test
    void noWriterBypassesAtomicFiles() throws IOException {
        Path root = Path.of("src/main/java");
        assertThat(root).isDirectory();
        List<String> unexpected = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String rel = root.relativize(f).toString().replace('\\', '/');
                String code = stripComments(Files.readString(f));
                Matcher m = WRITER.matcher(code);
                int n = 0;
                List<String> hits = new ArrayList<>();
                while (m.find()) {
                    n++;
                    hits.add(m.group());
                }
                if (n != ALLOWED.getOrDefault(rel, 0)) {
                    unexpected.add(rel + ": " + n + " uses " + hits + ", expected " + ALLOWED.getOrDefault(rel, 0));
                }
            }
        }
        assertThat(unexpected).as("write files with AtomicFiles (or update the reviewed list here)").isEmpty();
    }

    /** The code without comments, so a Javadoc mentioning an API does not count. */
    private static String stripComments(String java) {
        return java.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
    }
}
