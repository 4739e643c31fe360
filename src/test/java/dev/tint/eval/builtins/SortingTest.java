package dev.tint.eval.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tint.eval.runtime.NotImplemented;
import dev.tint.eval.runtime.PyList;
import dev.tint.eval.runtime.PyObject;
import dev.tint.eval.runtime.PyOrderable;
import dev.tint.eval.runtime.PyReprable;
import dev.tint.eval.runtime.PyType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * sorted() and list.sort(): CPython's algorithm asks the same "<" questions in the same order,
 * so the comparison logs below (recorded from CPython 3.13 with a logging __lt__) must match.
 */
class SortingTest extends BuiltinsTestSupport {
    private static final PyType K_TYPE = new PyType("K", PyType.OBJECT).withModule("__main__");

    /** A value whose "<" is logged, like a class with __lt__ appending (self.v, other.v). */
    static final class K implements PyObject, PyOrderable, PyReprable {
        final long v;
        final List<String> log;

        K(long v, List<String> log) {
            this.v = v;
            this.log = log;
        }

        @Override
        public Object pyCompare(String op, Object other) {
            if (!op.equals("<") || !(other instanceof K k)) {
                return NotImplemented.VALUE;
            }
            log.add("(" + v + ", " + k.v + ")");
            return v < k.v;
        }

        @Override
        public String pyRepr() {
            return "K" + v;
        }

        @Override
        public PyType type() {
            return K_TYPE;
        }
    }

    private static PyList ks(List<String> log, long... values) {
        PyList l = new PyList();
        for (long v : values) {
            l.append(new K(v, log));
        }
        return l;
    }

    private static String md5(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void asksTheSameQuestionsAsCPython() throws Exception {
        List<String> log = new ArrayList<>();
        Sorting.sortList(ks(log, 5, 3, 8, 1, 9, 2, 7, 3, 3, 0, 4, 6), null, false);
        assertEquals("[(3, 5), (8, 3), (3, 8), (8, 5), (1, 8), (1, 5), (1, 3), (9, 5), (9, 8), (2, 5), (2, 3), (2, 1), "
                + "(7, 5), (7, 9), (7, 8), (3, 5), (3, 2), (3, 3), (3, 5), (3, 3), (3, 3), (0, 3), (0, 3), (0, 2), (0, 1), "
                + "(4, 3), (4, 8), (4, 7), (4, 5), (6, 3), (6, 7), (6, 5)]", log.toString());

        long[] vals2 = {7, 18, 17, 4, 11, 29, 19, 15, 20, 18, 2, 19, 0, 29, 26, 15, 8, 17, 7, 6, 22, 15, 17, 26, 17, 15,
            12, 20, 27, 4, 7, 20, 4, 27, 29, 16, 12, 23, 0, 21, 24, 2, 5, 24, 30, 18, 1, 9, 24, 0, 26, 27, 8, 15, 19, 23,
            29, 28, 12, 22, 25, 29, 13, 12, 23, 25, 18, 14, 30, 29, 4, 28, 11, 3, 1, 4, 15, 6, 8, 30, 21, 13, 24, 20, 27,
            9, 13, 16, 26, 12, 18, 11, 17, 18, 13, 18, 7, 28, 10, 21, 29, 29, 0, 27, 8, 19, 21, 22, 5, 22, 27, 10, 30, 17,
            28, 18, 18, 3, 22, 20, 6, 20, 26, 18, 8, 9, 3, 2, 15, 27, 20, 15, 2, 11, 25, 2, 13, 28, 4, 0, 9, 13, 24, 13, 27,
            3, 1, 19, 19, 24};
        log.clear();
        Sorting.sortList(ks(log, vals2), null, false);
        assertEquals(887, log.size());
        assertEquals("4c42dfc24c2ddb1f62601a54c3acfd93", md5(log.toString()));

        long[] vals3 = new long[100];
        long[] pattern = {9, 8, 8, 7, 7, 7, 3, 2, 2, 1};
        for (int i = 0; i < 100; i++) {
            vals3[i] = pattern[i % 10];
        }
        log.clear();
        Sorting.sortList(ks(log, vals3), null, false);
        assertEquals(494, log.size());
        assertEquals("ca8b08a34dd6ec12a94a0b0b7a694660", md5(log.toString()));
    }

    @Test
    void stableWithKeyAndReverse() {
        PyList pairs = list(tuple(1L, "a"), tuple(0L, "b"), tuple(1L, "c"), tuple(0L, "d"), tuple(2L, "e"), tuple(1L, "f"));
        assertRepr("[(0, 'b'), (0, 'd'), (1, 'a'), (1, 'c'), (1, 'f'), (2, 'e')]",
                Sorting.sorted(pairs, null, false));
        // Equal keys keep their order, also when reversed.
        PyList words = list("bb", "a", "ccc", "dd", "e", "fff");
        assertRepr("['a', 'e', 'bb', 'dd', 'ccc', 'fff']", Sorting.sorted(words, builtin("len"), false));
        assertRepr("['ccc', 'fff', 'bb', 'dd', 'a', 'e']", Sorting.sorted(words, builtin("len"), true));
        assertRepr("['fff', 'e', 'dd', 'ccc', 'bb', 'a']", callKw("sorted", kw("reverse"), words, 1L));
    }

    @Test
    void nansStayWhereCPythonLeavesThem() {
        double nan = Double.NaN;
        assertRepr("[1.0, nan, 0.0, 2.0, 3.0]", Sorting.sorted(list(1.0, nan, 0.0, 3.0, 2.0), null, false));
        assertRepr("[0.0, 1.0, nan, 2.0, 3.0]", Sorting.sorted(list(3.0, 1.0, nan, 2.0, 0.0), null, false));
    }

    @Test
    void errorsAndModification() {
        assertRaises("TypeError", "'<' not supported between instances of 'str' and 'int'", () -> call("sorted", list(1L, "a")));
        assertRaises("TypeError", "sort() got an unexpected keyword argument 'cmp'", () -> callKw("sorted", kw("cmp"), list(1L), 1L));
        assertRaises("TypeError", "sorted expected 1 argument, got 0", () -> call("sorted"));
        assertRaises("TypeError", "sorted expected 1 argument, got 2", () -> call("sorted", list(1L), 1L));
        assertRaises("TypeError", "sort() takes no positional arguments", () -> method(list(), "sort", 1L));
        assertRaises("TypeError", "sort() got an unexpected keyword argument 'ky'. Did you mean 'key'?",
                () -> methodKw(list(), "sort", kw("ky"), 1L));
        PyList l = list(3L, 1L, 2L);
        Object appender = new dev.tint.eval.runtime.PyBuiltin("bad", "", (a, k) -> {
            l.append(1L);
            return a[0];
        });
        assertRaises("ValueError", "list modified during sort", () -> methodKw(l, "sort", kw("key"), appender));
        assertRepr("[1, 2, 3]", l);
        PyList seen = new PyList();
        PyList l2 = list(3L, 1L, 2L);
        Object peek = new dev.tint.eval.runtime.PyBuiltin("peek", "", (a, k) -> {
            seen.append((long) l2.size());
            return a[0];
        });
        methodKw(l2, "sort", kw("key"), peek);
        assertRepr("[0, 0, 0]", seen);
        assertRepr("[1, 2, 3]", l2);
    }

    @Test
    void mixedNumbersSortByValue() {
        assertRepr("[-2, 1, True, 2.0, 3.5]", call("sorted", list(3.5, 1L, true, -2L, 2.0)));
        assertRepr("[(0, 'z'), (1, 'a'), (1, 'b')]", call("sorted", list(tuple(1L, "b"), tuple(1L, "a"), tuple(0L, "z"))));
    }
}
