package dev.tint.cli;

import dev.tint.shell.RunOptions;
import dev.tint.shell.ScriptRunner;
import java.util.List;

/**
 * What the command line dispatches to; each method returns the process exit status.
 * {@link #SCRIPT_RUNNER} is the real one; tests pass their own.
 */
public interface Runner {
    int runFile(String fileAsGiven, List<String> args, RunOptions options);

    int runCode(String code, List<String> args, RunOptions options);

    int runStdin(String argv0, List<String> args, RunOptions options);

    int runInteractive(RunOptions options);

    /** Transcript mode: {@code file} is null for piped stdin. */
    default int runTranscript(String file, List<String> args, RunOptions options) {
        return file == null ? dev.tint.shell.TranscriptRunner.runStdin(args, options)
                : dev.tint.shell.TranscriptRunner.runFile(file, args, options);
    }

    /** {@code repl test ARGS...}: the doctest runner with its own command line. */
    default int runTest(List<String> args, RunOptions options) {
        return dev.tint.shell.DoctestRunner.main(args, options);
    }

    /** Dispatches to {@link ScriptRunner}. */
    Runner SCRIPT_RUNNER = new Runner() {
        @Override
        public int runFile(String fileAsGiven, List<String> args, RunOptions options) {
            return ScriptRunner.runFile(fileAsGiven, args, options);
        }

        @Override
        public int runCode(String code, List<String> args, RunOptions options) {
            return ScriptRunner.runCode(code, args, options);
        }

        @Override
        public int runStdin(String argv0, List<String> args, RunOptions options) {
            return ScriptRunner.runStdin(argv0, args, options);
        }

        @Override
        public int runInteractive(RunOptions options) {
            return ScriptRunner.runInteractive(options);
        }
    };
}
