package dev.tint.eval.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** format(value, spec) against CPython 3.13 (format-spec.tsv, from scripts/gen-number-text-tables). */
class NumberFormatterTest {

    /** Tint's format(value, spec) for a table value. */
    static String format(Object value, String spec) {
        if (value instanceof CPythonTable.PyBool b) {
            return NumberFormatter.formatBool(b.value(), spec);
        }
        if (value instanceof Long l) {
            return NumberFormatter.formatInt(l, spec);
        }
        if (value instanceof BigInteger big) {
            return NumberFormatter.formatInt(big, spec);
        }
        if (value instanceof Double d) {
            return NumberFormatter.formatFloat(d, spec);
        }
        return NumberFormatter.formatString((String) value, spec);
    }

    @Test
    void matchesCPythonOnTheReferenceTable() {
        CPythonTable.Mismatches m = new CPythonTable.Mismatches("format-spec.tsv");
        for (String[] row : CPythonTable.rows("format-spec.tsv")) {
            Object value = CPythonTable.value(row[0]);
            String spec = CPythonTable.unescape(row[1]);
            m.check("format(" + row[0] + ", '" + row[1] + "')", row[2],
                    CPythonTable.outcome(() -> format(value, spec)));
        }
        m.assertNone();
    }

    @Test
    void examples() {
        assertEquals("1", NumberFormatter.formatBool(true, "d"));
        assertEquals("True", NumberFormatter.formatBool(true, ""));
        assertEquals("-000,000,001,234,567", NumberFormatter.formatInt(-1234567, "020,"));
        assertEquals("0x000000ff", NumberFormatter.formatInt(255, "#010x"));
        assertEquals("1_0000_0000", NumberFormatter.formatInt(1L << 32, "_x"));
        assertEquals("12,345.68", NumberFormatter.formatFloat(12345.678, ",.2f"));
        assertEquals("2.67", NumberFormatter.formatFloat(2.675, ".2f"));
        assertEquals("0.0", NumberFormatter.formatFloat(-0.0001, "z.1f"));
        assertEquals("1.23e+02", NumberFormatter.formatFloat(123.0, ".3"));
        assertEquals("  abc   ", NumberFormatter.formatString("abc", "^8"));
        assertEquals("100%", NumberFormatter.formatInt(1, ".0%"));
    }

    @Test
    void errorsCarryCPythonsTypeAndMessage() {
        FormatException e = assertThrows(FormatException.class, () -> NumberFormatter.formatFloat(1.5, "d"));
        assertEquals("ValueError", e.pythonType());
        assertEquals("Unknown format code 'd' for object of type 'float'", e.getMessage());
        e = assertThrows(FormatException.class, () -> NumberFormatter.formatString("a", "+"));
        assertEquals("Sign not allowed in string format specifier", e.getMessage());
        e = assertThrows(FormatException.class, () -> NumberFormatter.formatString("a", ",s"));
        assertEquals("Cannot specify ',' with 's'.", e.getMessage());
        e = assertThrows(FormatException.class, () -> NumberFormatter.formatInt(1, ".2d"));
        assertEquals("Precision not allowed in integer format specifier", e.getMessage());
        e = assertThrows(FormatException.class, () -> NumberFormatter.formatInt(0x110000, "c"));
        assertEquals("OverflowError", e.pythonType());
        e = assertThrows(FormatException.class, () -> NumberFormatter.formatBool(true, "q"));
        assertEquals("Unknown format code 'q' for object of type 'bool'", e.getMessage());
    }

    @Test
    void parsesTheMiniLanguage() {
        FormatSpec s = FormatSpec.parseForFloat("*^+z#012_.3e");
        assertEquals(new FormatSpec('*', '^', '+', true, true, 12, '_', 3, 'e'), s);
        FormatSpec zero = FormatSpec.parseForInt("08", "int");
        assertEquals('=', zero.align());
        assertEquals('0', zero.fill());
        assertEquals('<', FormatSpec.parseForString("08").align());
        FormatException e = assertThrows(FormatException.class, () -> FormatSpec.parseForInt("10.2fx", "int"));
        assertEquals("Invalid format specifier '10.2fx' for object of type 'int'", e.getMessage());
    }
}
