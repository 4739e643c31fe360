package dev.tint.eval.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyBuiltin;
import dev.tint.eval.runtime.PyDict;
import dev.tint.eval.runtime.PyList;
import org.junit.jupiter.api.Test;

/** zip, map, filter, enumerate, reversed, iter and next. */
class IteratorBuiltinsTest extends BuiltinsTestSupport {
    private Object listOf(Object iterable) {
        return Constructors.listOf(iterable);
    }

    @Test
    void zipStrictNamesTheOddArgument() {
        assertRepr("[(1, 3), (2, 4)]", listOf(call("zip", list(1L, 2L), list(3L, 4L))));
        assertRaises("ValueError", "zip() argument 2 is longer than argument 1",
                () -> listOf(callKw("zip", kw("strict"), list(1L), list(2L, 3L), true)));
        assertRaises("ValueError", "zip() argument 2 is shorter than argument 1",
                () -> listOf(callKw("zip", kw("strict"), list(1L, 2L), list(2L), true)));
        assertRaises("ValueError", "zip() argument 3 is longer than arguments 1-2",
                () -> listOf(callKw("zip", kw("strict"), list(1L), list(2L), list(3L, 4L), true)));
        assertRaises("ValueError", "zip() argument 3 is shorter than arguments 1-2",
                () -> listOf(callKw("zip", kw("strict"), list(1L, 2L), list(2L, 3L), list(3L), true)));
        assertRaises("TypeError", "zip() got an unexpected keyword argument 'strct'. Did you mean 'strict'?",
                () -> callKw("zip", kw("strct"), list(), true));
        assertRepr("[]", listOf(call("zip")));
    }

    @Test
    void lazyMapFilterEnumerate() {
        PyList calls = new PyList();
        Object twice = new PyBuiltin("twice", "", (a, k) -> {
            calls.append(a[0]);
            return dev.tint.eval.runtime.Arith.mul(a[0], 2L);
        });
        Object mapped = call("map", twice, list(1L, 2L, 3L));
        assertRepr("[]", calls);
        assertEquals(2L, call("next", mapped));
        assertRepr("[1]", calls);
        assertRepr("[1, 16]", listOf(call("map", builtin("pow"), list(1L, 2L), list(3L, 4L, 5L))));
        assertRepr("[1, 2]", listOf(call("filter", NONE, list(0L, 1L, 2L, "", NONE))));
        assertRepr("[(5, 'a'), (6, 'b')]", listOf(callKw("enumerate", kw("start"), "ab", 5L)));
        assertRaises("TypeError", "map() must have at least two arguments.", () -> call("map", builtin("len")));
        assertRaises("TypeError", "filter expected 2 arguments, got 1", () -> call("filter", NONE));
        assertRaises("TypeError", "enumerate() missing required argument 'iterable'", () -> call("enumerate"));
        assertRaises("TypeError", "'stat' is an invalid keyword argument for enumerate()",
                () -> callKw("enumerate", kw("stat"), list(), 1L));
        assertRaises("TypeError", "'int' object is not iterable", () -> call("map", builtin("len"), 1L));
        assertEquals(IteratorBuiltins.MAP, Ops.typeOf(call("map", builtin("len"), list())));
        assertEquals(true, call("isinstance", call("zip"), builtin("zip")));
    }

    @Test
    void reversedPicksTheRightIterator() {
        assertRepr("[3, 2, 1]", listOf(call("reversed", list(1L, 2L, 3L))));
        assertRepr("[7, 4, 1]", listOf(call("reversed", call("range", 1L, 10L, 3L))));
        assertRepr("['é', 'b', 'a']", listOf(call("reversed", "abé")));
        PyDict d = new PyDict();
        d.put("a", 1L);
        d.put("b", 2L);
        assertRepr("[('b', 2), ('a', 1)]", listOf(call("reversed", method(d, "items"))));
        String[] names = {"list_reverseiterator", "reversed", "reversed", "range_iterator", "dict_reversekeyiterator",
            "dict_reverseitemiterator", "dict_reversevalueiterator"};
        Object[] sources = {list(), tuple(), "a", call("range", 2L), d, method(d, "items"), method(d, "values")};
        for (int i = 0; i < names.length; i++) {
            assertEquals(names[i], Ops.typeName(call("reversed", sources[i])));
        }
        assertRaises("TypeError", "'set' object is not reversible", () -> call("reversed", new dev.tint.eval.runtime.PySet()));
        assertRaises("TypeError", "'int' object is not reversible", () -> call("reversed", 1L));
        assertRaises("TypeError", "reversed expected 1 argument, got 0", () -> call("reversed"));
    }

    @Test
    void iterAndNext() {
        Object it = call("iter", list(1L, 2L));
        assertEquals(1L, call("next", it));
        assertEquals(2L, call("next", it));
        assertEquals("end", call("next", it, "end"));
        assertRaises("StopIteration", "", () -> call("next", it));
        assertRaises("TypeError", "'list' object is not an iterator", () -> call("next", list()));
        assertRaises("TypeError", "iter(v, w): v must be callable", () -> call("iter", 5L, 1L));
        assertRaises("TypeError", "'int' object is not iterable", () -> call("iter", 5L));
        Object source = call("iter", list(3L, 2L, 1L, 0L, 5L));
        Object pull = new PyBuiltin("pull", "", (a, k) -> call("next", source));
        Object untilZero = call("iter", pull, 0L);
        assertEquals("callable_iterator", Ops.typeName(untilZero));
        assertRepr("[3, 2, 1]", listOf(untilZero));
    }
}
