package dev.tint.eval.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tint.eval.runtime.PyType;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Calling the built-in types; expected values and messages from CPython 3.13. */
class ConstructorsTest extends BuiltinsTestSupport {
    private Object make(PyType t, Object... args) {
        return dev.tint.eval.runtime.Ops.call(t, args, null);
    }

    @Test
    void intParsesStringsNumbersAndBases() {
        assertEquals(31L, make(PyType.INT, "0x1f", 0L));
        assertEquals(3L, make(PyType.INT, "0b11", 0L));
        assertEquals(1000L, make(PyType.INT, " 1_000 ", 10L));
        assertEquals(0L, make(PyType.INT, "-0", 0L));
        assertEquals(42L, make(PyType.INT, " 42\n"));
        assertEquals(3L, make(PyType.INT, "٣"));
        assertEquals(1L, make(PyType.INT, 1.9));
        assertEquals(-1L, make(PyType.INT, -1.9));
        assertEquals(1L, make(PyType.INT, true));
        assertEquals(0L, make(PyType.INT));
        assertEquals(new BigInteger("1000000000000000019884624838656"), make(PyType.INT, 1e30));
        assertEquals(16L, dev.tint.eval.runtime.Ops.call(PyType.INT, new Object[] {"10", 16L}, kw("base")));
        assertRaises("ValueError", "invalid literal for int() with base 0: '010'", () -> make(PyType.INT, "010", 0L));
        assertRaises("ValueError", "invalid literal for int() with base 10: '1__0'", () -> make(PyType.INT, "1__0"));
        assertRaises("ValueError", "invalid literal for int() with base 10: '  '", () -> make(PyType.INT, "  "));
        assertRaises("ValueError", "int() base must be >= 2 and <= 36, or 0", () -> make(PyType.INT, "12", 37L));
        assertRaises("TypeError", "int() can't convert non-string with explicit base", () -> make(PyType.INT, 12L, 10L));
        assertRaises("OverflowError", "cannot convert float infinity to integer", () -> make(PyType.INT, Double.POSITIVE_INFINITY));
        assertRaises("ValueError", "cannot convert float NaN to integer", () -> make(PyType.INT, Double.NaN));
        assertRaises("TypeError", "int() argument must be a string, a bytes-like object or a real number, not 'list'",
                () -> make(PyType.INT, list()));
        assertRaises("TypeError", "int expected at most 2 arguments, got 3", () -> make(PyType.INT, 1L, 2L, 3L));
        assertRaises("TypeError", "int() missing string argument",
                () -> dev.tint.eval.runtime.Ops.call(PyType.INT, new Object[] {2L}, kw("base")));
        assertRaises("TypeError", "int() got an unexpected keyword argument 'bse'. Did you mean 'base'?",
                () -> dev.tint.eval.runtime.Ops.call(PyType.INT, new Object[] {"1", 2L}, kw("bse")));
    }

    @Test
    void floatParsesStringsAndNumbers() {
        assertEquals(100000.0, make(PyType.FLOAT, "1e5"));
        assertEquals(-1.5, make(PyType.FLOAT, " -1.5 "));
        assertEquals(10.5, make(PyType.FLOAT, "1_0.5"));
        assertRepr("-inf", make(PyType.FLOAT, "-Infinity"));
        assertRepr("1e+20", make(PyType.FLOAT, BigInteger.TEN.pow(20)));
        assertEquals(0.0, make(PyType.FLOAT));
        assertRaises("ValueError", "could not convert string to float: 'abc'", () -> make(PyType.FLOAT, "abc"));
        assertRaises("TypeError", "float() argument must be a string or a real number, not 'list'", () -> make(PyType.FLOAT, list()));
        assertRaises("OverflowError", "int too large to convert to float", () -> make(PyType.FLOAT, BigInteger.TEN.pow(400)));
        assertRaises("TypeError", "float expected at most 1 argument, got 2", () -> make(PyType.FLOAT, 1L, 2L));
    }

    @Test
    void containersAndOthers() {
        assertRepr("[0, 1, 2]", make(PyType.LIST, make(PyType.RANGE, 3L)));
        assertRepr("('a', 'b')", make(PyType.TUPLE, "ab"));
        assertRepr("{1: 2, 'a': 'b', 'x': 1}",
                dev.tint.eval.runtime.Ops.call(PyType.DICT, new Object[] {list(list(1L, 2L), "ab"), 1L}, kw("x")));
        assertRaises("ValueError", "dictionary update sequence element #0 has length 3; 2 is required",
                () -> make(PyType.DICT, list(tuple(1L, 2L, 3L))));
        assertRaises("TypeError", "dict expected at most 1 argument, got 2", () -> make(PyType.DICT, list(), list()));
        assertRaises("TypeError", "list expected at most 1 argument, got 2", () -> make(PyType.LIST, 1L, 2L));
        assertRaises("TypeError", "'int' object is not iterable", () -> make(PyType.LIST, 1L));
        assertRaises("TypeError", "set() takes no keyword arguments",
                () -> dev.tint.eval.runtime.Ops.call(PyType.SET, new Object[] {1L}, kw("x")));
        assertRepr("range(0, 5)", make(PyType.RANGE, 5L));
        assertRepr("range(1, 3)", make(PyType.RANGE, true, 3L));
        assertRaises("TypeError", "'float' object cannot be interpreted as an integer", () -> make(PyType.RANGE, 1.5));
        assertRaises("ValueError", "range() arg 3 must not be zero", () -> make(PyType.RANGE, 1L, 2L, 0L));
        assertRaises("TypeError", "range expected at least 1 argument, got 0", () -> make(PyType.RANGE));
        assertRepr("slice(None, 5, None)", make(PyType.SLICE, 5L));
        assertRaises("TypeError", "object() takes no arguments", () -> make(PyType.OBJECT, 1L));
        assertEquals("5", dev.tint.eval.runtime.Ops.call(PyType.STR, new Object[] {5L}, kw("object")));
        assertRaises("TypeError", "decoding to str: need a bytes-like object, int found", () -> make(PyType.STR, 1L, "utf-8"));
        assertEquals(false, make(PyType.BOOL));
        assertEquals(NONE, make(PyType.NONE_TYPE));
        assertRaises("TypeError", "NoneType takes no arguments", () -> make(PyType.NONE_TYPE, 1L));
    }
}
