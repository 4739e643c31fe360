package dev.tint.cli;

import dev.tint.shell.Terminals;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The process's {@code System.out} and {@code System.err}, set up as CPython sets up
 * {@code sys.stdout} and {@code sys.stderr}:
 * <ul>
 *   <li>UTF-8 whatever the locale (CPython 3.13 uses UTF-8 under the C/POSIX locale too; Java 17
 *       would write '?' for every non-ASCII character);</li>
 *   <li>stdout line-buffered on a terminal, block-buffered (64 KiB) otherwise, so huge outputs
 *       cost few system calls; stderr line-buffered;</li>
 *   <li>an error writing stdout ends the process at once with status 120 ({@link
 *       ExitStatus#STDOUT_FAILED}), quietly for a broken pipe ({@code repl x.py | head -1}),
 *       else with one {@code tint: } line on stderr. Java ignores SIGPIPE and {@link PrintStream}
 *       swallows errors, so without this a program writing to a closed pipe would run on
 *       forever.</li>
 * </ul>
 * {@link dev.tint.Main} flushes both at exit. Code that writes fd 1 through its own stream
 * instead gets the same quiet ending from {@link Launch} when the broken pipe escapes the runner
 * as an {@code IOException} or {@code UncheckedIOException}.
 */
public final class StdStreams {
    static final int STDOUT_BUFFER = 1 << 16;

    private StdStreams() {}

    /** Replaces {@code System.out} and {@code System.err}; call once, first thing in main. */
    public static void install() {
        boolean terminal = Terminals.stdoutIsTerminal();
        OutputStream sink = new GuardedStream(new FileOutputStream(FileDescriptor.out),
                new FailureAction() { // not a lambda: see dev.tint.Main
                    @Override
                    public void failed(IOException e) {
                        stdoutFailed(e);
                    }
                });
        System.setOut(new PrintStream(new BufferedOutputStream(sink, terminal ? 8192 : STDOUT_BUFFER),
                terminal, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new BufferedOutputStream(
                new FileOutputStream(FileDescriptor.err), 8192), true, StandardCharsets.UTF_8));
    }

    /** Flushes stdout then stderr; a failure on stdout ends the process (see the class comment). */
    public static void flush() {
        System.out.flush();
        System.err.flush();
    }

    /** Called when writing stdout failed: status 120, silently for a broken pipe. */
    private static void stdoutFailed(IOException e) {
        if (!isBrokenPipe(e)) {
            try {
                System.err.println("tint: cannot write to stdout: " + e.getMessage());
                System.err.flush();
            } catch (Throwable ignored) {
                // stderr is gone too
            }
        }
        // halt, not exit: this thread may hold System.out's lock, which a shutdown hook could need.
        Runtime.getRuntime().halt(ExitStatus.STDOUT_FAILED);
    }

    static boolean isBrokenPipe(IOException e) {
        String message = e.getMessage();
        return message != null && (message.contains("Broken pipe") || message.contains("EPIPE"));
    }

    /** What to do when a write fails; must not return normally in production. */
    interface FailureAction {
        void failed(IOException e) throws IOException;
    }

    /** An output stream that hands its first write error to a {@link FailureAction}. */
    static final class GuardedStream extends OutputStream {
        private final OutputStream out;
        private final FailureAction onFailure;

        GuardedStream(OutputStream out, FailureAction onFailure) {
            this.out = out;
            this.onFailure = onFailure;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                onFailure.failed(e);
                throw e;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                onFailure.failed(e);
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                onFailure.failed(e);
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
