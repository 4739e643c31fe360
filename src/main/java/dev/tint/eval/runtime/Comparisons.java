package dev.tint.eval.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * {@code ==} and the ordering operators with Python's rules: numbers compare exactly across
 * int/float/bool, sequences lexicographically, and unorderable pairs raise TypeError.
 */
public final class Comparisons {
    private Comparisons() {}

    public static boolean eq(Object a, Object b) {
        if (a == b) {
            return !(a instanceof Double d && d.isNaN());
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue();
        }
        if (a instanceof String x) {
            return b instanceof String && x.equals(b);
        }
        if (isNumber(a) && isNumber(b)) {
            return !hasNaN(a, b) && compareNumbers(a, b) == 0;
        }
        if (a instanceof PyTuple x && b instanceof PyTuple y) {
            return sequenceEq(x.items(), x.size(), y.items(), y.size());
        }
        if (a instanceof PyList x && b instanceof PyList y) {
            return sequenceEq(x.array(), x.size(), y.array(), y.size());
        }
        if (a instanceof PyDict x && b instanceof PyDict y) {
            return dictEq(x, y);
        }
        if (a instanceof PySet x && b instanceof PySet y) {
            return x.size() == y.size() && SetOps.isSubset(x, y);
        }
        if (a instanceof PyRange x && b instanceof PyRange y) {
            return rangeEq(x, y);
        }
        if (a instanceof DictView x && b instanceof DictView y) {
            return x.viewEquals(y);
        }
        if (isSetLikeView(a) && b instanceof PySet || a instanceof PySet && isSetLikeView(b)) {
            return eq(asSet(a), asSet(b));
        }
        if (a instanceof PyEquatable e) {
            Object r = e.pyEq(b);
            if (r != NotImplemented.VALUE) {
                return Ops.truthy(r);
            }
        }
        if (b instanceof PyEquatable e) {
            Object r = e.pyEq(a);
            if (r != NotImplemented.VALUE) {
                return Ops.truthy(r);
            }
        }
        return false;
    }

    private static boolean rangeEq(PyRange x, PyRange y) {
        long n = x.length();
        if (n != y.length()) {
            return false;
        }
        if (n == 0) {
            return true;
        }
        if (x.start != y.start) {
            return false;
        }
        return n == 1 || x.step == y.step;
    }

    private static boolean dictEq(PyDict x, PyDict y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = x.nextEntry(0); i >= 0; i = x.nextEntry(i + 1)) {
            Object v = y.get(x.keyAt(i), x.hashAt(i));
            if (v == null) {
                return false;
            }
            Object mine = x.valueAt(i);
            if (mine != v && !eq(mine, v)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sequenceEq(Object[] a, int n, Object[] b, int m) {
        if (n != m) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            Object x = a[i];
            Object y = b[i];
            if (x != y && !eq(x, y)) {
                return false;
            }
        }
        return true;
    }

    static boolean isNumber(Object o) {
        return o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof BigInteger;
    }

    /**
     * Exact three-way comparison of two numbers; NaN compares as "unordered", which callers
     * check with {@link #hasNaN} first (every comparison with NaN is false except !=).
     */
    static int compareNumbers(Object a, Object b) {
        if (a instanceof Double || b instanceof Double) {
            if (a instanceof Double x && b instanceof Double y) {
                double p = x;
                double q = y;
                return p < q ? -1 : (p > q ? 1 : 0); // -0.0 == 0.0 in Python
            }
            if (a instanceof Double x) {
                return compareFloatInt(x, b);
            }
            return -compareFloatInt((Double) b, a);
        }
        if (a instanceof BigInteger || b instanceof BigInteger) {
            return Ints.big(a).compareTo(Ints.big(b));
        }
        return Long.compare(longOf(a), longOf(b));
    }

    private static long longOf(Object o) {
        return o instanceof Long l ? l : ((Boolean) o ? 1 : 0);
    }

    private static int compareFloatInt(double x, Object i) {
        if (Double.isInfinite(x)) {
            return x > 0 ? 1 : -1;
        }
        if (i instanceof Long || i instanceof Boolean) {
            long l = longOf(i);
            if (Math.abs(l) < (1L << 53)) {
                return Double.compare(x == 0.0 ? 0.0 : x, (double) l);
            }
        }
        return new BigDecimal(x).compareTo(new BigDecimal(Ints.big(i)));
    }

    static boolean hasNaN(Object a, Object b) {
        return (a instanceof Double x && x.isNaN()) || (b instanceof Double y && y.isNaN());
    }

    /** Whether a comparison involving these operands may call user code (and so return any value). */
    public static boolean isRich(Object a, Object b) {
        return a instanceof PyEquatable || a instanceof PyOrderable || b instanceof PyEquatable
                || b instanceof PyOrderable;
    }

    /** {@code a == b} as Python returns it: a user __eq__'s own value, else a bool. */
    public static Object richEq(Object a, Object b) {
        boolean reflectedFirst = b instanceof PyEquatable && isProperSubtype(b, a);
        if (reflectedFirst) {
            Object r = ((PyEquatable) b).pyEq(a);
            if (r != NotImplemented.VALUE) {
                return r;
            }
        }
        if (a instanceof PyEquatable e) {
            Object r = e.pyEq(b);
            if (r != NotImplemented.VALUE) {
                return r;
            }
        }
        if (!reflectedFirst && b instanceof PyEquatable e) {
            Object r = e.pyEq(a);
            if (r != NotImplemented.VALUE) {
                return r;
            }
        }
        return a == b || (!(a instanceof PyEquatable) && !(b instanceof PyEquatable) && eq(a, b));
    }

    /** {@code a != b}: a user __ne__, else the negation of __eq__, else identity. */
    public static Object richNe(Object a, Object b) {
        if (a instanceof PyEquatable e) {
            Object r = e.pyNe(b);
            if (r != NotImplemented.VALUE) {
                return r;
            }
        }
        if (b instanceof PyEquatable e) {
            Object r = e.pyNe(a);
            if (r != NotImplemented.VALUE) {
                return r;
            }
        }
        return a != b && !(!(a instanceof PyEquatable) && !(b instanceof PyEquatable) && eq(a, b));
    }

    /** {@code a < b} and friends with user dunders: their own value, or TypeError when both decline. */
    public static Object richOrder(String op, Object a, Object b) {
        boolean reflectedFirst = b instanceof PyOrderable && isProperSubtype(b, a);
        if (reflectedFirst) {
            Object r = ((PyOrderable) b).pyCompare(reflect(op), a);
            if (r != NotImplemented.VALUE) {
                return r;
            }
        }
        if (a instanceof PyOrderable o) {
            Object r = o.pyCompare(op, b);
            if (r != NotImplemented.VALUE) {
                return r;
            }
        }
        if (!reflectedFirst && b instanceof PyOrderable o) {
            Object r = o.pyCompare(reflect(op), a);
            if (r != NotImplemented.VALUE) {
                return r;
            }
        }
        if (!(a instanceof PyOrderable) && !(b instanceof PyOrderable)) {
            return switch (op) {
                case "<" -> lt(a, b);
                case "<=" -> le(a, b);
                case ">" -> gt(a, b);
                default -> ge(a, b);
            };
        }
        throw Errors.type("'%s' not supported between instances of '%s' and '%s'", op,
                Ops.typeName(a), Ops.typeName(b));
    }

    /** CPython tries the right operand's reflected method first when its type is a proper subtype. */
    static boolean isProperSubtype(Object b, Object a) {
        PyType tb = Ops.typeOf(b);
        PyType ta = Ops.typeOf(a);
        return tb != ta && tb.isSubtypeOf(ta);
    }

    public static boolean lt(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x < y;
        }
        return order(a, b, "<") < 0;
    }

    public static boolean le(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x <= y;
        }
        int c = order(a, b, "<=");
        return c <= 0 && c != NAN_RESULT;
    }

    public static boolean gt(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x > y;
        }
        int c = order(a, b, ">");
        return c > 0 && c != NAN_RESULT;
    }

    public static boolean ge(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x >= y;
        }
        int c = order(a, b, ">=");
        return c >= 0 && c != NAN_RESULT;
    }

    /** Result of {@link #order} when a NaN makes every ordering false. */
    private static final int NAN_RESULT = Integer.MAX_VALUE;

    /**
     * A three-way ordering for the operator, or NAN_RESULT; for sets (partial order) the
     * operator is applied directly and the result encoded as -1/1 accordingly.
     */
    private static int order(Object a, Object b, String op) {
        if (isNumber(a) && isNumber(b)) {
            if (hasNaN(a, b)) {
                return NAN_RESULT;
            }
            return Integer.signum(compareNumbers(a, b));
        }
        if (a instanceof String x && b instanceof String y) {
            return Integer.signum(Strs.compare(x, y));
        }
        if (a instanceof PyList x && b instanceof PyList y) {
            return sequenceOrder(x.array(), x.size(), y.array(), y.size(), op);
        }
        if (a instanceof PyTuple x && b instanceof PyTuple y) {
            return sequenceOrder(x.items(), x.size(), y.items(), y.size(), op);
        }
        if ((isSetLikeView(a) || isSetLikeView(b)) && (a instanceof PySet || isSetLikeView(a))
                && (b instanceof PySet || isSetLikeView(b))) {
            return order(asSet(a), asSet(b), op);
        }
        if (a instanceof PySet x && b instanceof PySet y) {
            boolean r = switch (op) {
                case "<" -> x.size() < y.size() && SetOps.isSubset(x, y);
                case "<=" -> SetOps.isSubset(x, y);
                case ">" -> x.size() > y.size() && SetOps.isSubset(y, x);
                default -> SetOps.isSubset(y, x);
            };
            // Encode the answer so that the caller's test of the sign gives r.
            return switch (op) {
                case "<" -> r ? -1 : 0;
                case "<=" -> r ? 0 : 1;
                case ">" -> r ? 1 : 0;
                default -> r ? 0 : -1;
            };
        }
        if (a instanceof PyOrderable o) {
            Object r = o.pyCompare(op, b);
            if (r != NotImplemented.VALUE) {
                return encode(op, Ops.truthy(r));
            }
        }
        if (b instanceof PyOrderable o) {
            Object r = o.pyCompare(reflect(op), a);
            if (r != NotImplemented.VALUE) {
                return encode(op, Ops.truthy(r));
            }
        }
        throw Errors.type("'%s' not supported between instances of '%s' and '%s'", op,
                Ops.typeName(a), Ops.typeName(b));
    }

    /** dict.keys() and dict.items() compare with sets as sets do. */
    private static boolean isSetLikeView(Object o) {
        return o instanceof DictView v && v.kind() != DictView.Kind.VALUES;
    }

    private static PySet asSet(Object o) {
        return o instanceof PySet s ? s : SetOps.fromIterable(o, false);
    }

    private static int encode(String op, boolean r) {
        return switch (op) {
            case "<" -> r ? -1 : 0;
            case "<=" -> r ? 0 : 1;
            case ">" -> r ? 1 : 0;
            default -> r ? 0 : -1;
        };
    }

    static String reflect(String op) {
        return switch (op) {
            case "<" -> ">";
            case "<=" -> ">=";
            case ">" -> "<";
            default -> "<=";
        };
    }

    private static int sequenceOrder(Object[] a, int n, Object[] b, int m, String op) {
        int k = Math.min(n, m);
        for (int i = 0; i < k; i++) {
            Object x = a[i];
            Object y = b[i];
            if (x != y && !eq(x, y)) {
                boolean r = switch (op) {
                    case "<" -> lt(x, y);
                    case "<=" -> le(x, y);
                    case ">" -> gt(x, y);
                    default -> ge(x, y);
                };
                return encode(op, r);
            }
        }
        return Integer.signum(Integer.compare(n, m));
    }

    /** Total order used by sorted() and list.sort(): only "<" is consulted, as in CPython. */
    public static int sortCompare(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        if (a instanceof String x && b instanceof String y) {
            return Strs.compare(x, y);
        }
        if (lt(a, b)) {
            return -1;
        }
        return lt(b, a) ? 1 : 0;
    }
}
