package dev.tint.eval.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** round(), //, %, int(), hash() against CPython 3.13 (float-round.tsv, float-math.tsv). */
class FloatMathTest {

    @Test
    void roundMatchesCPython() {
        CPythonTable.Mismatches m = new CPythonTable.Mismatches("float-round.tsv");
        for (String[] row : CPythonTable.rows("float-round.tsv")) {
            double x = (Double) CPythonTable.value(row[0]);
            String actual;
            if (row[1].equals("None")) {
                actual = CPythonTable.outcome(() -> FloatMath.roundToInt(x));
            } else {
                // CPython clips an out-of-range ndigits to Py_ssize_t.
                BigInteger n = new BigInteger(row[1]);
                long ndigits = n.bitLength() < 64 ? n.longValue() : n.signum() * Long.MAX_VALUE;
                actual = CPythonTable.outcome(() -> FloatMath.round(x, ndigits));
            }
            m.check("round(" + row[0] + ", " + row[1] + ")", row[2], actual);
        }
        m.assertNone();
    }

    @Test
    void arithmeticAndHashMatchCPython() {
        CPythonTable.Mismatches m = new CPythonTable.Mismatches("float-math.tsv");
        for (String[] row : CPythonTable.rows("float-math.tsv")) {
            Object a = CPythonTable.value(row[1]);
            String actual = switch (row[0]) {
                case "floordiv" -> CPythonTable.outcome(
                        () -> FloatMath.floorDiv((Double) a, (Double) CPythonTable.value(row[2])));
                case "mod" -> CPythonTable.outcome(
                        () -> FloatMath.mod((Double) a, (Double) CPythonTable.value(row[2])));
                case "hashf" -> CPythonTable.outcome(() -> FloatMath.hash((Double) a));
                case "hashi" -> CPythonTable.outcome(() -> a instanceof Long l ? FloatMath.hash(l)
                        : FloatMath.hash((BigInteger) a));
                case "roundint" -> CPythonTable.outcome(() -> FloatMath.roundToInt((Double) a));
                case "trunc" -> CPythonTable.outcome(() -> FloatMath.truncToInt((Double) a));
                default -> throw new IllegalArgumentException(row[0]);
            };
            m.check(row[0] + "(" + row[1] + ", " + row[2] + ")", canonicalNaN(row[3]), canonicalNaN(actual));
        }
        m.assertNone();
    }

    /** NaN bit patterns differ between C and Java arithmetic; Python cannot tell them apart. */
    private static String canonicalNaN(String outcome) {
        if (outcome.startsWith("=f:")) {
            double d = Double.longBitsToDouble(Long.parseUnsignedLong(outcome.substring(3), 16));
            if (Double.isNaN(d)) {
                return "=f:nan";
            }
        }
        return outcome;
    }

    @Test
    void examples() {
        assertEquals(2.67, FloatMath.round(2.675, 2));
        assertEquals(0L, FloatMath.roundToInt(0.5));
        assertEquals(2L, FloatMath.roundToInt(1.5));
        assertEquals(-0.0, FloatMath.round(-0.5, 0));
        assertEquals(1200.0, FloatMath.round(1234.5, -2));
        assertEquals(0.5, FloatMath.mod(-7.5, 2));
        assertEquals(-4.0, FloatMath.floorDiv(-7.5, 2));
        assertEquals(-2, FloatMath.hash(-1L));
        assertEquals(314159, FloatMath.hash(Double.POSITIVE_INFINITY));
        assertEquals(FloatMath.hash(1L << 62), FloatMath.hash(0x1p62));
        FormatException e = assertThrows(FormatException.class, () -> FloatMath.roundToInt(Double.NaN));
        assertEquals("ValueError", e.pythonType());
        assertEquals("cannot convert float NaN to integer", e.getMessage());
        e = assertThrows(FormatException.class, () -> FloatMath.roundToInt(Double.NEGATIVE_INFINITY));
        assertEquals("OverflowError", e.pythonType());
        assertEquals("cannot convert float infinity to integer", e.getMessage());
    }
}
