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
        quietly(Training::loadTerminalClasses);
        return 0;
    }

    /**
     * Loads every class of JLine's terminal, JNI and reader jars, so that the archive holds them
     * all: training has no terminal, so the classes a real terminal needs (the JNI pty, signals,
     * raw mode, key bindings) would otherwise be read from the jars and verified on each REPL
     * start. Classes are loaded, not initialised.
     */
    private static int loadTerminalClasses() throws Exception {
        ClassLoader loader = Training.class.getClassLoader();
        for (Class<?> anchor : new Class<?>[] {org.jline.terminal.Terminal.class, org.jline.reader.LineReader.class,
                org.jline.terminal.impl.jni.JniTerminalProvider.class, org.jline.nativ.JLineNativeLoader.class}) {
            java.net.URL jar = anchor.getProtectionDomain().getCodeSource().getLocation();
            try (java.util.jar.JarFile file = new java.util.jar.JarFile(new java.io.File(jar.toURI()))) {
                java.util.Enumeration<java.util.jar.JarEntry> entries = file.entries();
                while (entries.hasMoreElements()) {
                    String name = entries.nextElement().getName();
                    if (name.endsWith(".class") && !name.startsWith("META-INF") && !name.contains("module-info")) {
                        try {
                            Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false, loader);
                        } catch (LinkageError | ClassNotFoundException e) {
                            // a class for a platform or library that is not here (Windows, JNA, ...)
                        }
                    }
                }
            }
        }
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
