package dev.tint.cli;

import dev.tint.shell.RunOptions;
import java.util.List;

/**
 * The launcher's training run ({@code repl --train}, hidden): exercises the interpreter, the
 * traceback renderer and JLine so that the class archive the launcher records (AppCDS on JDK 17,
 * the AOT cache on JDK 25) holds the classes a real run needs. The launcher sends all output to
 * /dev/null; the exit status does not matter.
 */
final class Training {
    private Training() {}

    /** A small program touching most of the language; it ends normally. */
    static final String PROGRAM = String.join("\n",
            "def fib(n):",
            "    return n if n < 2 else fib(n - 1) + fib(n - 2)",
            "",
            "class Point:",
            "    def __init__(self, x, y):",
            "        self.x, self.y = x, y",
            "    def __add__(self, other):",
            "        return Point(self.x + other.x, self.y + other.y)",
            "    def __repr__(self):",
            "        return f'Point({self.x!r}, {self.y!r})'",
            "",
            "words = 'the quick brown fox jumps over the lazy dog'.split()",
            "counts = {}",
            "for w in words:",
            "    counts[w] = counts.get(w, 0) + 1",
            "squares = [x * x for x in range(60) if x % 3]",
            "total = sum(x for x in squares) + fib(12) + 2 ** 70",
            "p = Point(0, 0)",
            "for i in range(5):",
            "    p = p + Point(i, -i)",
            "try:",
            "    counts['missing']",
            "except KeyError as e:",
            "    caught = repr(e)",
            "finally:",
            "    done = True",
            "pairs = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]",
            "print(total, pairs, p, caught, done, 1 / 3, 1e16, len(words), {1, 2}, (1,), None)",
            "print(f'{total:>12} {3.14159:.2f} {\"x\" * 3}', max(squares), min(squares), str(7), int('42'))",
            "i = 0",
            "while i < 2000:",
            "    i += 1",
            "import math",
            "print(math.sqrt(2))",
            "");

    /** A program that ends with an uncaught exception two calls deep, to exercise tracebacks. */
    static final String FAILING = String.join("\n",
            "def inner(d):",
            "    return d['nope'] + 1",
            "def outer():",
            "    return inner({'yes': 1})",
            "outer()",
            "");

    static int run(Runner runner, RunOptions options) {
        quietly(() -> runner.runCode(PROGRAM, List.of(), with(options, ColorPolicy.NEVER)));
        quietly(() -> runner.runCode(FAILING, List.of(), with(options, ColorPolicy.NEVER)));
        quietly(() -> runner.runCode(FAILING, List.of(), with(options, ColorPolicy.ALWAYS)));
        quietly(Training::lineReader);
        return 0;
    }

    /**
     * The REPL's JLine classes: a system terminal (its providers are probed; without a tty, as
     * in training, it falls back to a dumb one) and a line reader.
     */
    private static int lineReader() throws Exception {
        try (org.jline.terminal.Terminal terminal = org.jline.terminal.TerminalBuilder.builder()
                .system(true).dumb(true).build()) {
            org.jline.reader.LineReaderBuilder.builder().terminal(terminal).build();
        }
        return 0;
    }

    private static RunOptions with(RunOptions o, String color) {
        return new RunOptions(o.libraryPath(), o.recursionLimit(), o.frames(), o.locals(), color,
                o.theme(), o.debug());
    }

    private interface Step {
        int run() throws Exception;
    }

    private static void quietly(Step step) {
        try {
            step.run();
        } catch (Throwable ignored) {
            // Training only loads classes; a failure (e.g. an unfinished feature) is no error.
        }
    }
}
