package dev.tint.cli;

import dev.tint.shell.RunOptions;
import java.util.List;
import java.util.Objects;

/**
 * A parsed command line: what to run and with which options.
 *
 * @param mode what was asked for
 * @param program the code of {@code -c}, the FILE as given, or the shell of {@code --completion};
 *     null for the other modes
 * @param args the program's arguments, {@code sys.argv[1:]}, exactly as given
 * @param options the options shared by every mode, with the environment already applied
 */
public record Invocation(Mode mode, String program, List<String> args, RunOptions options) {
    public Invocation {
        Objects.requireNonNull(mode, "mode");
        args = List.copyOf(args);
        Objects.requireNonNull(options, "options");
    }
}
