package dev.tint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LibraryPathTest {
    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
        "/a:/b|/a,/b",
        "lib|lib",
        "/a::/b|/a,/b",
        ":/a:|/a",
        "''|''",
        ":|''",
        ":::|''",
        "/with space/x:rel/y|/with space/x,rel/y",
    })
    void splitsAtColonsDroppingEmptyEntries(String tintpath, String expected) {
        List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split(","));
        assertEquals(want, LibraryPath.split(tintpath));
    }

    @Test
    void unsetTintpathGivesNothing() {
        assertEquals(List.of(), LibraryPath.split(null));
    }

    @Test
    void flagsFirstThenTintpath() throws UsageException {
        assertEquals(List.of(Path.of("a"), Path.of("b"), Path.of("/c"), Path.of("d")),
                LibraryPath.of(List.of("a", "b"), "/c:d"));
    }

    @Test
    void badEntries() {
        assertThrows(UsageException.class, () -> LibraryPath.of(List.of(""), null));
        assertEquals("bad folder in TINTPATH: 'a\\x00b'",
                assertThrows(UsageException.class, () -> LibraryPath.of(List.of(), "a\0b")).getMessage());
    }
}
