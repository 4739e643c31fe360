package dev.tint.shell;

import java.nio.file.Path;
import java.util.List;

/**
 * The options shared by every mode, as parsed from the command line and the environment.
 *
 * @param libraryPath folders searched for LIBRARY modules ({@code --path}, then {@code TINTPATH})
 * @param recursionLimit the initial {@code sys.getrecursionlimit()}
 * @param frames "all", "auto" or "user"
 * @param color "auto", "always" or "never" (already resolved from --color and COLORS)
 * @param theme a theme name or file, or null for the default
 * @param debug show Java stack traces for internal errors
 */
public record RunOptions(List<Path> libraryPath, int recursionLimit, String frames,
                         boolean locals, String color, String theme, boolean debug) {
    public static RunOptions defaults() {
        return new RunOptions(List.of(), 1000, "auto", false, "auto", null, false);
    }
}
