package dev.tint.shell;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The three standard streams a run uses: the process's own, or in-memory ones for tests.
 *
 * @param outIsTerminal whether stdout is a terminal (then it is flushed at each newline)
 */
public record Streams(InputStream in, OutputStream out, OutputStream err, boolean outIsTerminal) {
    public static Streams system() {
        return new Streams(new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out),
                new FileOutputStream(FileDescriptor.err), Terminals.stdoutIsTerminal());
    }
}
