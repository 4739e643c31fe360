package dev.tint.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Script mode's contract: argv, exit statuses, and CPython's messages for unreadable programs. */
class ScriptRunnerTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private ScriptRunner runner(String stdin) {
        return new ScriptRunner(new Streams(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                out, err, false));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void codeModeSeesDashCAsArgvZero() {
        int status = runner("").code("import sys\nprint(sys.argv)", List.of("x", "--y"), RunOptions.defaults());
        assertEquals(0, status);
        assertEquals("['-c', 'x', '--y']\n", stdout());
    }

    @Test
    void stdinModeRunsThePipedProgram() {
        int status = runner("print(sum(x*x for x in range(10)))\n").stdin("-", List.of(), RunOptions.defaults());
        assertEquals(0, status);
        assertEquals("285\n", stdout());
    }

    @Test
    void sysExitGivesItsStatusAndMessages() {
        assertEquals(3, runner("").code("import sys\nsys.exit(3)", List.of(), RunOptions.defaults()));
        assertEquals(1, runner("").code("raise SystemExit('bye')", List.of(), RunOptions.defaults()));
        assertEquals("bye\n", stderr());
        assertEquals(0, runner("").code("import sys\nsys.exit()", List.of(), RunOptions.defaults()));
    }

    @Test
    void uncaughtExceptionPrintsATracebackAndGivesOne() {
        int status = runner("").code("def f():\n    return 1 / 0\nf()", List.of(), RunOptions.defaults());
        assertEquals(1, status);
        assertEquals("""
                Traceback (most recent call last):
                  File "<string>", line 3, in <module>
                    f()
                    ~^^
                  File "<string>", line 2, in f
                    return 1 / 0
                           ~~^~~
                ZeroDivisionError: division by zero
                """, stderr()); // byte for byte what CPython 3.13 prints for the same -c program
    }

    @Test
    void missingFileIsAUsageError() {
        Path missing = dir.resolve("nope.py");
        assertEquals(2, runner("").file(missing.toString(), List.of(), RunOptions.defaults()));
        assertEquals("tint: can't open file '" + missing + "': [Errno 2] No such file or directory\n", stderr());
    }

    @Test
    void directoryIsAUsageError() {
        assertEquals(2, runner("").file(dir.toString(), List.of(), RunOptions.defaults()));
        assertEquals("tint: can't open file '" + dir + "': [Errno 21] Is a directory\n", stderr());
    }

    @Test
    void invalidUtf8IsCPythonsSyntaxError() throws IOException {
        Path bad = dir.resolve("bad.py");
        Files.write(bad, new byte[] {'p', 'r', 'i', 'n', 't', '(', '1', ')', '\n', (byte) 0xff, '\n'});
        assertEquals(1, runner("").file(bad.toString(), List.of(), RunOptions.defaults()));
        assertEquals("SyntaxError: Non-UTF-8 code starting with '\\xff' in file " + bad
                + " on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                stderr().strip().lines().reduce((a, b) -> b).orElse(""));
        assertEquals("", stdout());
    }

    @Test
    void nulBytesAreCPythonsSyntaxError() throws IOException {
        Path bad = dir.resolve("nul.py");
        Files.write(bad, "print(1)\0\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(1, runner("").file(bad.toString(), List.of(), RunOptions.defaults()));
        assertEquals("SyntaxError: source code cannot contain null bytes",
                stderr().strip().lines().reduce((a, b) -> b).orElse(""));
    }

    @Test
    void deepRecursionIsARecursionErrorNotACrash() {
        int status = runner("").code("def f(n):\n    return f(n + 1)\nf(0)", List.of(), RunOptions.defaults());
        assertEquals(1, status);
        String last = stderr().strip().lines().reduce((a, b) -> b).orElse("");
        assertEquals("RecursionError: maximum recursion depth exceeded", last);
    }

    @Test
    void localsOptionShowsEachFramesVariablesSortedByName() {
        RunOptions options = new RunOptions(List.of(), 1000, "all", true, "never", null, false);
        int status = runner("").code("def f(b, a):\n    c = [a] * 2\n    return a / b\nf(0, 5)", List.of(), options);
        assertEquals(1, status);
        String err = stderr();
        int frame = err.indexOf("in f");
        assertEquals(true, frame > 0, err);
        String tail = err.substring(frame);
        assertEquals(true, tail.contains("    a = 5\n    b = 0\n    c = [5, 5]\n"), err);
    }
}
