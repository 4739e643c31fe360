package dev.tint.eval.runtime;

import dev.tint.ast.Operator;
import dev.tint.eval.text.FloatMath;
import dev.tint.eval.text.PercentFormat;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * Python's arithmetic and bitwise operators. Each has a long fast path (overflow moves to
 * BigInteger), then float, then the sequence and set meanings, then user dunders through
 * {@link PyOperand}, then CPython's TypeError.
 */
public final class Arith {
    private Arith() {}

    public static Object binary(Operator op, Object a, Object b) {
        return switch (op) {
            case ADD -> add(a, b);
            case SUB -> sub(a, b);
            case MUL -> mul(a, b);
            case DIV -> trueDiv(a, b);
            case FLOORDIV -> floorDiv(a, b);
            case MOD -> mod(a, b);
            case POW -> pow(a, b);
            case LSHIFT -> lshift(a, b);
            case RSHIFT -> rshift(a, b);
            case BITAND -> bitAnd(a, b);
            case BITOR -> bitOr(a, b);
            case BITXOR -> bitXor(a, b);
            case MATMUL -> fallback(op, a, b);
        };
    }

    /** In-place variant: lists extend in place for +=, sets and dicts update for |= etc. */
    public static Object inplace(Operator op, Object a, Object b) {
        if (a instanceof PyList l) {
            if (op == Operator.ADD) {
                if (b instanceof PyList other) {
                    Object[] items = other.toArray();
                    for (Object item : items) {
                        l.append(item);
                    }
                    return l;
                }
                PyIterator it = Iteration.iterOrNull(b);
                if (it == null) {
                    throw Errors.notA(b, "iterable");
                }
                for (Object v = it.next(); v != null; v = it.next()) {
                    l.append(v);
                }
                return l;
            }
            if (op == Operator.MUL && (isIntLike(b) || b instanceof PyObject)) {
                Object count = b;
                if (!isIntLike(b)) {
                    // As PyNumber_InPlaceMultiply: the operand's __rmul__ first, then repetition by __index__.
                    Object r = userBinary(Operator.MUL, a, b);
                    if (r != NotImplemented.VALUE) {
                        return r;
                    }
                    count = Ops.userIndex(b);
                    if (count == null) {
                        throw Errors.type("can't multiply sequence by non-int of type '%s'", Ops.typeName(b));
                    }
                }
                if (count instanceof BigInteger) {
                    throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR,
                            "cannot fit '" + Ops.typeName(b) + "' into an index-sized integer");
                }
                Object[] items = l.toArray();
                long n = Ops.indexValue(count);
                l.clear();
                for (long i = 0; i < n; i++) {
                    for (Object item : items) {
                        l.append(item);
                    }
                }
                return l;
            }
        }
        if (a instanceof PySet s && !s.isFrozen() && b instanceof PySet other) {
            switch (op) {
                case BITOR:
                    s.merge(other);
                    return s;
                case BITAND:
                    // CPython swaps in the intersection's table (set_swap_bodies).
                    s.takeContents(SetOps.intersection(s, other, false));
                    return s;
                case SUB:
                    SetOps.differenceUpdate(s, other);
                    return s;
                case BITXOR:
                    SetOps.symmetricDifferenceUpdate(s, other);
                    return s;
                default:
                    break;
            }
        }
        if (a instanceof PyDict d && op == Operator.BITOR) {
            DictOps.update(d, b);
            return d;
        }
        if (a instanceof PyOperand o) {
            Object r = o.pyInplace(op, b);
            if (r != NotImplemented.VALUE) {
                return r;
            }
        }
        try {
            return binary(op, a, b);
        } catch (dev.tint.error.ScriptError e) {
            // CPython names the augmented operator ("+=") when neither operand supports it.
            String plain = unsupported(op, a, b).getMessage();
            if (plain.equals(e.getMessage())) {
                throw Errors.type("unsupported operand type(s) for %s=: '%s' and '%s'", op.symbol(),
                        Ops.typeName(a), Ops.typeName(b));
            }
            throw e;
        }
    }

    static boolean isIntLike(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof BigInteger;
    }

    private static boolean isFloatable(Object o) {
        return o instanceof Double || isIntLike(o);
    }

    private static double toDouble(Object o) {
        return o instanceof Double d ? d : Ints.toDouble(o);
    }

    private static long longOf(Object o) {
        return o instanceof Long l ? l : ((Boolean) o ? 1 : 0);
    }

    private static boolean isSmall(Object o) {
        return o instanceof Long || o instanceof Boolean;
    }

    public static Object add(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x + y;
            if (((x ^ r) & (y ^ r)) < 0) {
                return BigInteger.valueOf(x).add(BigInteger.valueOf(y));
            }
            return r;
        }
        if (a instanceof String x && b instanceof String y) {
            return x.concat(y);
        }
        if (a instanceof Double || b instanceof Double) {
            if (isFloatable(a) && isFloatable(b)) {
                return toDouble(a) + toDouble(b);
            }
        } else if (isIntLike(a) && isIntLike(b)) {
            if (isSmall(a) && isSmall(b)) {
                return add((Object) longOf(a), (Object) longOf(b));
            }
            return Ints.normalize(Ints.big(a).add(Ints.big(b)));
        }
        if (a instanceof PyList x && b instanceof PyList y) {
            Object[] items = new Object[x.size() + y.size()];
            System.arraycopy(x.array(), 0, items, 0, x.size());
            System.arraycopy(y.array(), 0, items, x.size(), y.size());
            return PyList.adopt(items, items.length);
        }
        if (a instanceof PyTuple x && b instanceof PyTuple y) {
            Object[] items = new Object[x.size() + y.size()];
            System.arraycopy(x.items(), 0, items, 0, x.size());
            System.arraycopy(y.items(), 0, items, x.size(), y.size());
            return PyTuple.of(items);
        }
        Object r = userBinary(Operator.ADD, a, b);
        if (r != NotImplemented.VALUE) {
            return r;
        }
        if (a instanceof String || a instanceof PyList || a instanceof PyTuple) {
            throw Errors.type("can only concatenate %s (not \"%s\") to %s", Ops.typeName(a),
                    Ops.typeName(b), Ops.typeName(a));
        }
        throw unsupported(Operator.ADD, a, b);
    }

    public static Object sub(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x - y;
            if (((x ^ y) & (x ^ r)) < 0) {
                return BigInteger.valueOf(x).subtract(BigInteger.valueOf(y));
            }
            return r;
        }
        if (a instanceof Double || b instanceof Double) {
            if (isFloatable(a) && isFloatable(b)) {
                return toDouble(a) - toDouble(b);
            }
        } else if (isIntLike(a) && isIntLike(b)) {
            if (isSmall(a) && isSmall(b)) {
                return sub((Object) longOf(a), (Object) longOf(b));
            }
            return Ints.normalize(Ints.big(a).subtract(Ints.big(b)));
        }
        if (a instanceof PySet x && b instanceof PySet y) {
            return SetOps.difference(x, y, x.isFrozen());
        }
        return fallback(Operator.SUB, a, b);
    }

    public static Object mul(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return lo;
            }
            return BigInteger.valueOf(x).multiply(BigInteger.valueOf(y));
        }
        if (a instanceof Double || b instanceof Double) {
            if (isFloatable(a) && isFloatable(b)) {
                return toDouble(a) * toDouble(b);
            }
        } else if (isIntLike(a) && isIntLike(b)) {
            if (isSmall(a) && isSmall(b)) {
                return mul((Object) longOf(a), (Object) longOf(b));
            }
            return Ints.normalize(Ints.big(a).multiply(Ints.big(b)));
        }
        if (isSequence(a)) {
            return repeat(a, b);
        }
        if (isSequence(b) && !(a instanceof PyOperand)) {
            if (isIntLike(a)) {
                return repeat(b, a);
            }
        }
        Object r = userBinary(Operator.MUL, a, b);
        if (r != NotImplemented.VALUE) {
            return r;
        }
        if (isSequence(b)) {
            Object count = Ops.userIndex(a);
            if (count != null) {
                return repeatBy(b, count, a);
            }
            throw Errors.type("can't multiply sequence by non-int of type '%s'", Ops.typeName(a));
        }
        throw unsupported(Operator.MUL, a, b);
    }

    private static boolean isSequence(Object o) {
        return o instanceof String || o instanceof PyList || o instanceof PyTuple;
    }

    private static Object repeat(Object seq, Object count) {
        if (!isIntLike(count)) {
            Object r = userBinary(Operator.MUL, seq, count);
            if (r != NotImplemented.VALUE) {
                return r;
            }
            Object n = Ops.userIndex(count);
            if (n == null) {
                throw Errors.type("can't multiply sequence by non-int of type '%s'", Ops.typeName(count));
            }
            return repeatBy(seq, n, count);
        }
        return repeatBy(seq, count, count);
    }

    /** seq * count for an int count; original is the operand as written, named in the overflow message. */
    private static Object repeatBy(Object seq, Object count, Object original) {
        if (count instanceof BigInteger) {
            // As CPython's PyNumber_AsSsize_t(count, OverflowError): negative ones too.
            throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR,
                    "cannot fit '" + Ops.typeName(original) + "' into an index-sized integer");
        }
        long n = Math.max(0, Ops.indexValue(count));
        if (seq instanceof String s) {
            if (n * s.length() > Integer.MAX_VALUE - 16) {
                throw Errors.raise(ExceptionTypes.MEMORY_ERROR, null);
            }
            return s.repeat((int) n);
        }
        Object[] items = seq instanceof PyList l ? l.toArray() : ((PyTuple) seq).items();
        if (n * items.length > Integer.MAX_VALUE - 16) {
            throw Errors.raise(ExceptionTypes.MEMORY_ERROR, null);
        }
        Object[] out = new Object[(int) (n * items.length)];
        for (int i = 0; i < n; i++) {
            System.arraycopy(items, 0, out, i * items.length, items.length);
        }
        return seq instanceof PyList ? PyList.adopt(out, out.length) : PyTuple.of(out);
    }

    public static Object trueDiv(Object a, Object b) {
        if (a instanceof Double || b instanceof Double) {
            if (isFloatable(a) && isFloatable(b)) {
                double y = toDouble(b);
                if (y == 0.0) {
                    throw Errors.zeroDivision("float division by zero");
                }
                return toDouble(a) / y;
            }
        } else if (isIntLike(a) && isIntLike(b)) {
            if (isSmall(a) && isSmall(b)) {
                long x = longOf(a);
                long y = longOf(b);
                if (y == 0) {
                    throw Errors.zeroDivision("division by zero");
                }
                if (Math.abs(x) < (1L << 53) && Math.abs(y) < (1L << 53)) {
                    return (double) x / (double) y;
                }
            }
            return bigTrueDiv(Ints.big(a), Ints.big(b));
        }
        return fallback(Operator.DIV, a, b);
    }

    /** Correctly rounded int / int for operands beyond 2**53, as CPython computes it. */
    private static double bigTrueDiv(BigInteger x, BigInteger y) {
        if (y.signum() == 0) {
            throw Errors.zeroDivision("division by zero");
        }
        BigDecimal q = new BigDecimal(x).divide(new BigDecimal(y), new MathContext(40));
        double d = q.doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.overflow("integer division result too large for a float");
        }
        return d;
    }

    public static Object floorDiv(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            if (y == 0) {
                throw Errors.zeroDivision("integer division or modulo by zero");
            }
            if (x == Long.MIN_VALUE && y == -1) {
                return BigInteger.valueOf(x).negate();
            }
            return Math.floorDiv(x.longValue(), y.longValue());
        }
        if (a instanceof Double || b instanceof Double) {
            if (isFloatable(a) && isFloatable(b)) {
                double y = toDouble(b);
                if (y == 0.0) {
                    throw Errors.zeroDivision("float floor division by zero");
                }
                return FloatMath.floorDiv(toDouble(a), y);
            }
        } else if (isIntLike(a) && isIntLike(b)) {
            if (isSmall(a) && isSmall(b)) {
                return floorDiv((Object) longOf(a), (Object) longOf(b));
            }
            BigInteger y = Ints.big(b);
            if (y.signum() == 0) {
                throw Errors.zeroDivision("integer division or modulo by zero");
            }
            return Ints.normalize(bigFloorDiv(Ints.big(a), y));
        }
        return fallback(Operator.FLOORDIV, a, b);
    }

    static BigInteger bigFloorDiv(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y);
        if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    static BigInteger bigMod(BigInteger x, BigInteger y) {
        BigInteger r = x.remainder(y);
        if (r.signum() != 0 && r.signum() != y.signum()) {
            r = r.add(y);
        }
        return r;
    }

    public static Object mod(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            if (y == 0) {
                throw Errors.zeroDivision("integer modulo by zero");
            }
            return Math.floorMod(x.longValue(), y.longValue());
        }
        if (a instanceof String s) {
            return percentFormat(s, b);
        }
        if (a instanceof Double || b instanceof Double) {
            if (isFloatable(a) && isFloatable(b)) {
                double y = toDouble(b);
                if (y == 0.0) {
                    throw Errors.zeroDivision("float modulo by zero");
                }
                return FloatMath.mod(toDouble(a), y);
            }
        } else if (isIntLike(a) && isIntLike(b)) {
            if (isSmall(a) && isSmall(b)) {
                return mod((Object) longOf(a), (Object) longOf(b));
            }
            BigInteger y = Ints.big(b);
            if (y.signum() == 0) {
                throw Errors.zeroDivision("integer modulo by zero");
            }
            return Ints.normalize(bigMod(Ints.big(a), y));
        }
        return fallback(Operator.MOD, a, b);
    }

    private static Object percentFormat(String template, Object args) {
        java.util.List<Object> positional = args instanceof PyTuple t
                ? java.util.Arrays.asList(t.items()) : java.util.List.of(args);
        // CPython treats any subscriptable non-tuple, non-str right operand as a mapping.
        boolean mapping = !(args instanceof PyTuple) && !(args instanceof String)
                && (args instanceof PyDict || args instanceof PyList || args instanceof PySubscriptable);
        java.util.function.Function<String, Object> lookup = mapping ? key -> Items.getItem(args, key) : null;
        return FormatErrors.translate(() -> PercentFormat.format(template, positional, lookup, TextOfValues.INSTANCE));
    }

    public static Object pow(Object a, Object b) {
        if (isIntLike(a) && isIntLike(b)) {
            BigInteger e = Ints.big(b);
            if (e.signum() < 0) {
                double base = Ints.toDouble(a);
                if (base == 0.0) {
                    throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
                }
                return floatPow(base, Ints.toDouble(b));
            }
            return intPow(a, e);
        }
        if (isFloatable(a) && isFloatable(b)) {
            return floatPow(toDouble(a), toDouble(b));
        }
        return fallback(Operator.POW, a, b);
    }

    private static Object intPow(Object a, BigInteger e) {
        if (a instanceof Long || a instanceof Boolean) {
            long base = longOf(a);
            if (base == 0 || base == 1) {
                return e.signum() == 0 ? 1L : base;
            }
            if (base == -1) {
                return e.testBit(0) ? -1L : 1L;
            }
            if (e.bitLength() < 7) {
                long result = 1;
                long n = e.longValue();
                boolean overflow = false;
                for (long i = 0; i < n; i++) {
                    long hi = Math.multiplyHigh(result, base);
                    long lo = result * base;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    result = lo;
                }
                if (!overflow) {
                    return result;
                }
            }
        }
        if (e.bitLength() > 31) {
            throw Errors.raise(ExceptionTypes.MEMORY_ERROR, null);
        }
        return Ints.normalize(Ints.big(a).pow(e.intValue()));
    }

    public static double floatPow(double x, double y) {
        if (x == 0.0 && y < 0) {
            throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
        }
        if (x < 0 && y != Math.rint(y) && !Double.isInfinite(y) && !Double.isNaN(y)) {
            throw Errors.value("complex numbers are not supported in Tint (negative number raised to a fractional power)");
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw Errors.resultOutOfRange();
        }
        return r;
    }

    /** pow(a, b, m) for ints. */
    public static Object powMod(Object a, Object b, Object m) {
        if (!(isIntLike(a) && isIntLike(b) && isIntLike(m))) {
            throw Errors.type("pow() 3rd argument not allowed unless all arguments are integers");
        }
        BigInteger mod = Ints.big(m);
        if (mod.signum() == 0) {
            throw Errors.value("pow() 3rd argument cannot be 0");
        }
        BigInteger base = Ints.big(a);
        BigInteger exp = Ints.big(b);
        BigInteger am = mod.abs();
        BigInteger r;
        if (exp.signum() < 0) {
            try {
                r = base.modInverse(am).modPow(exp.negate(), am);
            } catch (ArithmeticException ex) {
                throw Errors.value("base is not invertible for the given modulus");
            }
        } else {
            r = base.modPow(exp, am);
        }
        if (mod.signum() < 0 && r.signum() != 0) {
            r = r.add(mod);
        }
        return Ints.normalize(r);
    }

    public static Object lshift(Object a, Object b) {
        if (isIntLike(a) && isIntLike(b)) {
            BigInteger n = Ints.big(b);
            if (n.signum() < 0) {
                throw Errors.value("negative shift count");
            }
            if (isSmall(a) && n.bitLength() < 7) {
                long x = longOf(a);
                int s = n.intValue();
                if (s < 63 && (x == 0 || (Math.abs(x) < (1L << (62 - s))))) {
                    return x << s;
                }
            }
            if (n.bitLength() > 31) {
                throw Errors.overflow("too many digits in integer");
            }
            return Ints.normalize(Ints.big(a).shiftLeft(n.intValue()));
        }
        return fallback(Operator.LSHIFT, a, b);
    }

    public static Object rshift(Object a, Object b) {
        if (isIntLike(a) && isIntLike(b)) {
            BigInteger n = Ints.big(b);
            if (n.signum() < 0) {
                throw Errors.value("negative shift count");
            }
            if (isSmall(a)) {
                long x = longOf(a);
                return n.bitLength() > 6 ? (x < 0 ? -1L : 0L) : (Object) (x >> Math.min(63, n.intValue()));
            }
            if (n.bitLength() > 31) {
                return Ints.big(a).signum() < 0 ? -1L : 0L;
            }
            return Ints.normalize(Ints.big(a).shiftRight(n.intValue()));
        }
        return fallback(Operator.RSHIFT, a, b);
    }

    public static Object bitAnd(Object a, Object b) {
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x & y;
        }
        if (isIntLike(a) && isIntLike(b)) {
            if (isSmall(a) && isSmall(b)) {
                return longOf(a) & longOf(b);
            }
            return Ints.normalize(Ints.big(a).and(Ints.big(b)));
        }
        if (a instanceof PySet x && b instanceof PySet y) {
            return SetOps.intersection(x, y, x.isFrozen());
        }
        return fallback(Operator.BITAND, a, b);
    }

    public static Object bitOr(Object a, Object b) {
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x | y;
        }
        if (isIntLike(a) && isIntLike(b)) {
            if (isSmall(a) && isSmall(b)) {
                return longOf(a) | longOf(b);
            }
            return Ints.normalize(Ints.big(a).or(Ints.big(b)));
        }
        if (a instanceof PySet x && b instanceof PySet y) {
            return SetOps.union(x, y, x.isFrozen());
        }
        if (a instanceof PyDict x && b instanceof PyDict y) {
            PyDict r = x.copy();
            DictOps.update(r, y);
            return r;
        }
        return fallback(Operator.BITOR, a, b);
    }

    public static Object bitXor(Object a, Object b) {
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x ^ y;
        }
        if (isIntLike(a) && isIntLike(b)) {
            if (isSmall(a) && isSmall(b)) {
                return longOf(a) ^ longOf(b);
            }
            return Ints.normalize(Ints.big(a).xor(Ints.big(b)));
        }
        if (a instanceof PySet x && b instanceof PySet y) {
            return SetOps.symmetricDifference(x, y, x.isFrozen());
        }
        return fallback(Operator.BITXOR, a, b);
    }

    // ---- unary ----

    public static Object neg(Object a) {
        if (a instanceof Long x) {
            return x == Long.MIN_VALUE ? BigInteger.valueOf(x).negate() : (Object) (-x);
        }
        if (a instanceof Double d) {
            return -d;
        }
        if (a instanceof Boolean b) {
            return b ? -1L : 0L;
        }
        if (a instanceof BigInteger b) {
            return Ints.normalize(b.negate());
        }
        return userUnary("-", a);
    }

    public static Object pos(Object a) {
        if (a instanceof Long || a instanceof Double || a instanceof BigInteger) {
            return a;
        }
        if (a instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        return userUnary("+", a);
    }

    public static Object invert(Object a) {
        if (a instanceof Long x) {
            return ~x;
        }
        if (a instanceof Boolean b) {
            return b ? -2L : -1L;
        }
        if (a instanceof BigInteger b) {
            return Ints.normalize(b.not());
        }
        return userUnary("~", a);
    }

    private static Object userUnary(String symbol, Object a) {
        if (a instanceof PyOperand o) {
            Object r = o.pyUnary(symbol);
            if (r != NotImplemented.VALUE) {
                return r;
            }
        }
        throw Errors.type("bad operand type for unary %s: '%s'", symbol, Ops.typeName(a));
    }

    // ---- user types and errors ----

    private static Object userBinary(Operator op, Object a, Object b) {
        boolean reflectedFirst = b instanceof PyOperand && Comparisons.isProperSubtype(b, a);
        if (reflectedFirst) {
            Object r = ((PyOperand) b).pyBinary(op, a, true);
            if (r != NotImplemented.VALUE) {
                return r;
            }
        }
        if (a instanceof PyOperand o) {
            Object r = o.pyBinary(op, b, false);
            if (r != NotImplemented.VALUE) {
                return r;
            }
        }
        if (!reflectedFirst && b instanceof PyOperand o) {
            return o.pyBinary(op, a, true);
        }
        return NotImplemented.VALUE;
    }

    /** dict.keys() and dict.items() views combine with any iterable like sets, giving sets. */
    private static Object viewSetOperation(Operator op, Object a, Object b) {
        boolean aView = a instanceof DictView v && v.kind() != DictView.Kind.VALUES;
        boolean bView = b instanceof DictView v && v.kind() != DictView.Kind.VALUES;
        if (!(aView && Iteration.iterOrNull(b) != null) && !(bView && a instanceof PySet)) {
            return null;
        }
        PySet x = a instanceof PySet s ? s : SetOps.fromIterable(a, false);
        PySet y = b instanceof PySet s ? s : SetOps.fromIterable(b, false);
        switch (op) {
            case BITAND:
                return SetOps.intersection(x, y, false);
            case BITOR:
                return SetOps.union(x, y, false);
            case SUB:
                return SetOps.difference(x, y, false);
            case BITXOR:
                return SetOps.symmetricDifference(x, y, false);
            default:
                return null;
        }
    }

    private static Object fallback(Operator op, Object a, Object b) {
        Object view = viewSetOperation(op, a, b);
        if (view != null) {
            return view;
        }
        Object r = userBinary(op, a, b);
        if (r != NotImplemented.VALUE) {
            return r;
        }
        throw unsupported(op, a, b);
    }

    private static RuntimeException unsupported(Operator op, Object a, Object b) {
        String symbol = op == Operator.POW ? "** or pow()" : op.symbol();
        return Errors.type("unsupported operand type(s) for %s: '%s' and '%s'", symbol,
                Ops.typeName(a), Ops.typeName(b));
    }
}
