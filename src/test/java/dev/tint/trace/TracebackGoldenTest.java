package dev.tint.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tint.shell.RunOptions;
import dev.tint.shell.ScriptRunner;
import dev.tint.shell.Streams;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The traceback matrix: each fixture of src/test/resources/tracebacks in each --frames mode, plain
 * and ANSI (default theme), against the golden files scripts/regen-tracebacks writes with the jar.
 */
class TracebackGoldenTest {
    static final Path DIR = Path.of("src/test/resources/tracebacks").toAbsolutePath();

    static String run(String fixture, String frames, String color) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Streams streams = new Streams(new ByteArrayInputStream(new byte[0]), out, err, false);
        RunOptions options = new RunOptions(List.of(DIR.resolve("lib")), 1000, frames, false, color, null, false);
        new ScriptRunner(streams).file(DIR.resolve(fixture + ".py").toString(), List.of(), options);
        return err.toString(StandardCharsets.UTF_8).replace(DIR.toString(), "<DIR>");
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenFileMatches() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR.resolve("expected"))) {
            for (Path p : files.sorted().toList()) {
                String[] parts = p.getFileName().toString().split("\\.");
                if (parts.length != 4 || !parts[3].equals("txt")) {
                    continue;
                }
                String color = parts[2].equals("ansi") ? "always" : "never";
                tests.add(DynamicTest.dynamicTest(p.getFileName().toString(), () -> assertEquals(
                        Files.readString(p, StandardCharsets.UTF_8), run(parts[0], parts[1], color))));
            }
        }
        assertTrue(tests.size() >= 30, "golden files missing: run scripts/regen-tracebacks");
        return tests.stream();
    }

    @Test
    void plainOutputHasNoEscapeAndAnsiStripsToPlain() {
        for (String mode : List.of("all", "auto", "user")) {
            String plain = run("kinds", mode, "never");
            String ansi = run("kinds", mode, "always");
            assertFalse(plain.contains("\u001b"), plain);
            assertTrue(ansi.contains("\u001b["), ansi);
            assertEquals(plain, ansi.replaceAll("\u001b\\[[0-9;]*m", ""));
        }
    }

    @Test
    void autoNeverHidesTheLastFrameAndUserHidesLibraryFrames() {
        String auto = run("kinds", "auto", "never");
        assertTrue(auto.contains("  [… 2 system frames hidden, --frames=all shows them]\n"), auto);
        assertTrue(auto.contains("in raw_decode [system]"), auto);
        assertTrue(auto.contains("in parse [library]"), auto);
        String user = run("kinds", "user", "never");
        assertTrue(user.contains("  [… 1 library frame and 2 system frames hidden, --frames=all shows them]\n"), user);
        assertFalse(user.contains("[library]"), user);
        assertTrue(user.contains("in raw_decode [system]"), user);
    }
}
