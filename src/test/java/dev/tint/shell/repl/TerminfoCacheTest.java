package dev.tint.shell.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.InfoCmp.Capability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminfoCacheTest {
    @TempDir
    Path dir;

    private TerminfoCache cacheWithTerminfo(Path terminfo) {
        return new TerminfoCache(dir.resolve("cache"), Map.of("TERMINFO", terminfo.toString(), "HOME", dir.toString()));
    }

    private Path fakeTerminfoEntry(String type) throws Exception {
        Path terminfo = dir.resolve("terminfo");
        Path file = terminfo.resolve(type.substring(0, 1)).resolve(type);
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[] {1, 2, 3});
        return terminfo;
    }

    private static Terminal dumb() throws Exception {
        return new DumbTerminal("test", Terminal.TYPE_DUMB, new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream(), StandardCharsets.UTF_8);
    }

    @Test
    void storedCapabilitiesReadBackAsJLineParsedThem() throws Exception {
        TerminfoCache cache = cacheWithTerminfo(fakeTerminfoEntry("tint-test"));
        assertNull(cache.lookUp("tint-test"), "nothing stored yet");
        try (Terminal terminal = dumb()) {
            cache.store("tint-test", terminal);
            TerminfoCache.Capabilities known = cache.lookUp("tint-test");
            assertNotNull(known);
            for (Capability capability : Capability.values()) {
                assertEquals(terminal.getBooleanCapability(capability), known.bools().contains(capability), capability.name());
                assertEquals(terminal.getNumericCapability(capability), known.ints().get(capability), capability.name());
                assertEquals(terminal.getStringCapability(capability), known.strings().get(capability), capability.name());
            }
            assertTrue(known.strings().containsKey(Capability.bell), "dumb terminals still ring the bell");
        }
    }

    @Test
    void anEntryIsDroppedWhenItsTerminfoFileChanges() throws Exception {
        Path terminfo = fakeTerminfoEntry("tint-test");
        TerminfoCache cache = cacheWithTerminfo(terminfo);
        try (Terminal terminal = dumb()) {
            cache.store("tint-test", terminal);
        }
        assertNotNull(cache.lookUp("tint-test"));
        Files.setLastModifiedTime(terminfo.resolve("t/tint-test"), FileTime.fromMillis(1_000_000));
        assertNull(cache.lookUp("tint-test"), "a changed terminfo file means parsing again");
    }

    @Test
    void typesWithoutATerminfoFileOrWithUnsafeNamesAreNeverCached() throws Exception {
        TerminfoCache cache = cacheWithTerminfo(dir.resolve("empty"));
        try (Terminal terminal = dumb()) {
            cache.store("no-such-terminal-type", terminal);
            cache.store("../evil", terminal);
        }
        assertNull(cache.lookUp("no-such-terminal-type"));
        assertFalse(Files.exists(dir.resolve("cache").resolve("no-such-terminal-type")));
        assertFalse(TerminfoCache.validName("../evil"));
        assertFalse(TerminfoCache.validName(".hidden"));
        assertTrue(TerminfoCache.validName("xterm-256color"));
    }

    @Test
    void aCorruptEntryIsIgnored() throws Exception {
        TerminfoCache cache = cacheWithTerminfo(fakeTerminfoEntry("tint-test"));
        Files.createDirectories(dir.resolve("cache"));
        Files.writeString(dir.resolve("cache/tint-test"), "tint-terminfo 1\n" + cache.key("tint-test") + "\nb no_such_capability\n");
        assertNull(cache.lookUp("tint-test"));
    }

    @Test
    void escapingKeepsEachCapabilityOnOneLine() {
        String value = "\u001b[%i%p1%d;%p2%dH\n\\r\r";
        String escaped = TerminfoCache.escape(value);
        assertFalse(escaped.contains("\n") || escaped.contains("\r"));
        assertEquals(value, TerminfoCache.unescape(escaped));
    }
}
