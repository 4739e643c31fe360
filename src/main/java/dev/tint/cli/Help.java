package dev.tint.cli;

/**
 * The prose of {@code repl --help}, in picocli's markup ({@code @|bold ...|@}; each element is
 * one line; {@code %} must be written {@code %%}). Keep docs/cli.md in step with it.
 */
final class Help {
    private Help() {}

    static final String[] DESCRIPTION = {
        "Tint " + Version.NUMBER + ": a strict subset of Python 3 on the JVM, with a colored REPL",
        "and tracebacks that tell your code from the library's and the system's.",
        "",
        "@|bold Modes:|@",
        "  @|bold repl|@                    the REPL, when stdin is a terminal",
        "  @|bold repl|@ < @|italic prog.py|@          transcript: each statement echoed, then its output",
        "  @|bold repl|@ @|yellow --transcript|@ @|italic FILE|@    the same for a file",
        "  @|bold repl test|@ @|italic PATH|@...         run the >>> examples in files (repl test --help)",
        "  @|bold repl|@ @|italic FILE|@ [@|italic ARG|@...]      run a script; sys.argv is [FILE, ARG...]",
        "  @|bold repl|@ @|yellow -c|@ @|italic CODE|@ [@|italic ARG|@...]   run CODE; sys.argv is ['-c', ARG...]",
        "  @|bold repl|@ - [@|italic ARG|@...]         run the program read from stdin, silently",
        "Options come first: everything after FILE, CODE or - goes to the program",
        "untouched, even if it looks like an option.",
    };

    static final String[] FOOTER = {
        "@|bold Environment:|@",
        "  COLORS=0|1      0: no color at all, 1: color even into pipes and files",
        "                  (any other value is an error); --color overrides it",
        "  NO_COLOR        if non-empty and COLORS is unset: no color",
        "  FORCE_COLOR     if non-empty and neither COLORS nor NO_COLOR is set: color",
        "  TERM=dumb       no color unless asked for by --color, COLORS or FORCE_COLOR",
        "  TINTPATH        library folders, separated by ':', searched after --path",
        "  TINT_THEME      the theme when --theme is not given",
        "  TINT_HISTORY    the REPL's history file",
        "                  (default ~/.local/state/tint/history)",
        "  TINT_JAVA_OPTS  extra JVM options (read by the ./repl launcher)",
        "  TINT_NO_CDS=1   don't create or use the launcher's class archive",
        "",
        "@|bold Examples:|@",
        "  repl                              start the REPL",
        "  repl fib.py 30                    run fib.py with sys.argv ['fib.py', '30']",
        "  repl -c 'print(2 ** 100)'         run a one-liner",
        "  repl --frames=all app.py          show every frame of a traceback",
        "  repl --path lib --locals app.py   use modules from ./lib; show locals",
        "  COLORS=0 repl app.py 2> err.txt   no escape codes, for logs",
        "  cat prog.py | repl - x y          run stdin; sys.argv is ['-', 'x', 'y']",
        "",
        "@|bold Exit status:|@",
        "  0     the program ended normally (or called sys.exit(0))",
        "  1     an uncaught exception (its traceback is on stderr)",
        "  N     sys.exit(N)",
        "  2     bad usage: unknown option, bad value, FILE not found",
        "  70    internal error in Tint (--debug shows the Java stack trace)",
        "  120   stdout could not be written (for instance a closed pipe)",
        "  130   interrupted by Ctrl-C (KeyboardInterrupt)",
        "",
        "Documentation: docs/cli.md and README.md in the Tint source tree.",
    };
}
