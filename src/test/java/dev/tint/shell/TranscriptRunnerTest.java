package dev.tint.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Transcript mode against the goldens in src/test/resources/transcripts ({@code NAME.py} gives
 * {@code NAME.txt} and the exit status in {@code NAME.status}), and the round trip: each golden
 * transcript passes {@code repl test}. With colors on ({@code --color=always}, default theme) the
 * transcript is {@code NAME.ansi.txt}, and removing its escape sequences gives {@code NAME.txt}. Run with {@code -Dtint.updateGoldens=true} to rewrite the
 * goldens after an intended change of the output.
 */
class TranscriptRunnerTest {
    private static final Path ROOT = Path.of("src/test/resources/transcripts");

    @TempDir
    Path dir;

    record Result(int status, String out, String err) {}

    static Result transcript(String program) {
        return transcript(program, RunOptions.defaults());
    }

    static Result colored(String program) {
        RunOptions d = RunOptions.defaults();
        return transcript(program, new RunOptions(d.libraryPath(), d.recursionLimit(), d.frames(), d.locals(),
                "always", null, d.debug()));
    }

    static String strip(String ansi) {
        return ansi.replaceAll("\u001b\\[[0-9;?]*[ -/]*[@-~]", "");
    }

    static Result transcript(String program, RunOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Streams streams = new Streams(new ByteArrayInputStream(new byte[0]), out, err, false);
        int status = new TranscriptRunner(streams).run(new StringReader(program), "", List.of(), options);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static List<Path> scripts() throws IOException {
        try (Stream<Path> walk = Files.list(ROOT)) {
            return walk.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
    }

    private static Path sibling(Path script, String ext) {
        return script.resolveSibling(script.getFileName().toString().replaceAll("\\.py$", ext));
    }

    @TestFactory
    Stream<DynamicTest> goldens() throws IOException {
        return scripts().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            Result r = transcript(Files.readString(p));
            if (Boolean.getBoolean("tint.updateGoldens")) {
                Files.writeString(sibling(p, ".txt"), r.out());
                Files.writeString(sibling(p, ".status"), r.status() + "\n");
            }
            assertEquals(Files.readString(sibling(p, ".txt")), r.out(), p.toString());
            assertEquals(Files.readString(sibling(p, ".status")).strip(), String.valueOf(r.status()));
            assertEquals("", r.err());
            assertFalse(r.out().contains("\u001b"), "no escape bytes");
        }));
    }

    @TestFactory
    Stream<DynamicTest> ansiGoldens() throws IOException {
        return scripts().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            Result r = colored(Files.readString(p));
            if (Boolean.getBoolean("tint.updateGoldens")) {
                Files.writeString(sibling(p, ".ansi.txt"), r.out());
            }
            assertEquals(Files.readString(sibling(p, ".ansi.txt")), r.out(), p.toString());
            assertTrue(r.out().contains("\u001b["), "escape sequences");
            assertEquals(Files.readString(sibling(p, ".status")).strip(), String.valueOf(r.status()));
            assertEquals("", r.err());
        }));
    }

    @TestFactory
    Stream<DynamicTest> strippedColorsArePlain() throws IOException {
        return scripts().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String program = Files.readString(p);
            assertEquals(transcript(program).out(), strip(colored(program).out()), p.toString());
        }));
    }

    @Test
    void colorsUseTheThemeAndNeverColorsIsPlain() {
        String program = "def f(n):\n    return 'x' * n\n\nf(2)\nf(None)\nprint('a\\n\\nb')\n";
        String ansi = colored(program).out();
        dev.tint.theme.Theme theme = dev.tint.theme.Theme.defaults();
        assertTrue(ansi.contains(new org.jline.utils.AttributedString(">>>", theme.style("prompt")).toAnsi()), ansi);
        assertTrue(ansi.contains(new org.jline.utils.AttributedString("def", theme.style("syntax.keyword")).toAnsi()));
        assertTrue(ansi.contains(new org.jline.utils.AttributedString("'x'", theme.style("syntax.string")).toAnsi()));
        assertTrue(ansi.contains(new org.jline.utils.AttributedString("Traceback (most recent call last):",
                theme.style("traceback.header")).toAnsi()));
        assertEquals(transcript(program).out(), strip(ansi));
        RunOptions d = RunOptions.defaults();
        Result never = transcript(program, new RunOptions(d.libraryPath(), d.recursionLimit(), d.frames(),
                d.locals(), "never", "contrast", d.debug()));
        assertEquals(transcript(program).out(), never.out());
        assertFalse(never.out().contains("\u001b"));
        // auto: in-memory stdout is never a terminal
        assertFalse(transcript(program).out().contains("\u001b"));
    }

    @Test
    void resultsAreStyledWithReplResult() {
        RunOptions d = RunOptions.defaults();
        Path theme = dir.resolve("t.properties");
        try {
            Files.writeString(theme, "repl.result=fg:magenta\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Result r = transcript("class A:\n    def __repr__(self):\n        return '\\nx\\n'\n\nA()\n1 + 1\n",
                new RunOptions(d.libraryPath(), d.recursionLimit(), d.frames(), d.locals(), "always",
                        theme.toString(), d.debug()));
        org.jline.utils.AttributedStyle magenta = org.jline.utils.AttributedStyle.DEFAULT
                .foreground(org.jline.utils.AttributedStyle.MAGENTA);
        assertTrue(r.out().contains(new org.jline.utils.AttributedString("2", magenta).toAnsi() + "\n"), r.out());
        assertEquals(transcript("class A:\n    def __repr__(self):\n        return '\\nx\\n'\n\nA()\n1 + 1\n").out(),
                strip(r.out()));
    }

    @TestFactory
    Stream<DynamicTest> roundTrip() throws IOException {
        return scripts().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            Path t = dir.resolve(p.getFileName().toString().replaceAll("\\.py$", ".txt"));
            Files.writeString(t, transcript(Files.readString(p)).out());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = new DoctestRunner(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), RunOptions.defaults())
                    .run(List.of(t.toString()));
            String report = out.toString(StandardCharsets.UTF_8);
            assertEquals(0, status, report + err);
            assertTrue(report.strip().endsWith(" passed, 0 failed"), report);
        }));
    }

    @Test
    void splitsStatementsAsTheReplDoes() {
        Result r = transcript("if True:\n    x = 1\n\n    # comment inside\n    y = 2\nelse:\n    pass\n\n# c\nx + y\n");
        assertEquals(">>> if True:\n...     x = 1\n...\n...     # comment inside\n...     y = 2\n... else:\n"
                + "...     pass\n...\n>>> x + y\n3\n", r.out());
        assertEquals(0, r.status());
    }

    @Test
    void aStatementRunsBeforeTheNextLineIsRead() throws Exception {
        java.io.PipedWriter writer = new java.io.PipedWriter();
        java.io.PipedReader reader = new java.io.PipedReader(writer);
        java.io.PipedOutputStream sink = new java.io.PipedOutputStream();
        java.io.PipedInputStream source = new java.io.PipedInputStream(sink);
        Streams streams = new Streams(new ByteArrayInputStream(new byte[0]), sink, new ByteArrayOutputStream(), false);
        Thread t = new Thread(() -> new TranscriptRunner(streams).run(reader, "", List.of(), RunOptions.defaults()));
        t.start();
        writer.write("print('first')\n");
        writer.flush();
        java.io.BufferedReader lines = new java.io.BufferedReader(new java.io.InputStreamReader(source,
                StandardCharsets.UTF_8));
        assertEquals(">>> print('first')", lines.readLine());
        assertEquals("first", lines.readLine());
        writer.write("1 + 1\n");
        writer.close();
        assertEquals(">>> 1 + 1", lines.readLine());
        assertEquals("2", lines.readLine());
        t.join(10_000);
    }

    @Test
    void inputSeesEndOfFileAndSystemExitEnds() {
        Result r = transcript("import sys\nsys.exit(4)\nprint('never')\n");
        assertEquals(">>> import sys\n>>> sys.exit(4)\n", r.out());
        assertEquals(4, r.status());
    }
}
