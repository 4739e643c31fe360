package dev.tint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code dev.tint.Main} as a real process, on the test class path. */
class EndToEndTest {
    record Result(int status, String out, String err) {}

    static Result main(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("dev.tint.Main");
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("COLORS");
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        // Outputs here are small: reading one stream after the other cannot deadlock.
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "timed out");
        return new Result(p.exitValue(), out, err);
    }

    @Test
    void version() throws Exception {
        Result r = main("--version");
        assertEquals(0, r.status(), r.err());
        assertEquals(Version.line() + "\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void bogusOption() throws Exception {
        Result r = main("--bogus");
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertEquals("tint: unknown option: '--bogus'\nTry 'repl --help' for more information.\n", r.err());
    }
}
