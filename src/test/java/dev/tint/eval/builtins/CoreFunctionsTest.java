package dev.tint.eval.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** min, max, sum, round and the other computing builtins; expected values from CPython 3.13. */
class CoreFunctionsTest extends BuiltinsTestSupport {
    private static final double NAN = Double.NaN;

    @Test
    void minAndMax() {
        assertEquals(1L, call("min", list(3L, 1L, 2L)));
        assertEquals(3L, call("max", 3L, 1L, 2L));
        assertEquals("c", callKw("max", kw("key"), "abc", builtin("ord")));
        assertEquals(NONE, callKw("min", kw("default"), list(), NONE));
        assertEquals(1.0, call("min", list(1.0, 1L)));
        assertEquals(1L, call("max", list(1L, 1.0)));
        assertRepr("(1, 'b')", call("max", list(tuple(1L, "a"), tuple(1L, "b"))));
        assertRepr("nan", call("max", list(NAN, 1L, 2L)));
        assertRepr("2", call("max", list(1L, NAN, 2L)));
        assertRepr("1", call("max", 1L, NAN));
        assertRaises("ValueError", "min() iterable argument is empty", () -> call("min", list()));
        assertRaises("ValueError", "max() iterable argument is empty", () -> callKw("max", kw("key"), list(), NONE));
        assertRaises("TypeError", "min expected at least 1 argument, got 0", () -> call("min"));
        assertRaises("TypeError", "min expected at least 1 argument, got 0", () -> callKw("min", kw("x"), 1L));
        assertRaises("TypeError", "Cannot specify a default for max() with multiple positional arguments",
                () -> callKw("max", kw("default"), 1L, 2L, 3L));
        assertRaises("TypeError", "'<' not supported between instances of 'str' and 'int'", () -> call("min", list(1L, "a")));
        assertRaises("TypeError", "'>' not supported between instances of 'str' and 'int'", () -> call("max", list(1L, "a")));
        assertRaises("TypeError", "'int' object is not callable", () -> callKw("max", kw("key"), list(1L), 1L));
        assertRaises("TypeError", "max() got an unexpected keyword argument 'defualt'. Did you mean 'default'?",
                () -> callKw("max", kw("defualt"), list(1L), 2L));
        assertRaises("TypeError", "min() got an unexpected keyword argument 'kye'", () -> callKw("min", kw("kye"), list(1L), NONE));
        assertRaises("TypeError", "'int' object is not iterable", () -> call("min", 1L));
    }

    @Test
    void sumCompensatesFloatsLikeCPython312() {
        PyListBuilder tenths = new PyListBuilder();
        for (int i = 0; i < 10; i++) {
            tenths.add(0.1);
        }
        assertEquals(1.0, call("sum", tenths.list));
        assertEquals(1.0, call("sum", list(1e100, 1.0, -1e100)));
        assertEquals(0.0, call("sum", list(1e100, 1L, -1e100))); // ints are added uncompensated
        assertEquals(0.6, call("sum", list(0.1, 0.2, 0.3)));
        assertRepr("inf", call("sum", list(1e308, 1e308, -1e308)));
        assertRepr("0.0", call("sum", list(-0.0)));
        assertRepr("-0.0", call("sum", list(-0.0), -0.0));
        assertRepr("-0.0", call("sum", list(), -0.0));
        assertRepr("9223372036854775808", call("sum", list(Long.MAX_VALUE, 1L)));
        assertRepr("18446744073709551620", call("sum", list(1L, BigInteger.TWO.pow(64), 3L)));
        assertRepr("2", call("sum", list(true, true)));
        assertRepr("13", callKw("sum", kw("start"), list(1L, 2L), 10L));
        assertRepr("[1, 2]", call("sum", list(list(1L), list(2L)), list()));
        assertRaises("TypeError", "unsupported operand type(s) for +: 'int' and 'str'", () -> call("sum", list("a")));
        assertRaises("TypeError", "sum() can't sum strings [use ''.join(seq) instead]", () -> call("sum", list(1L), ""));
        assertRaises("TypeError", "sum() takes at least 1 positional argument (0 given)", () -> call("sum"));
        assertRaises("TypeError", "sum() takes at least 1 positional argument (0 given)",
                () -> callKw("sum", kw("iterable"), list(1L)));
        assertRaises("TypeError", "sum() got an unexpected keyword argument 'strt'. Did you mean 'start'?",
                () -> callKw("sum", kw("strt"), list(), 1L));
    }

    @Test
    void roundIntsAndFloats() {
        assertRepr("2", call("round", 2.5));
        assertRepr("0", call("round", -0.5));
        assertRepr("1200", call("round", 1234L, -2L));
        assertRepr("1200", call("round", 1250L, -2L));
        assertRepr("1400", call("round", 1350L, -2L));
        assertRepr("-1200", call("round", -1250L, -2L));
        assertRepr("0", call("round", 12345L, -30L));
        assertRepr("1.2", call("round", 1.25, 1L));
        assertRepr("2.67", call("round", 2.675, 2L));
        assertRepr("5", call("round", 5L, NONE));
        assertRepr("1", call("round", true));
        assertRepr("100000000000000000000", call("round", 1e20));
        assertRepr("2", callKw("round", kw("number"), 1.5));
        assertRaises("OverflowError", "cannot convert float infinity to integer", () -> call("round", Double.POSITIVE_INFINITY));
        assertRaises("ValueError", "cannot convert float NaN to integer", () -> call("round", NAN));
        assertRaises("TypeError", "type str doesn't define __round__ method", () -> call("round", "a"));
        assertRaises("TypeError", "'str' object cannot be interpreted as an integer", () -> call("round", 1.5, "a"));
        assertRaises("TypeError", "round() missing required argument 'number' (pos 1)", () -> call("round"));
        assertRaises("TypeError", "round() takes at most 2 arguments (3 given)", () -> call("round", 1L, 2L, 3L));
    }

    @Test
    void arithmeticBuiltins() {
        assertRepr("9223372036854775808", call("abs", Long.MIN_VALUE));
        assertRepr("1", call("abs", true));
        assertRepr("0.0", call("abs", -0.0));
        assertRaises("TypeError", "bad operand type for abs(): 'str'", () -> call("abs", "a"));
        assertRepr("(-4, -1)", call("divmod", 7L, -2L));
        assertRepr("(-4.0, 0.5)", call("divmod", -7.5, 2L));
        assertRaises("ZeroDivisionError", "integer division or modulo by zero", () -> call("divmod", 7L, 0L));
        assertRaises("ZeroDivisionError", "float divmod()", () -> call("divmod", 7.5, 0L));
        assertRaises("TypeError", "unsupported operand type(s) for divmod(): 'str' and 'int'", () -> call("divmod", "a", 1L));
        assertRaises("TypeError", "divmod expected 2 arguments, got 1", () -> call("divmod", 1L));
        assertRepr("3", call("pow", 2L, -1L, 5L));
        assertRepr("8", callKw("pow", kw("base", "exp"), 2L, 3L));
        assertRaises("TypeError", "pow() missing required argument 'exp' (pos 2)", () -> call("pow", 2L));
        assertRaises("ValueError", "pow() 3rd argument cannot be 0", () -> call("pow", 2L, 3L, 0L));
    }

    @Test
    void charactersAndRadixes() {
        assertEquals("A", call("chr", 65L));
        assertRaises("ValueError", "chr() arg not in range(0x110000)", () -> call("chr", 0x110000L));
        assertRaises("ValueError", "chr() arg not in range(0x110000)", () -> call("chr", BigInteger.TWO.pow(70)));
        assertRaises("TypeError", "'float' object cannot be interpreted as an integer", () -> call("chr", 1.5));
        assertEquals(128512L, call("ord", "😀"));
        assertRaises("TypeError", "ord() expected a character, but string of length 2 found", () -> call("ord", "ab"));
        assertRaises("TypeError", "ord() expected string of length 1, but int found", () -> call("ord", 1L));
        assertEquals("-0b101", call("bin", -5L));
        assertEquals("-0xff", call("hex", -255L));
        assertEquals("0o10", call("oct", 8L));
        assertEquals("0x400000000000000000", call("hex", BigInteger.TWO.pow(70)));
        assertRaises("TypeError", "'float' object cannot be interpreted as an integer", () -> call("hex", 1.5));
        assertEquals("'\\xe9\\U0001f600'", call("ascii", "é😀"));
    }

    @Test
    void attributesAndTypes() {
        assertEquals(NONE, call("getattr", 1L, "x", NONE));
        assertRaises("AttributeError", "'int' object has no attribute 'x'", () -> call("getattr", 1L, "x"));
        assertRaises("TypeError", "attribute name must be string, not 'int'", () -> call("hasattr", 1L, 2L));
        assertRaises("TypeError", "getattr expected at least 2 arguments, got 1", () -> call("getattr", 1L));
        assertRaises("AttributeError", "'int' object has no attribute 'x' and no __dict__ for setting new attributes",
                () -> call("setattr", 1L, "x", 2L));
        assertRaises("AttributeError", "'int' object has no attribute 'x' and no __dict__ for setting new attributes",
                () -> call("delattr", 1L, "x"));
        assertEquals(true, call("hasattr", "a", "upper"));
        assertEquals(true, call("isinstance", 1L, tuple(dev.tint.eval.runtime.PyType.STR, tuple(dev.tint.eval.runtime.PyType.INT))));
        assertEquals(true, call("isinstance", 1L, tuple(dev.tint.eval.runtime.PyType.INT, 1L)));
        assertEquals(true, call("issubclass", dev.tint.eval.runtime.PyType.BOOL, dev.tint.eval.runtime.PyType.INT));
        assertRaises("TypeError", "isinstance() arg 2 must be a type, a tuple of types, or a union", () -> call("isinstance", 1L, 1L));
        assertRaises("TypeError", "issubclass() arg 1 must be a class", () -> call("issubclass", 1L, dev.tint.eval.runtime.PyType.INT));
        assertRaises("TypeError", "issubclass() arg 2 must be a class, a tuple of classes, or a union",
                () -> call("issubclass", dev.tint.eval.runtime.PyType.INT, 1L));
        assertEquals(dev.tint.eval.runtime.PyType.BOOL, call("type", true));
        assertRaises("TypeError", "type() takes 1 or 3 arguments", () -> call("type"));
        assertRaises("TypeError", "len() takes exactly one argument (2 given)", () -> call("len", 1L, 2L));
        assertRaises("TypeError", "object of type 'int' has no len()", () -> call("len", 5L));
        assertEquals(2L, call("len", "😀a"));
        assertEquals(true, call("callable", builtin("len")));
    }

    /** A tiny list builder for readability. */
    static final class PyListBuilder {
        final dev.tint.eval.runtime.PyList list = new dev.tint.eval.runtime.PyList();

        void add(Object o) {
            list.append(o);
        }
    }
}
