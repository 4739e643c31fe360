package dev.tint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The first-match table of DESIGN.md, "When is there color". */
class ColorPolicyTest {
    /**
     * Columns: --color flag, COLORS, NO_COLOR, FORCE_COLOR, TERM, expected. An empty cell is an
     * unset variable; "''" is a variable set to the empty string.
     */
    @ParameterizedTest(name = "[{index}] flag={0} COLORS={1} NO_COLOR={2} FORCE_COLOR={3} TERM={4} -> {5}")
    @CsvSource(nullValues = "-", value = {
        // nothing set: decided per stream later
        "-,      -,  -,  -,  -,      auto",
        "-,      -,  -,  -,  xterm,  auto",
        // the flag wins over everything
        "never,  1,  -,  1,  xterm,  never",
        "always, 0,  1,  -,  dumb,   always",
        "auto,   0,  -,  -,  -,      auto",
        "auto,   -,  1,  -,  dumb,   auto",
        // then COLORS
        "-,      0,  -,  1,  xterm,  never",
        "-,      1,  1,  -,  dumb,   always",
        // then NO_COLOR (non-empty)
        "-,      -,  1,  1,  xterm,  never",
        "-,      -,  '', 1,  xterm,  always",
        // then FORCE_COLOR (non-empty)
        "-,      -,  -,  1,  dumb,   always",
        "-,      -,  -,  '', dumb,   never",
        // then TERM=dumb
        "-,      -,  -,  -,  dumb,   never",
        "-,      -,  '', '', dumb,   never",
        // COLORS set but empty counts as unset
        "-,      '', -,  -,  -,      auto",
    })
    void firstMatchWins(String flag, String colors, String noColor, String forceColor, String term,
                        String expected) throws UsageException {
        Map<String, String> env = new HashMap<>();
        put(env, "COLORS", colors);
        put(env, "NO_COLOR", noColor);
        put(env, "FORCE_COLOR", forceColor);
        put(env, "TERM", term);
        assertEquals(expected, ColorPolicy.resolve(flag, env));
    }

    private static void put(Map<String, String> env, String name, String value) {
        if (value != null) {
            env.put(name, value);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "true", "2", "00", " 1", "on", "never"})
    void colorsAcceptsOnlyZeroOrOne(String value) {
        UsageException e = assertThrows(UsageException.class,
                () -> ColorPolicy.resolve(null, Map.of("COLORS", value)));
        assertEquals("COLORS must be 0 or 1, not '" + value + "'", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"always", "never"})
    void aBadColorsIsAnErrorEvenWhenTheFlagDecides(String flag) {
        assertThrows(UsageException.class, () -> ColorPolicy.resolve(flag, Map.of("COLORS", "x")));
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 1"})
    void colorsValues(String value, String expected) throws UsageException {
        assertEquals(expected, ColorPolicy.colors(Map.of("COLORS", value)));
    }

    @ParameterizedTest
    @ValueSource(strings = {""})
    void emptyColorsIsUnset(String value) throws UsageException {
        assertNull(ColorPolicy.colors(Map.of("COLORS", value)));
    }

    @org.junit.jupiter.api.Test
    void controlCharactersAreEscapedInTheMessage() {
        UsageException e = assertThrows(UsageException.class,
                () -> ColorPolicy.resolve(null, Map.of("COLORS", "1\n\u001b[31m")));
        assertEquals("COLORS must be 0 or 1, not '1\\n\\x1b[31m'", e.getMessage());
    }
}
