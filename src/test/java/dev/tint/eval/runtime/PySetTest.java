package dev.tint.eval.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Sets must iterate in CPython's table order, which programs print. Expected orders from CPython 3.13. */
class PySetTest {
    private static String order(long... values) {
        PySet s = new PySet();
        for (long v : values) {
            s.add(v);
        }
        return Reprs.repr(s);
    }

    @Test
    void smallIntsLandInTheirOwnSlots() {
        assertEquals("{1, 2, 3}", order(3, 1, 2));
        assertEquals("{10, 5}", order(10, 5));
        assertEquals("{16, 1, 9}", order(1, 9, 16));
    }

    @Test
    void growthRehashesInTableOrder() {
        long[] values = new long[20];
        for (int i = 0; i < values.length; i++) {
            values[i] = 19 - i;
        }
        assertEquals("{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19}", order(values));
    }

    @Test
    void popTakesFromTheFinger() {
        PySet s = new PySet();
        s.add(5L);
        s.add(1L);
        assertEquals(1L, s.pop());
        assertEquals(5L, s.pop());
    }
}
