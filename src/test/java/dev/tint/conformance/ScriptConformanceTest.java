package dev.tint.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tint.shell.RunOptions;
import dev.tint.shell.ScriptRunner;
import dev.tint.shell.Streams;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance suite: every script under src/test/resources/scripts runs in Tint and must
 * give exactly what CPython 3.13 gave (stdout, exit status and the last line of stderr),
 * recorded in its .expected file by scripts/regen-expected.
 */
class ScriptConformanceTest {
    private static final Path ROOT = Path.of("src/test/resources/scripts");

    @TestFactory
    Stream<DynamicTest> scripts() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ROOT)) {
            files = walk.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return files.stream().map(p -> DynamicTest.dynamicTest(ROOT.relativize(p).toString(), p.toUri(),
                () -> check(p)));
    }

    private static void check(Path script) throws IOException {
        Expected expected = Expected.read(script.resolveSibling(
                script.getFileName().toString().replaceAll("\\.py$", ".expected")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Streams streams = new Streams(new ByteArrayInputStream(new byte[0]), out, err, false);
        int status = new ScriptRunner(streams).file(script.toAbsolutePath().toString(), List.of(),
                RunOptions.defaults());
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertEquals(expected.stdout(), stdout, "stdout of " + script + "\nstderr:\n" + stderr);
        assertEquals(expected.stderrLastLine(), lastLine(stderr), "last stderr line of " + script + "\n" + stderr);
        assertEquals(expected.exit(), status, "exit status of " + script + "\nstderr:\n" + stderr);
    }

    static String lastLine(String text) {
        String[] lines = text.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return lines[i];
            }
        }
        return "";
    }

    /** The expected results: {@code exit: N}, {@code stderr: LINE}, then stdout verbatim. */
    record Expected(int exit, String stderrLastLine, String stdout) {
        static Expected read(Path file) throws IOException {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int first = text.indexOf('\n');
            int second = text.indexOf('\n', first + 1);
            int third = text.indexOf('\n', second + 1);
            int exit = Integer.parseInt(text.substring(0, first).replace("exit:", "").trim());
            String stderr = text.substring(first + 1, second).replaceFirst("^stderr: ?", "");
            String marker = text.substring(second + 1, third);
            if (!marker.equals("----- stdout")) {
                throw new IOException("malformed expected file " + file);
            }
            return new Expected(exit, stderr, text.substring(third + 1));
        }
    }
}
