package dev.tint.eval.builtins;

import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.Ints;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyDescriptor;
import dev.tint.eval.runtime.PyObject;
import dev.tint.eval.runtime.PyRange;
import dev.tint.eval.runtime.PyReprable;
import dev.tint.eval.runtime.PySlice;
import dev.tint.eval.runtime.PyTuple;
import dev.tint.eval.runtime.PyType;
import java.math.BigInteger;
import java.util.function.Function;

/**
 * The methods and computed attributes of {@code int} (and so {@code bool}), {@code float},
 * {@code range} and {@code slice}.
 */
final class NumberMethods {
    private NumberMethods() {}

    /** A computed attribute such as {@code int.real}: {@code <attribute 'real' of 'int' objects>} on the type. */
    static final class Attribute implements PyObject, PyDescriptor, PyReprable {
        private static final PyType GETSET = new PyType("getset_descriptor", PyType.OBJECT);
        private static final PyType MEMBER = new PyType("member_descriptor", PyType.OBJECT);
        private final String name;
        private final PyType owner;
        private final boolean member;
        private final Function<Object, Object> getter;

        Attribute(String name, PyType owner, boolean member, Function<Object, Object> getter) {
            this.name = name;
            this.owner = owner;
            this.member = member;
            this.getter = getter;
        }

        @Override
        public Object get(Object instance, PyType type) {
            return instance == null ? this : getter.apply(instance);
        }

        @Override
        public String pyRepr() {
            return "<" + (member ? "member" : "attribute") + " '" + name + "' of '" + owner.name() + "' objects>";
        }

        @Override
        public PyType type() {
            return member ? MEMBER : GETSET;
        }
    }

    private static void attribute(PyType t, String name, Function<Object, Object> getter) {
        t.dict().put(name, new Attribute(name, t, false, getter));
    }

    private static void member(PyType t, String name, Function<Object, Object> getter) {
        t.dict().put(name, new Attribute(name, t, true, getter));
    }

    /** An int or bool as an int (bool → 0/1). */
    static Object asInt(Object o) {
        return o instanceof Boolean b ? (Object) (b ? 1L : 0L) : o;
    }

    static void install() {
        PyType t = PyType.INT;
        attribute(t, "real", NumberMethods::asInt);
        attribute(t, "imag", self -> 0L);
        attribute(t, "numerator", NumberMethods::asInt);
        attribute(t, "denominator", self -> 1L);
        t.defineMethod("conjugate", (self, a, k) -> {
            Check.noArgs("int.conjugate", a, k);
            return asInt(self);
        });
        t.defineMethod("bit_length", (self, a, k) -> {
            Check.noArgs("int.bit_length", a, k);
            return (long) bitLength(self);
        });
        t.defineMethod("bit_count", (self, a, k) -> {
            Check.noArgs("int.bit_count", a, k);
            Object v = asInt(self);
            if (v instanceof Long l) {
                return (long) Long.bitCount(l == Long.MIN_VALUE ? l : Math.abs(l));
            }
            return (long) ((BigInteger) v).abs().bitCount();
        });
        t.defineMethod("as_integer_ratio", (self, a, k) -> {
            Check.noArgs("int.as_integer_ratio", a, k);
            return PyTuple.pair(asInt(self), 1L);
        });
        t.defineMethod("is_integer", (self, a, k) -> {
            Check.noArgs("int.is_integer", a, k);
            return true;
        });

        PyType f = PyType.FLOAT;
        attribute(f, "real", self -> self);
        attribute(f, "imag", self -> 0.0);
        f.defineMethod("conjugate", (self, a, k) -> {
            Check.noArgs("float.conjugate", a, k);
            return self;
        });
        f.defineMethod("is_integer", (self, a, k) -> {
            Check.noArgs("float.is_integer", a, k);
            double d = (Double) self;
            return !Double.isInfinite(d) && d == Math.floor(d);
        });
        f.defineMethod("as_integer_ratio", (self, a, k) -> {
            Check.noArgs("float.as_integer_ratio", a, k);
            return integerRatio((Double) self);
        });
        f.defineMethod("hex", (self, a, k) -> {
            Check.noArgs("float.hex", a, k);
            return floatHex((Double) self);
        });

        f.dict().put("fromhex", new dev.tint.eval.runtime.PyBuiltin("fromhex",
                "Create a floating-point number from a hexadecimal string.", (a, k) -> {
                    Object x = Check.oneArg("float.fromhex", a, k);
                    if (!(x instanceof String str)) {
                        throw Errors.type("bad argument type for built-in operation");
                    }
                    return fromHex(str);
                }));

        PyType r = PyType.RANGE;
        member(r, "start", self -> ((PyRange) self).start);
        member(r, "stop", self -> ((PyRange) self).stop);
        member(r, "step", self -> ((PyRange) self).step);
        r.defineMethod("count", (self, a, k) -> {
            Object x = Check.oneArg("range.count", a, k);
            PyRange range = (PyRange) self;
            if (x instanceof Long || x instanceof Boolean) {
                return range.contains(Ops.indexValue(x)) ? 1L : 0L;
            }
            long n = 0;
            for (long i = 0, len = range.length(); i < len; i++) {
                if (Ops.eq(range.get(i), x)) {
                    n++;
                }
            }
            return n;
        });
        r.defineMethod("index", (self, a, k) -> {
            Object x = Check.oneArg("range.index", a, k);
            PyRange range = (PyRange) self;
            if (x instanceof Long || x instanceof Boolean) {
                long v = Ops.indexValue(x);
                if (range.contains(v)) {
                    return (v - range.start) / range.step;
                }
                throw Errors.value("%s is not in range", Ops.repr(x));
            }
            for (long i = 0, len = range.length(); i < len; i++) {
                if (Ops.eq(range.get(i), x)) {
                    return i;
                }
            }
            throw Errors.value("sequence.index(x): x not in sequence");
        });

        PyType s = PyType.SLICE;
        member(s, "start", self -> ((PySlice) self).start);
        member(s, "stop", self -> ((PySlice) self).stop);
        member(s, "step", self -> ((PySlice) self).step);
        s.defineMethod("indices", (self, a, k) -> {
            Object n = Check.oneArg("slice.indices", a, k);
            long len = Check.index(n);
            if (len < 0) {
                throw Errors.value("length should not be negative");
            }
            long[] ix = ((PySlice) self).indices(len);
            return PyTuple.of(new Object[] {ix[0], ix[1], ix[2]});
        });
    }

    static int bitLength(Object self) {
        Object v = asInt(self);
        if (v instanceof Long l) {
            return l == Long.MIN_VALUE ? 64 : 64 - Long.numberOfLeadingZeros(Math.abs(l));
        }
        return ((BigInteger) v).abs().bitLength();
    }

    /** float.as_integer_ratio(): the exact fraction in lowest terms. */
    static PyTuple integerRatio(double d) {
        if (Double.isInfinite(d)) {
            throw Errors.overflow("cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(d)) {
            throw Errors.value("cannot convert NaN to integer ratio");
        }
        if (d == 0) {
            return PyTuple.pair(0L, 1L);
        }
        long bits = Double.doubleToLongBits(d);
        int exponent = (int) ((bits >> 52) & 0x7FF);
        long mantissa = bits & ((1L << 52) - 1);
        if (exponent == 0) {
            exponent = 1;
        } else {
            mantissa |= 1L << 52;
        }
        exponent -= 1075;
        int zeros = Long.numberOfTrailingZeros(mantissa);
        mantissa >>= zeros;
        exponent += zeros;
        BigInteger num = BigInteger.valueOf(d < 0 ? -mantissa : mantissa);
        BigInteger den = BigInteger.ONE;
        if (exponent > 0) {
            num = num.shiftLeft(exponent);
        } else {
            den = den.shiftLeft(-exponent);
        }
        return PyTuple.pair(Ints.normalize(num), Ints.normalize(den));
    }

    /** float.hex(): {@code 0x1.8000000000000p+0}, as CPython writes it. */
    static String floatHex(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String sign = (Double.doubleToRawLongBits(d) < 0) ? "-" : "";
        if (d == 0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToLongBits(Math.abs(d));
        int exponent = (int) ((bits >> 52) & 0x7FF);
        long mantissa = bits & ((1L << 52) - 1);
        String lead = "1";
        if (exponent == 0) {
            lead = "0";
            exponent = 1;
        }
        int e = exponent - 1023;
        String hex = String.format("%013x", mantissa);
        return sign + "0x" + lead + "." + hex + "p" + (e >= 0 ? "+" : "") + e;
    }

    /** float.fromhex(s). */
    static double fromHex(String text) {
        String s = text;
        int i = 0;
        int n = s.length();
        while (i < n && Unicode.isSpace(s.charAt(i))) {
            i++;
        }
        while (n > i && Unicode.isSpace(s.charAt(n - 1))) {
            n--;
        }
        s = s.substring(i, n);
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            negative = s.charAt(0) == '-';
            s = s.substring(1);
        }
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("inf") || lower.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (lower.equals("nan")) {
            return Double.NaN;
        }
        int p = 0;
        if (lower.startsWith("0x")) {
            p = 2;
        }
        int intStart = p;
        while (p < lower.length() && Character.digit(lower.charAt(p), 16) >= 0) {
            p++;
        }
        String intDigits = lower.substring(intStart, p);
        String fracDigits = "";
        if (p < lower.length() && lower.charAt(p) == '.') {
            int fracStart = ++p;
            while (p < lower.length() && Character.digit(lower.charAt(p), 16) >= 0) {
                p++;
            }
            fracDigits = lower.substring(fracStart, p);
        }
        if (intDigits.isEmpty() && fracDigits.isEmpty()) {
            throw Errors.value("invalid hexadecimal floating-point string");
        }
        long exp = 0;
        if (p < lower.length() && lower.charAt(p) == 'p') {
            p++;
            boolean expNegative = false;
            if (p < lower.length() && (lower.charAt(p) == '+' || lower.charAt(p) == '-')) {
                expNegative = lower.charAt(p) == '-';
                p++;
            }
            int expStart = p;
            while (p < lower.length() && lower.charAt(p) >= '0' && lower.charAt(p) <= '9') {
                if (exp < 10_000_000) {
                    exp = exp * 10 + (lower.charAt(p) - '0');
                }
                p++;
            }
            if (p == expStart) {
                throw Errors.value("invalid hexadecimal floating-point string");
            }
            if (expNegative) {
                exp = -exp;
            }
        }
        if (p != lower.length()) {
            throw Errors.value("invalid hexadecimal floating-point string");
        }
        double v = Double.parseDouble("0x" + (intDigits.isEmpty() ? "0" : intDigits) + "." + fracDigits + "p" + exp);
        if (Double.isInfinite(v)) {
            throw Errors.overflow("hexadecimal value too large to represent as a float");
        }
        return negative ? -v : v;
    }
}
