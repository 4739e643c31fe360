package dev.tint.shell.repl;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.PosixSysTerminal;
import org.jline.terminal.impl.jni.JniTerminalProvider;
import org.jline.terminal.spi.Pty;
import org.jline.terminal.spi.SystemStream;

/**
 * Opens the REPL's system terminal as cheaply as possible (docs/repl.md has the figures):
 * through JLine's JNI provider, with system calls instead of a dozen forks of {@code test},
 * {@code tty} and {@code stty}, and with the terminal type's capabilities read from
 * {@link TerminfoCache} instead of forking {@code infocmp} and parsing its output. When the
 * native library cannot be used, JLine's usual provider search (exec) takes over.
 */
final class SystemTerminal {
    private SystemTerminal() {}

    /** Opens the terminal now, on this thread. */
    static Terminal open(TerminfoCache terminfo, String type) throws IOException {
        if (type != null && !type.isEmpty() && !type.startsWith(Terminal.TYPE_DUMB)) {
            try {
                TerminfoCache.Capabilities known = terminfo.lookUp(type);
                Terminal terminal = openWithJni(type, known);
                if (known == null) {
                    terminfo.store(type, terminal);
                }
                return terminal;
            } catch (IOException | RuntimeException | LinkageError e) {
                // no usable native library here: JLine's own search below
            }
        }
        // UTF-8 as everywhere in Tint (JLine's default looks up "ms0", loading all of Java's charsets).
        return TerminalBuilder.builder().system(true).encoding(StandardCharsets.UTF_8).build();
    }

    /**
     * What {@code TerminalBuilder} does with {@code provider("jni")} on a terminal, without its
     * provider search, service lookups and stream pipelines.
     */
    private static Terminal openWithJni(String type, TerminfoCache.Capabilities known) throws IOException {
        JniTerminalProvider provider = new JniTerminalProvider();
        Pty pty = provider.current(SystemStream.Output);
        Charset utf8 = StandardCharsets.UTF_8;
        if (known == null) {
            return new PosixSysTerminal("tint", type, pty, utf8, utf8, utf8, true, Terminal.SignalHandler.SIG_DFL);
        }
        KnownCapabilitiesTerminal.PENDING.set(known);
        try {
            return new KnownCapabilitiesTerminal(type, pty);
        } finally {
            KnownCapabilitiesTerminal.PENDING.remove();
        }
    }

    /** A system terminal whose capabilities come from the cache rather than from infocmp. */
    private static final class KnownCapabilitiesTerminal extends PosixSysTerminal {
        /**
         * The capabilities for the constructor being run: {@link #parseInfoCmp} is called by the
         * superclass constructor, before this class's own fields exist.
         */
        static final ThreadLocal<TerminfoCache.Capabilities> PENDING = new ThreadLocal<>();

        KnownCapabilitiesTerminal(String type, Pty pty) throws IOException {
            super("tint", type, pty, StandardCharsets.UTF_8, StandardCharsets.UTF_8, StandardCharsets.UTF_8, true,
                    SignalHandler.SIG_DFL);
        }

        @Override
        protected void parseInfoCmp() {
            TerminfoCache.Capabilities known = PENDING.get();
            if (known == null) {
                super.parseInfoCmp();
                return;
            }
            bools.addAll(known.bools());
            ints.putAll(known.ints());
            strings.putAll(known.strings());
        }
    }
}
