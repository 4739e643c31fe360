package dev.tint.trace;

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
 * Plain tracebacks of user code are byte for byte CPython 3.13's: each fixture's whole stderr
 * is compared with what CPython printed (recorded by scripts/regen-cpython-tracebacks).
 */
class CPythonTracebackTest {
    private static final Path DIR = Path.of("src/test/resources/tracebacks/cpython");

    @TestFactory
    Stream<DynamicTest> fixtures() throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(DIR)) {
            scripts = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return scripts.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path script) throws IOException {
        String expected = Files.readString(script.resolveSibling(
                script.getFileName().toString().replace(".py", ".stderr")), StandardCharsets.UTF_8);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Streams streams = new Streams(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), err, false);
        RunOptions options = new RunOptions(List.of(), 1000, "all", false, "never", null, false);
        new ScriptRunner(streams).file(script.toAbsolutePath().toString(), List.of(), options);
        String dir = DIR.toAbsolutePath().toRealPath().toString();
        String got = err.toString(StandardCharsets.UTF_8).replace(dir, "<DIR>")
                .replace(DIR.toAbsolutePath().normalize().toString(), "<DIR>");
        assertEquals(expected, got);
    }
}
