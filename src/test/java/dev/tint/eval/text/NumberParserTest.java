package dev.tint.eval.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** int(), float() and literals against CPython 3.13 (number-parse.tsv). */
class NumberParserTest {

    @Test
    void matchesCPythonOnTheReferenceTable() {
        CPythonTable.Mismatches m = new CPythonTable.Mismatches("number-parse.tsv");
        for (String[] row : CPythonTable.rows("number-parse.tsv")) {
            String text = CPythonTable.unescape(row[1]);
            int base = Integer.parseInt(row[2]);
            String actual = switch (row[0]) {
                case "int" -> CPythonTable.outcome(() -> NumberParser.parseInt(text, base));
                case "float" -> CPythonTable.outcome(() -> NumberParser.parseFloat(text));
                case "intlit" -> CPythonTable.outcome(() -> NumberParser.parseIntLiteral(text));
                case "floatlit" -> CPythonTable.outcome(() -> NumberParser.parseFloatLiteral(text));
                default -> throw new IllegalArgumentException(row[0]);
            };
            String shown = row[1].length() > 60 ? row[1].substring(0, 60) + "..." : row[1];
            m.check(row[0] + "('" + shown + "', " + base + ")", row[3], actual);
        }
        m.assertNone();
    }

    @Test
    void examples() {
        assertEquals(255L, NumberParser.parseInt(" 0x_ff ", 0));
        assertEquals(new BigInteger("123456789012345678901234567890"),
                NumberParser.parseInt("123_456_789_012_345_678_901_234_567_890", 10));
        assertEquals(Double.NEGATIVE_INFINITY, NumberParser.parseFloat("-Infinity"));
        assertEquals(1000.5, NumberParser.parseFloat("1_000.5"));
        assertEquals(255L, NumberParser.parseIntLiteral("0x_ff"));
        assertEquals(1000L, NumberParser.parseIntLiteral("1_000"));
        assertEquals(0.5, NumberParser.parseFloatLiteral(".5"));
        assertEquals(5.0, NumberParser.parseFloatLiteral("5."));
        assertEquals(1000.0, NumberParser.parseFloatLiteral("1e3"));
        FormatException e = assertThrows(FormatException.class, () -> NumberParser.parseInt("x", 10));
        assertEquals("invalid literal for int() with base 10: 'x'", e.getMessage());
        e = assertThrows(FormatException.class, () -> NumberParser.parseFloat("abc"));
        assertEquals("could not convert string to float: 'abc'", e.getMessage());
        assertThrows(FormatException.class, () -> NumberParser.parseIntLiteral("012"));
        assertThrows(FormatException.class, () -> NumberParser.parseIntLiteral("1__0"));
        assertThrows(FormatException.class, () -> NumberParser.parseFloatLiteral("1_.5"));
    }
}
