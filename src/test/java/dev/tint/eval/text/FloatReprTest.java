package dev.tint.eval.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** repr(float) against CPython 3.13 (src/test/resources/float-repr.tsv, from scripts/gen-float-repr). */
class FloatReprTest {

    @Test
    void matchesCPythonOnTheReferenceTable() {
        List<String[]> rows = CPythonTable.rows("float-repr.tsv");
        assertTrue(rows.size() >= 10_000, "the table should hold at least 10,000 doubles");
        CPythonTable.Mismatches m = new CPythonTable.Mismatches("float-repr.tsv");
        for (String[] row : rows) {
            double x = Double.longBitsToDouble(Long.parseUnsignedLong(row[0], 16));
            m.check(row[0], row[1], FloatRepr.repr(x));
        }
        m.assertNone();
    }

    @Test
    void layoutExamples() {
        assertEquals("1e+16", FloatRepr.repr(1e16));
        assertEquals("1000000000000000.0", FloatRepr.repr(1e15));
        assertEquals("1.5e-07", FloatRepr.repr(1.5e-7));
        assertEquals("1e-05", FloatRepr.repr(1e-5));
        assertEquals("0.0001", FloatRepr.repr(1e-4));
        assertEquals("100.0", FloatRepr.repr(100.0));
        assertEquals("-0.0", FloatRepr.repr(-0.0));
        assertEquals("inf", FloatRepr.repr(Double.POSITIVE_INFINITY));
        assertEquals("-inf", FloatRepr.repr(Double.NEGATIVE_INFINITY));
        assertEquals("nan", FloatRepr.repr(Double.NaN));
        assertEquals("5e-324", FloatRepr.repr(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", FloatRepr.repr(Double.MAX_VALUE));
        assertEquals("0.30000000000000004", FloatRepr.repr(0.1 + 0.2));
        // Java 17's Double.toString gives "2.0E-3"-style layouts and sometimes extra digits.
        assertEquals("2e-05", FloatRepr.repr(2e-5));
        assertEquals("1e+23", FloatRepr.repr(1e23));
    }

    @Test
    void roundTripsRandomDoubles() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(42);
        for (int i = 0; i < 200_000; i++) {
            double x = Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(x) || Double.isInfinite(x)) {
                continue;
            }
            String r = FloatRepr.repr(x);
            assertEquals(x, Double.parseDouble(r), r);
        }
    }
}
