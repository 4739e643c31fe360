package dev.tint.eval.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tint.eval.runtime.PyDict;
import dev.tint.eval.runtime.PyList;
import dev.tint.eval.runtime.PySet;
import dev.tint.eval.runtime.PyType;
import org.junit.jupiter.api.Test;

/** list, tuple, dict and set methods; set results must print in CPython's order. */
class CollectionMethodsTest extends BuiltinsTestSupport {
    private static PySet set(long... values) {
        PySet s = new PySet();
        for (long v : values) {
            s.add(v);
        }
        return s;
    }

    @Test
    void listMethods() {
        assertEquals(2L, method(list(1L, 2L, 3L), "index", 3L, -1L));
        assertEquals(0L, method(list(1L, 2L, 3L), "index", 1L, -10L, 10L));
        assertRaises("ValueError", "2 is not in list", () -> method(list(1L), "index", 2L));
        assertRaises("ValueError", "'a' is not in list", () -> method(list(1L), "index", "a"));
        assertRaises("TypeError", "slice indices must be integers or have an __index__ method", () -> method(list(1L), "index", 1L, "a"));
        assertRaises("TypeError", "list.index() takes no keyword arguments", () -> methodKw(list(), "index", kw("x"), 1L));
        assertRaises("IndexError", "pop from empty list", () -> method(list(), "pop"));
        assertRaises("IndexError", "pop index out of range", () -> method(list(1L, 2L), "pop", -3L));
        assertRaises("TypeError", "pop expected at most 1 argument, got 2", () -> method(list(1L), "pop", 1L, 2L));
        assertRaises("TypeError", "insert expected 2 arguments, got 1", () -> method(list(), "insert", 1L));
        assertRaises("ValueError", "list.remove(x): x not in list", () -> method(list(), "remove", 1L));
        assertRaises("TypeError", "list.append() takes exactly one argument (2 given)", () -> method(list(), "append", 1L, 2L));
        assertRaises("TypeError", "list.copy() takes no arguments (1 given)", () -> method(list(), "copy", 1L));
        PyList l = list(0L, 1L, 2L);
        method(l, "insert", -100L, "a");
        method(l, "insert", 100L, "b");
        method(l, "insert", -1L, "c");
        assertRepr("['a', 0, 1, 2, 'c', 'b']", l);
        PyList self = list(1L, 2L);
        method(self, "extend", self);
        assertRepr("[1, 2, 1, 2]", self);
        Double nan = Double.NaN;
        assertEquals(1L, method(list(nan), "count", nan)); // identity implies equality, as in CPython
        assertEquals(2L, method(tuple(1L, 2L, 1L), "index", 1L, 1L));
        assertRaises("ValueError", "tuple.index(x): x not in tuple", () -> method(tuple(1L), "index", 2L));
        assertRaises("TypeError", "tuple.count() takes exactly one argument (0 given)", () -> method(tuple(1L), "count"));
    }

    @Test
    void dictMethods() {
        PyDict d = new PyDict();
        methodKw(d, "update", kw("b"), list(tuple("a", 1L)), 2L);
        assertRepr("{'a': 1, 'b': 2}", d);
        method(d, "update", methodKw(new PyDict(), "copy", null));
        PyDict other = new PyDict();
        other.put("c", 3L);
        method(d, "update", method(other, "items"));
        assertRepr("{'a': 1, 'b': 2, 'c': 3}", d);
        assertRepr("('c', 3)", method(d, "popitem"));
        assertEquals(NONE, method(d, "pop", 5L, NONE));
        assertEquals(NONE, method(d, "setdefault", "z"));
        assertEquals(1L, method(d, "setdefault", "a", 5L));
        assertRaises("KeyError", "1", () -> method(new PyDict(), "pop", 1L));
        assertRaises("KeyError", "'popitem(): dictionary is empty'", () -> method(new PyDict(), "popitem"));
        assertRaises("TypeError", "cannot convert dictionary update sequence element #0 to a sequence",
                () -> method(new PyDict(), "update", list(1L)));
        assertRaises("TypeError", "update expected at most 1 argument, got 2", () -> method(new PyDict(), "update", list(), list()));
        assertRaises("TypeError", "dict.keys() takes no arguments (1 given)", () -> method(new PyDict(), "keys", 1L));
        assertRaises("TypeError", "get expected at least 1 argument, got 0", () -> method(new PyDict(), "get"));
        Object fromkeys = PyType.DICT.dict().get("fromkeys");
        assertRepr("{'a': 0, 'b': 0}", dev.tint.eval.runtime.Ops.call(fromkeys, "ab", 0L));
        assertRepr("{1: None, 2: None}", method(new PyDict(), "fromkeys", list(1L, 2L)));
        assertRaises("TypeError", "dict.fromkeys() takes no keyword arguments",
                () -> dev.tint.eval.runtime.Ops.call(fromkeys, new Object[] {list()}, kw("iterable")));
    }

    @Test
    void setResultsKeepCPythonsLayout() {
        // Expected orders printed by CPython 3.13 for sets built by adding in this order.
        assertRepr("{9, 1}", method(set(1, 9), "intersection", set(9, 1)));
        assertRepr("{17, 1, 9}", method(set(1, 9), "symmetric_difference", set(17)));
        assertRepr("{1, 25, 17}", method(set(1, 9, 17, 25, 33, 41), "symmetric_difference", set(41, 33, 9)));
        PySet s = set(1, 9, 17, 25);
        method(s, "discard", 9L);
        method(s, "add", 33L);
        assertRepr("{1, 33, 17, 25}", s);
        PySet r = set(1, 9, 17, 25);
        method(r, "remove", 9L);
        method(r, "add", 9L);
        assertRepr("{1, 25, 9, 17}", r);
        PySet big = new PySet();
        for (long i = 0; i < 64; i++) {
            big.add(i);
        }
        PySet evens = new PySet();
        for (long i = 0; i < 64; i += 2) {
            evens.add(i);
        }
        method(big, "difference_update", evens);
        method(big, "add", 100L);
        method(big, "add", 64L);
        assertRepr("{1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41, 43, 45, 47, 49, 51, 53, "
                + "55, 57, 59, 61, 63, 64, 100}", big);
        assertRepr("{1, 2, 3, 4}", method(set(1, 2), "union", list(3L), list(4L)));
        assertRepr("{3}", method(set(1, 2, 3), "intersection", list(2L, 3L), list(3L)));
        assertRepr("{3}", method(set(1, 2, 3), "difference", list(1L), list(2L)));
        PySet u = set(1, 2, 3);
        method(u, "intersection_update", list(2L, 3L, 4L), list(3L));
        assertRepr("{3}", u);
        PySet x = set(1, 2, 3);
        method(x, "symmetric_difference_update", list(3L, 4L));
        assertRepr("{1, 2, 4}", x);
        assertEquals(false, method(set(1), "isdisjoint", list(1L)));
        assertEquals(true, method(set(1), "issubset", list(1L, 2L)));
        assertEquals(true, method(set(1, 2), "issuperset", list(1L)));
    }

    @Test
    void frozensetsAndSetErrors() {
        PySet f = SetOpsHelper.frozen(1, 9, 17);
        assertRepr("frozenset({1, 25, 9, 17})", method(f, "union", set(25)));
        assertEquals(f, method(f, "copy"));
        assertRaises("AttributeError", "'frozenset' object has no attribute 'add'", () -> dev.tint.eval.runtime.Ops.getAttr(f, "add"));
        assertRaises("KeyError", "'pop from an empty set'", () -> method(new PySet(), "pop"));
        assertRaises("KeyError", "2", () -> method(set(1), "remove", 2L));
        assertRaises("TypeError", "unhashable type: 'list'", () -> method(new PySet(), "add", list()));
        assertRaises("TypeError", "set.symmetric_difference() takes exactly one argument (2 given)",
                () -> method(set(1), "symmetric_difference", list(), list()));
        assertRaises("TypeError", "descriptor 'union' for 'set' objects doesn't apply to a 'list' object",
                () -> dev.tint.eval.runtime.Ops.call(PyType.SET.dict().get("union"), list(1L), list(2L)));
        PySet withFrozen = new PySet();
        withFrozen.add(SetOpsHelper.frozen(1));
        method(withFrozen, "remove", set(1));
        assertEquals(0, withFrozen.size());
    }

    /** Builds frozensets. */
    static final class SetOpsHelper {
        static PySet frozen(long... values) {
            PySet s = new PySet(true);
            for (long v : values) {
                s.add(v);
            }
            return s;
        }
    }
}
