package dev.tint.shell;

import dev.tint.error.Capture;
import dev.tint.error.ScriptError;
import dev.tint.eval.Interpreter;
import dev.tint.eval.runtime.PyTextStream;
import dev.tint.source.Origin;
import dev.tint.source.Source;
import dev.tint.syntax.PySyntaxError;
import dev.tint.trace.PlainRenderer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code repl test PATH...}: runs the {@code >>>} examples of text files and of docstrings, each
 * file in a fresh interpreter whose examples share one namespace, and reports as Python's doctest
 * does. Exit status 0 iff nothing failed, 1 on failures, 2 for a usage error or unreadable file.
 */
public final class DoctestRunner {
    static final String USAGE = String.join("\n",
            "Usage: repl test [-v] [-x] [-k WORD] [--junit FILE] [--github] PATH...",
            "Run the >>> examples in .md, .txt and .rst files and in the docstrings of .tint and",
            ".py files (directories are searched recursively).",
            "  -v, --verbose      list every example",
            "  -x, --fail-fast    stop at the first failure",
            "  -k WORD            only files and docstrings whose name contains WORD",
            "  --junit FILE       write a JUnit XML report to FILE",
            "  --github           print GitHub Actions ::error annotations for failures",
            "  -h, --help         show this help", "");
    private static final List<String> TEXT = List.of(".md", ".txt", ".rst");
    private static final List<String> CODE = List.of(".tint", ".py");
    private static final long STACK_BYTES = 1L << 30;

    private final PrintStream out;
    private final PrintStream err;
    private final RunOptions options;
    private boolean verbose;
    private boolean failFast;
    private String keyword;
    private Path junit;
    private boolean github;
    private final List<Path> paths = new ArrayList<>();

    private int passed;
    private int failed;
    private int skipped;
    private boolean stop;
    private final List<DoctestReport.Suite> suites = new ArrayList<>();

    public DoctestRunner(PrintStream out, PrintStream err, RunOptions options) {
        this(out, err, options, false);
    }

    /**
     * @param outIsTerminal whether {@code out} is a terminal: with {@code --color=auto} the failure
     *     diffs are colored then
     */
    DoctestRunner(PrintStream out, PrintStream err, RunOptions options, boolean outIsTerminal) {
        this.out = out;
        this.err = err;
        this.options = options;
        this.colored = "always".equals(options.color()) || ("auto".equals(options.color()) && outIsTerminal);
    }

    /** Whether failure diffs are colored (DESIGN.md's color rule applied to stdout). */
    private final boolean colored;
    private dev.tint.theme.Theme theme;

    private dev.tint.theme.Theme theme() {
        if (theme == null) {
            theme = dev.tint.theme.Theme.loadOrDefault(options.theme(), err::println);
        }
        return theme;
    }

    /** A diff line: {@code - } lines styled {@code diff.expected}, {@code + } lines {@code diff.got}. */
    private String diffLine(String d) {
        if (!colored || !(d.startsWith("- ") || d.startsWith("+ "))) {
            return d;
        }
        return TranscriptRunner.styled(theme().style(d.startsWith("-") ? "diff.expected" : "diff.got"), d);
    }

    /** The process's entry: {@code args} are the words after {@code test}. */
    public static int main(List<String> args, RunOptions options) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        int status = new DoctestRunner(out, System.err, options, Terminals.stdoutIsTerminal()).run(args);
        out.flush();
        return status;
    }

    public int run(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "-h":
                case "--help":
                    out.print(USAGE);
                    return 0;
                case "-v":
                case "--verbose":
                    verbose = true;
                    break;
                case "-x":
                case "--fail-fast":
                    failFast = true;
                    break;
                case "--github":
                    github = true;
                    break;
                case "-k":
                case "--junit":
                    if (i + 1 >= args.size()) {
                        return usage("option " + a + " needs an argument");
                    }
                    String value = args.get(++i);
                    if (a.equals("-k")) {
                        keyword = value;
                    } else {
                        junit = Path.of(value);
                    }
                    break;
                case "--":
                    for (i++; i < args.size(); i++) {
                        paths.add(Path.of(args.get(i)));
                    }
                    break;
                default:
                    if (a.startsWith("-") && a.length() > 1) {
                        return usage("unknown option for test: '" + a + "'");
                    }
                    paths.add(Path.of(a));
            }
        }
        if (paths.isEmpty()) {
            return usage("test needs at least one PATH (a file or a directory)");
        }
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    files.addAll(walk.filter(Files::isRegularFile).filter(f -> kind(f) != null).sorted()
                            .collect(Collectors.toList()));
                } catch (IOException | java.io.UncheckedIOException e) {
                    return fail("can't read directory '" + p + "': " + e.getMessage());
                }
            } else if (!Files.exists(p)) {
                return fail("can't open file '" + p + "': [Errno 2] No such file or directory");
            } else if (kind(p) == null) {
                return fail("can't test '" + p + "': not a .md, .txt, .rst, .tint or .py file");
            } else {
                files.add(p);
            }
        }
        List<String> texts = new ArrayList<>();
        for (Path f : files) {
            try {
                texts.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
            } catch (IOException e) {
                return fail("can't read file '" + f + "': " + e.getMessage());
            }
        }
        for (int i = 0; i < files.size() && !stop; i++) {
            runFile(files.get(i), texts.get(i));
        }
        String summary = passed + " passed, " + failed + " failed" + (skipped > 0 ? ", " + skipped + " skipped" : "");
        out.println(summary);
        out.flush();
        if (junit != null) {
            try {
                Files.writeString(junit, DoctestReport.junit(suites), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return fail("can't write JUnit report '" + junit + "': " + e.getMessage());
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private static String kind(Path f) {
        String name = f.getFileName().toString();
        for (String e : TEXT) {
            if (name.endsWith(e)) {
                return "text";
            }
        }
        for (String e : CODE) {
            if (name.endsWith(e)) {
                return "code";
            }
        }
        return null;
    }

    private int usage(String message) {
        err.println("tint: " + message);
        err.println("Try 'repl test --help' for more information.");
        return 2;
    }

    private int fail(String message) {
        err.println("tint: " + message);
        return 2;
    }

    private void runFile(Path file, String text) {
        String shown = file.toString();
        DoctestReport.Suite suite = new DoctestReport.Suite(shown);
        suites.add(suite);
        boolean code = "code".equals(kind(file));
        String moduleName = file.getFileName().toString().replaceFirst("\\.(tint|py)$", "");
        Source moduleSource = new Source(Origin.user(file.toAbsolutePath().normalize().toString()), text);
        List<DoctestExample> examples;
        try {
            examples = code ? DoctestParser.parseModule(moduleName, moduleSource)
                    : DoctestParser.parseText(shown, text, shown.endsWith(".md"));
        } catch (PySyntaxError e) {
            failed++;
            String tb = PlainRenderer.render(Capture.of(e));
            out.print("File \"" + shown + "\", line " + e.line() + "\nCannot collect examples:\n" + indent(tb));
            suite.add(new DoctestReport.Case(moduleName, e.line(), "", "", tb, "error"));
            github(shown, e.line(), "cannot collect examples: " + tb);
            stopIfFailFast();
            return;
        }
        if (keyword != null && !shown.contains(keyword)) {
            examples.removeIf(ex -> !ex.group().contains(keyword));
        }
        if (examples.isEmpty()) {
            return;
        }
        StringWriter buffer = new StringWriter();
        PyTextStream stdout = new PyTextStream(buffer, "<stdout>", false);
        PyTextStream stderr = new PyTextStream(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8),
                "<stderr>", true);
        Interpreter interpreter = new Interpreter(stdout, stderr, new BufferedReader(new StringReader("")),
                options.recursionLimit());
        interpreter.configureModules(file.toAbsolutePath().normalize().getParent(), options.libraryPath());
        List<DoctestExample> todo = examples;
        onBigStack(() -> {
            if (code) {
                try {
                    interpreter.mainModule().namespace().set("__name__", moduleName);
                    interpreter.runMain(moduleSource);
                } catch (RuntimeException | StackOverflowError e) {
                    failed++;
                    String tb = rendered(e);
                    out.print("File \"" + shown + "\", line 1\nModule failed to load:\n" + indent(tb));
                    suite.add(new DoctestReport.Case(moduleName, 1, "", "", tb, "error"));
                    github(shown, 1, "module failed to load: " + tb);
                    stopIfFailFast();
                    return;
                }
            }
            for (DoctestExample ex : todo) {
                if (stop) {
                    return;
                }
                runExample(interpreter, stdout, buffer, shown, suite, ex);
            }
        });
    }

    private void runExample(Interpreter interpreter, PyTextStream stdout, StringWriter buffer, String shown,
                            DoctestReport.Suite suite, DoctestExample ex) {
        if (verbose) {
            out.println("Trying (" + shown + ":" + ex.line() + "):\n" + indent(ex.source()).stripTrailing());
            out.println(ex.want().isEmpty() ? "Expecting nothing" : "Expecting:\n" + indent(ex.want()).stripTrailing());
        }
        if (ex.skip()) {
            skipped++;
            suite.add(new DoctestReport.Case(ex.group(), ex.line(), ex.source(), ex.want(), null, "skipped"));
            if (verbose) {
                out.println("skipped");
            }
            return;
        }
        buffer.getBuffer().setLength(0);
        String traceback = null;
        try {
            interpreter.runInteractive(new Source(Origin.user("<stdin>"), ex.source()));
        } catch (RuntimeException | StackOverflowError e) {
            traceback = rendered(e);
        }
        stdout.flush();
        String output = buffer.toString();
        String got = DoctestChecker.withNewline(output) + (traceback == null ? "" : DoctestChecker.withNewline(traceback));
        if (DoctestChecker.matches(ex, output, traceback)) {
            passed++;
            suite.add(new DoctestReport.Case(ex.group(), ex.line(), ex.source(), ex.want(), got, null));
            if (verbose) {
                out.println("ok");
            }
            return;
        }
        failed++;
        suite.add(new DoctestReport.Case(ex.group(), ex.line(), ex.source(), ex.want(), got, "failure"));
        StringBuilder r = new StringBuilder();
        r.append("**********************************************************************\n");
        r.append("File \"").append(shown).append("\", line ").append(ex.line()).append(", in ")
                .append(ex.group()).append('\n');
        r.append("Failed example:\n").append(indent(ex.source()));
        r.append(ex.want().isEmpty() ? "Expected nothing\n" : "Expected:\n" + indent(ex.want()));
        r.append(got.isEmpty() ? "Got nothing\n" : "Got:\n" + indent(got));
        r.append("Diff (- expected, + got):\n");
        for (String d : DoctestChecker.diff(ex.want(), got)) {
            r.append("    ").append(diffLine(d)).append('\n');
        }
        out.print(r);
        github(shown, ex.line(), "Failed example: " + ex.firstLine() + "\nExpected:\n" + ex.want() + "Got:\n" + got);
        stopIfFailFast();
    }

    private void github(String file, int line, String message) {
        if (github) {
            out.println("::error file=" + DoctestReport.githubProperty(file) + ",line=" + line + "::"
                    + DoctestReport.githubData(message.stripTrailing()));
        }
    }

    private void stopIfFailFast() {
        if (failFast) {
            stop = true;
        }
    }

    private String rendered(Throwable e) {
        if (e instanceof PySyntaxError) {
            return PlainRenderer.render(Capture.of((PySyntaxError) e));
        }
        if (e instanceof ScriptError) {
            return PlainRenderer.render(Capture.of(((ScriptError) e).exception()));
        }
        if (e instanceof StackOverflowError) {
            return "RecursionError: maximum recursion depth exceeded (Java stack exhausted)\n";
        }
        return "Traceback (most recent call last):\n  File \"<tint>\", line 0, in <internal> [system]\n"
                + "SystemError: internal error in Tint: " + e + "\n";
    }

    private static String indent(String text) {
        String t = DoctestChecker.withNewline(text);
        if (t.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String l : t.substring(0, t.length() - 1).split("\n", -1)) {
            sb.append(l.isEmpty() ? "" : "    " + l).append('\n');
        }
        return sb.toString();
    }

    private void onBigStack(Runnable body) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                body.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "tint-doctest", STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure.get() instanceof RuntimeException) {
            throw (RuntimeException) failure.get();
        }
        if (failure.get() instanceof Error) {
            throw (Error) failure.get();
        }
    }
}
