package dev.tint.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Under Maven, the test JVM's standard streams are pipes or files, never terminals. */
class TerminalsTest {
    @Test
    void redirectedStreamsAreNotTerminals() {
        assertFalse(Terminals.stdoutIsTerminal());
        assertFalse(Terminals.stderrIsTerminal());
        assertFalse(Terminals.interactive());
        assertNotEquals(Boolean.TRUE, Terminals.isTerminalFd(0));
    }
}
