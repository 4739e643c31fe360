package dev.tint.cli;

import dev.tint.shell.RunOptions;
import dev.tint.shell.Terminals;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * One run of {@code repl}: parse, then print help or version, or dispatch to a {@link Runner},
 * and return the exit status. Usage errors give status 2 with one {@code tint: } line and a
 * hint; a Java exception or error escaping the runner gives status 70. Writes nothing but
 * through the given streams, and never exits: {@link dev.tint.Main} does.
 */
public final class Launch {
    private final Runner runner;
    private final PrintStream out;
    private final PrintStream err;
    private final BooleanSupplier stdinIsTerminal;
    private final BooleanSupplier stdoutIsTerminal;
    private volatile boolean debug;

    /**
     * @param stdinIsTerminal decides between the REPL and the piped program when no program is given
     * @param stdoutIsTerminal decides whether {@code --help} is colored under {@code --color=auto}
     */
    public Launch(Runner runner, PrintStream out, PrintStream err, BooleanSupplier stdinIsTerminal,
                  BooleanSupplier stdoutIsTerminal) {
        this.runner = runner;
        this.out = out;
        this.err = err;
        this.stdinIsTerminal = stdinIsTerminal;
        this.stdoutIsTerminal = stdoutIsTerminal;
    }

    /** The real process: {@link Runner#SCRIPT_RUNNER} on {@code System.out}/{@code System.err}. */
    public static Launch forProcess() {
        return new Launch(Runner.SCRIPT_RUNNER, System.out, System.err, new BooleanSupplier() {
            @Override
            public boolean getAsBoolean() {
                return Terminals.stdinIsTerminal();
            }
        }, new BooleanSupplier() {
            @Override
            public boolean getAsBoolean() {
                return Terminals.stdoutIsTerminal();
            }
        });
    }

    public int run(List<String> argv, Map<String, String> env) {
        Invocation invocation;
        try {
            invocation = Cli.parse(argv, env);
        } catch (UsageException e) {
            err.println("tint: " + e.getMessage());
            err.println(Cli.HINT);
            return ExitStatus.USAGE;
        }
        debug = invocation.options().debug();
        try {
            return dispatch(invocation);
        } catch (Throwable t) { // includes OutOfMemoryError and StackOverflowError
            if (isBrokenPipe(t)) {
                return ExitStatus.STDOUT_FAILED; // `repl x.py | head -1`: end quietly
            }
            return Crash.report(t, debug, err);
        }
    }

    /** Whether {@code t} was caused by writing into a closed pipe (e.g. an UncheckedIOException). */
    static boolean isBrokenPipe(Throwable t) {
        for (int depth = 0; t != null && depth < 16; depth++, t = t.getCause()) {
            if (t instanceof java.io.IOException io && StdStreams.isBrokenPipe(io)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code --debug} was given (false until the command line is parsed). */
    public boolean debug() {
        return debug;
    }

    private int dispatch(Invocation invocation) {
        RunOptions options = invocation.options();
        switch (invocation.mode()) {
            case HELP:
                out.print(Cli.usage(colored(options.color())));
                return 0;
            case VERSION:
                out.println(Version.line());
                return 0;
            case COMPLETION:
                out.print(Cli.completionScript());
                return 0;
            case MAN:
                out.print(Cli.manPage());
                return 0;
            case TRAIN:
                return Training.run(runner, options);
            case CODE:
                return runner.runCode(invocation.program(), invocation.args(), options);
            case FILE:
                return runner.runFile(invocation.program(), invocation.args(), options);
            case TRANSCRIPT:
                return runner.runTranscript(invocation.program(), invocation.args(), options);
            case TEST:
                return runner.runTest(invocation.args(), options);
            case STDIN:
                return runner.runStdin("-", invocation.args(), options);
            case DEFAULT:
            default:
                if (stdinIsTerminal.getAsBoolean()) {
                    return runner.runInteractive(options);
                }
                return runner.runTranscript(null, invocation.args(), options);
        }
    }

    private boolean colored(String color) {
        return switch (color) {
            case ColorPolicy.ALWAYS -> true;
            case ColorPolicy.NEVER -> false;
            default -> stdoutIsTerminal.getAsBoolean();
        };
    }
}
