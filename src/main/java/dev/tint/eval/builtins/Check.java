package dev.tint.eval.builtins;

import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.Ints;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyNone;
import java.math.BigInteger;

/**
 * Argument checks for positional-only built-ins, with CPython's messages: {@code str.join() takes
 * exactly one argument (0 given)}, {@code dict.keys() takes no arguments (1 given)}, {@code pop
 * expected at most 1 argument, got 2}, {@code list.index() takes no keyword arguments}.
 */
final class Check {
    private Check() {}

    static int positional(Object[] args, String[] kwnames) {
        return kwnames == null ? args.length : args.length - kwnames.length;
    }

    static void noKeywords(String qualName, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.type("%s() takes no keyword arguments", qualName);
        }
    }

    /** METH_NOARGS: "dict.keys() takes no arguments (1 given)". */
    static void noArgs(String qualName, Object[] args, String[] kwnames) {
        if (args.length != 0) {
            noKeywords(qualName, kwnames);
            throw Errors.type("%s() takes no arguments (%d given)", qualName, args.length);
        }
    }

    /** METH_O: "str.join() takes exactly one argument (0 given)". */
    static Object oneArg(String qualName, Object[] args, String[] kwnames) {
        noKeywords(qualName, kwnames);
        if (args.length != 1) {
            throw Errors.type("%s() takes exactly one argument (%d given)", qualName, args.length);
        }
        return args[0];
    }

    /** Positional-only with a count range: "pop expected at most 1 argument, got 2". */
    static void range(String qualName, String shortName, Object[] args, String[] kwnames, int min, int max) {
        noKeywords(qualName, kwnames);
        int n = args.length;
        if (n < min) {
            if (min == max) {
                throw Errors.type("%s expected %d argument%s, got %d", shortName, min, min == 1 ? "" : "s", n);
            }
            throw Errors.type("%s expected at least %d argument%s, got %d", shortName, min, min == 1 ? "" : "s", n);
        }
        if (n > max) {
            if (min == max) {
                throw Errors.type("%s expected %d argument%s, got %d", shortName, max, max == 1 ? "" : "s", n);
            }
            throw Errors.type("%s expected at most %d argument%s, got %d", shortName, max, max == 1 ? "" : "s", n);
        }
    }

    /** {@link #range} for a method of {@code owner}, building the qualified name only for the message. */
    static void methodRange(String owner, String name, Object[] args, String[] kwnames, int min, int max) {
        if (kwnames == null && args.length >= min && args.length <= max) {
            return;
        }
        range(owner + "." + name, name, args, kwnames, min, max);
    }

    /** An int argument used as a size or index (bools count), via __index__ for user objects. */
    static long index(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        return Ops.indexValue(o);
    }

    /**
     * A Py_ssize_t argument converted by argument clinic (list.insert, list.pop): an int or a user
     * object's __index__; ints beyond 64 bits raise CPython's OverflowError.
     */
    static long ssize(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        Object v = indexOf(o);
        if (v instanceof BigInteger) {
            throw Errors.overflow("Python int too large to convert to C ssize_t");
        }
        return (Long) v;
    }

    /** Like {@link #index} but big ints saturate (for sizes where CPython would say "too big"). */
    static long indexClamped(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        Object v = indexOf(o);
        if (v instanceof BigInteger b) {
            return b.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return (Long) v;
    }

    /** {@code operator.index(o)}: a Long or BigInteger, or CPython's TypeError. */
    private static Object indexOf(Object o) {
        Object v = Ops.asIndexOrNull(o);
        if (v == null) {
            throw Errors.type("'%s' object cannot be interpreted as an integer", Ops.typeName(o));
        }
        return v;
    }

    /** An int (Long or BigInteger) from an int-like argument, via __index__. */
    static Object intValue(Object o) {
        if (o instanceof Long || o instanceof BigInteger) {
            return o;
        }
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        Object v = Dunders.index(o);
        if (v != null) {
            return v instanceof Boolean b ? (Object) (b ? 1L : 0L) : v;
        }
        throw Errors.type("'%s' object cannot be interpreted as an integer", Ops.typeName(o));
    }

    /** A slice bound for find/count/startswith: None for none, big ints saturate. */
    static long sliceBound(Object o, long ifNone) {
        if (o == null || o == PyNone.NONE) {
            return ifNone;
        }
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Boolean || o instanceof BigInteger) {
            return o instanceof BigInteger b ? (b.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2) : Ops.indexValue(o);
        }
        Object v = Dunders.index(o);
        if (v != null) {
            return sliceBound(v, ifNone);
        }
        throw Errors.type("slice indices must be integers or None or have an __index__ method");
    }

    /** A slice bound for list.index/tuple.index (None not allowed). */
    static long sequenceBound(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Boolean) {
            return Ops.indexValue(o);
        }
        if (o instanceof BigInteger b) {
            return b.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        }
        Object v = Dunders.index(o);
        if (v != null) {
            return sequenceBound(v);
        }
        throw Errors.type("slice indices must be integers or have an __index__ method");
    }

    /** Whether o is an int for the purpose of arithmetic builtins (bool included). */
    static boolean isInt(Object o) {
        return Ints.isInt(o);
    }
}
