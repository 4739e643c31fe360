package dev.tint.shell.repl;

import java.io.IOException;

/** Where the REPL gets its console from: opened in the background, or given (tests). */
public interface ConsoleSource {
    /** The console, waiting for it if it is still being opened. */
    ReplConsole get() throws IOException;
}
