package dev.tint.shell;

import java.io.Console;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;

/**
 * Cheap answers to "is this standard stream a terminal?" that load no JLine: building a JLine
 * terminal only to decide this costs 85-200 ms (shared/notes/jvm-startup.md).
 */
public final class Terminals {
    private Terminals() {}

    /**
     * True when stdin and stdout are both terminals, i.e. the REPL can run: {@code
     * System.console()} is null otherwise (on JDK 22+ it may exist for redirected streams, so
     * {@code Console.isTerminal()} is asked too).
     */
    public static boolean interactive() {
        // /proc first: System.console() costs about 10 ms on JDK 17 and 15 ms on JDK 25.
        Boolean in = isTerminalFd(0);
        Boolean out = isTerminalFd(1);
        if (in != null && out != null) {
            return in && out;
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        if (Runtime.version().feature() >= 22) {
            try {
                Method isTerminal = Console.class.getMethod("isTerminal");
                return (Boolean) isTerminal.invoke(console);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return true;
            }
        }
        return true;
    }

    /**
     * Whether stdin is a terminal: then a run with no program is interactive (a REPL), as in
     * CPython, even when stdout is piped. Without /proc: {@link #interactive()}.
     */
    public static boolean stdinIsTerminal() {
        Boolean answer = isTerminalFd(0);
        return answer != null ? answer : interactive();
    }

    /**
     * Whether stdout is a terminal. On Linux this asks where {@code /proc/self/fd/1} leads (tens
     * of microseconds; {@code System.console()} costs about 12 ms on JDK 25 without an archive);
     * elsewhere it falls back to {@link #interactive()}.
     */
    public static boolean stdoutIsTerminal() {
        Boolean answer = isTerminalFd(1);
        return answer != null ? answer : interactive();
    }

    /** Whether stderr is a terminal, on Linux; false where that cannot be told cheaply. */
    public static boolean stderrIsTerminal() {
        return Boolean.TRUE.equals(isTerminalFd(2));
    }

    /** Whether file descriptor {@code fd} is a terminal, from /proc; null without /proc. */
    static Boolean isTerminalFd(int fd) {
        File link = new File("/proc/self/fd/" + fd);
        if (!link.exists()) {
            return null;
        }
        try {
            String target = link.getCanonicalPath();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty")
                    || target.equals("/dev/console");
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
