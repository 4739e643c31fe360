package dev.tint.eval.builtins;

import dev.tint.error.ScriptError;
import dev.tint.eval.runtime.Comparisons;
import dev.tint.eval.runtime.Iteration;
import dev.tint.eval.runtime.PyDict;
import dev.tint.eval.runtime.PyIterator;
import dev.tint.eval.runtime.PyList;
import dev.tint.eval.runtime.PySet;
import dev.tint.eval.runtime.PyTuple;
import dev.tint.eval.runtime.Reprs;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * pydoc's TextRepr (a reprlib.Repr): the shortened reprs help() shows for data values, e.g.
 * {@code [1, 2, ..., 20, ...]}, long strings cut in the middle, dict keys and set items sorted.
 */
final class HelpRepr {
    private static final int MAX_LEVEL = 6;
    private static final int MAX_LIST = 20;
    private static final int MAX_TUPLE = 20;
    private static final int MAX_DICT = 10;
    private static final int MAX_SET = 6;
    private static final int MAX_STRING = 100;
    private static final int MAX_OTHER = 100;
    private static final int MAX_LONG = 40;
    private static final String FILL = "...";
    private static final Pattern ID = Pattern.compile(" at 0x[0-9a-f]{6,16}(>+)$", Pattern.CASE_INSENSITIVE);

    private HelpRepr() {}

    static String repr(Object x) {
        return repr1(x, MAX_LEVEL);
    }

    private static String repr1(Object x, int level) {
        if (x instanceof String s) {
            return reprString(s);
        }
        if (x instanceof PyTuple t) {
            return iterable(List.of(t.items()), level, "(", ")", MAX_TUPLE, ",");
        }
        if (x instanceof PyList l) {
            return iterable(items(l), level, "[", "]", MAX_LIST, "");
        }
        if (x instanceof PySet s) {
            if (s.size() == 0) {
                return s.isFrozen() ? "frozenset()" : "set()";
            }
            List<Object> sorted = possiblySorted(items(s));
            return s.isFrozen() ? iterable(sorted, level, "frozenset({", "})", MAX_SET, "")
                    : iterable(sorted, level, "{", "}", MAX_SET, "");
        }
        if (x instanceof PyDict d) {
            return dict(d, level);
        }
        if (x instanceof Long || x instanceof BigInteger) {
            String s = Reprs.repr(x);
            if (s.length() > MAX_LONG) {
                int i = Math.max(0, (MAX_LONG - 3) / 2);
                int j = Math.max(0, MAX_LONG - 3 - i);
                s = s.substring(0, i) + FILL + s.substring(s.length() - j);
            }
            return s;
        }
        return cram(stripId(Reprs.repr(x)), MAX_OTHER);
    }

    /** TextRepr.repr_string: cut to 100 characters; a raw string when backslashes need no escaping. */
    private static String reprString(String x) {
        String test = cram(x, MAX_STRING);
        String testRepr = Reprs.repr(test);
        if (test.indexOf('\\') >= 0 && testRepr.replace("\\\\", "").indexOf('\\') < 0) {
            char q = testRepr.charAt(0);
            return "r" + q + test + q;
        }
        return testRepr;
    }

    private static String iterable(List<Object> x, int level, String left, String right, int max, String trail) {
        int n = x.size();
        String s;
        if (level <= 0 && n > 0) {
            s = FILL;
        } else {
            List<String> pieces = new ArrayList<>();
            for (int i = 0; i < Math.min(n, max); i++) {
                pieces.add(repr1(x.get(i), level - 1));
            }
            if (n > max) {
                pieces.add(FILL);
            }
            s = String.join(", ", pieces);
            if (n == 1 && !trail.isEmpty()) {
                right = trail + right;
            }
        }
        return left + s + right;
    }

    private static String dict(PyDict d, int level) {
        int n = d.size();
        if (n == 0) {
            return "{}";
        }
        if (level <= 0) {
            return "{" + FILL + "}";
        }
        List<Object> keys = possiblySorted(items(d));
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < Math.min(n, MAX_DICT); i++) {
            Object key = keys.get(i);
            pieces.add(repr1(key, level - 1) + ": " + repr1(d.get(key), level - 1));
        }
        if (n > MAX_DICT) {
            pieces.add(FILL);
        }
        return "{" + String.join(", ", pieces) + "}";
    }

    private static List<Object> items(Object iterable) {
        List<Object> out = new ArrayList<>();
        PyIterator it = Iteration.iter(iterable);
        for (Object v = it.next(); v != null; v = it.next()) {
            out.add(v);
        }
        return out;
    }

    /** reprlib's _possibly_sorted: sorted when the items compare, else in their own order. */
    private static List<Object> possiblySorted(List<Object> x) {
        List<Object> copy = new ArrayList<>(x);
        try {
            copy.sort((a, b) -> Comparisons.lt(a, b) ? -1 : Comparisons.lt(b, a) ? 1 : 0);
            return copy;
        } catch (ScriptError | IllegalArgumentException e) {
            return x;
        }
    }

    /** pydoc.cram: the middle of a too-long text replaced by "...". */
    static String cram(String text, int max) {
        if (text.length() > max) {
            int pre = Math.max(0, (max - 3) / 2);
            int post = Math.max(0, max - 3 - pre);
            return text.substring(0, pre) + "..." + text.substring(text.length() - post);
        }
        return text;
    }

    /** pydoc.stripid: the " at 0x..." of a default repr removed. */
    static String stripId(String text) {
        return ID.matcher(text).replaceFirst("$1");
    }
}
