package dev.tint.eval.stdlib;

import dev.tint.eval.runtime.Args;
import dev.tint.eval.runtime.Arith;
import dev.tint.eval.runtime.Comparisons;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.ExceptionTypes;
import dev.tint.eval.runtime.Ints;
import dev.tint.eval.runtime.Iteration;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyIterator;
import dev.tint.eval.runtime.PyModule;
import dev.tint.eval.runtime.PyTuple;
import dev.tint.error.ScriptError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The {@code math} module, native as CPython's is (so, like CPython, its functions show no frame
 * in tracebacks). Error behaviour follows CPython's mathmodule.c: a NaN result from a non-NaN
 * argument is "math domain error", an infinite result from a finite argument is "math range
 * error" (OverflowError) where the function can overflow.
 */
public final class MathModule {
    private MathModule() {}

    static ScriptError domain() {
        return Errors.value("math domain error");
    }

    static ScriptError range() {
        return Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "math range error");
    }

    public static PyModule create() {
        PyModule m = Natives.module("math",
                "This module provides access to the mathematical functions\ndefined by the C standard.");
        Natives.set(m, "pi", Math.PI);
        Natives.set(m, "e", Math.E);
        Natives.set(m, "tau", 2 * Math.PI);
        Natives.set(m, "inf", Double.POSITIVE_INFINITY);
        Natives.set(m, "nan", Double.NaN);

        unary(m, "sqrt", Math::sqrt, false);
        unary(m, "exp", CorrectlyRounded::exp, true);
        unary(m, "exp2", CorrectlyRounded::exp2, true);
        unary(m, "expm1", StrictMath::expm1, true);
        unary(m, "log1p", MathModule::log1p, false);
        unary(m, "sin", CorrectlyRounded::sin, false);
        unary(m, "cos", CorrectlyRounded::cos, false);
        unary(m, "tan", CorrectlyRounded::tan, false);
        unary(m, "asin", CorrectlyRounded::asin, false);
        unary(m, "acos", CorrectlyRounded::acos, false);
        unary(m, "atan", CorrectlyRounded::atan, false);
        unary(m, "sinh", CorrectlyRounded::sinh, true);
        unary(m, "cosh", CorrectlyRounded::cosh, true);
        unary(m, "tanh", CorrectlyRounded::tanh, false);
        unary(m, "asinh", MathModule::asinh, false);
        unary(m, "acosh", MathModule::acosh, false);
        unary(m, "atanh", MathModule::atanh, false);
        unary(m, "cbrt", CorrectlyRounded::cbrt, false);
        unary(m, "fabs", Math::abs, false);
        unary(m, "erf", SpecialFunctions::erf, false);
        unary(m, "erfc", SpecialFunctions::erfc, false);
        unary(m, "gamma", SpecialFunctions::gamma, true);
        unary(m, "lgamma", SpecialFunctions::lgamma, true);
        unary(m, "degrees", x -> x * (180.0 / Math.PI), false);
        unary(m, "radians", x -> x * (Math.PI / 180.0), false);

        Natives.def(m, "log", (args, kw) -> {
            Args.range("log", args, kw, 1, 2);
            double num = logHelper(args[0], MathModule::mLog, false);
            if (args.length == 1) {
                return num;
            }
            double den = logHelper(args[1], MathModule::mLog, false);
            if (den == 0.0) {
                throw Errors.zeroDivision("float division by zero");
            }
            return num / den;
        });
        Natives.def(m, "log2", (args, kw) -> {
            Natives.exactlyOne("math.log2", args, kw);
            return logHelper(args[0], MathModule::mLog2, true);
        });
        Natives.def(m, "log10", (args, kw) -> {
            Natives.exactlyOne("math.log10", args, kw);
            return logHelper(args[0], MathModule::mLog10, true);
        });
        Natives.def(m, "pow", (args, kw) -> {
            Natives.exactly("pow", args, kw, 2);
            return pow(Natives.toDouble(args[0]), Natives.toDouble(args[1]));
        });
        Natives.def(m, "atan2", (args, kw) -> {
            Natives.exactly("atan2", args, kw, 2);
            return atan2(Natives.toDouble(args[0]), Natives.toDouble(args[1]));
        });
        Natives.def(m, "copysign", (args, kw) -> {
            Natives.exactly("copysign", args, kw, 2);
            return Math.copySign(Natives.toDouble(args[0]), Natives.toDouble(args[1]));
        });
        Natives.def(m, "fmod", (args, kw) -> {
            Natives.exactly("fmod", args, kw, 2);
            double x = Natives.toDouble(args[0]);
            double y = Natives.toDouble(args[1]);
            if (Double.isInfinite(y) && Double.isFinite(x)) {
                return x;
            }
            double r = x % y;
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
                throw domain();
            }
            return r;
        });
        Natives.def(m, "remainder", (args, kw) -> {
            Natives.exactly("remainder", args, kw, 2);
            return remainder(Natives.toDouble(args[0]), Natives.toDouble(args[1]));
        });
        Natives.def(m, "ldexp", (args, kw) -> {
            Natives.exactly("ldexp", args, kw, 2);
            double x = Natives.toDouble(args[0]);
            Object e = args[1];
            if (!Natives.isInt(e)) {
                throw Errors.type("Expected an int as second argument to ldexp.");
            }
            return ldexp(x, Ints.big(e));
        });
        Natives.def(m, "frexp", (args, kw) -> {
            Natives.exactlyOne("math.frexp", args, kw);
            double x = Natives.toDouble(args[0]);
            if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
                return PyTuple.pair(x, 0L);
            }
            int e = Math.getExponent(x);
            double mant;
            if (e == Double.MIN_EXPONENT - 1) { // subnormal
                x *= 0x1p54;
                e = Math.getExponent(x) - 54;
            }
            mant = Math.scalb(x, -Math.getExponent(x) - 1);
            return PyTuple.pair(mant, (long) (e + 1));
        });
        Natives.def(m, "modf", (args, kw) -> {
            Natives.exactlyOne("math.modf", args, kw);
            double x = Natives.toDouble(args[0]);
            if (Double.isInfinite(x)) {
                return PyTuple.pair(Math.copySign(0.0, x), x);
            }
            if (Double.isNaN(x)) {
                return PyTuple.pair(x, x);
            }
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return PyTuple.pair(Math.copySign(x - ip, x), ip);
        });
        Natives.def(m, "floor", (args, kw) -> {
            Natives.exactlyOne("math.floor", args, kw);
            return rounding(args[0], "__floor__", true);
        });
        Natives.def(m, "ceil", (args, kw) -> {
            Natives.exactlyOne("math.ceil", args, kw);
            return rounding(args[0], "__ceil__", false);
        });
        Natives.def(m, "trunc", (args, kw) -> {
            Natives.exactlyOne("math.trunc", args, kw);
            Object x = args[0];
            if (x instanceof Double d) {
                return toInt(d < 0 ? Math.ceil(d) : Math.floor(d));
            }
            if (x instanceof Long || x instanceof BigInteger) {
                return x;
            }
            if (x instanceof Boolean b) {
                return b ? 1L : 0L;
            }
            Object r = Natives.userDunder(x, "__trunc__");
            if (r != null) {
                return r;
            }
            throw Errors.type("type %s doesn't define __trunc__ method", Ops.typeName(x));
        });
        Natives.def(m, "isfinite", (args, kw) -> {
            Natives.exactlyOne("math.isfinite", args, kw);
            return Double.isFinite(Natives.toDouble(args[0]));
        });
        Natives.def(m, "isinf", (args, kw) -> {
            Natives.exactlyOne("math.isinf", args, kw);
            return Double.isInfinite(Natives.toDouble(args[0]));
        });
        Natives.def(m, "isnan", (args, kw) -> {
            Natives.exactlyOne("math.isnan", args, kw);
            return Double.isNaN(Natives.toDouble(args[0]));
        });
        Natives.def(m, "isclose", MathModule::isclose);
        Natives.def(m, "factorial", (args, kw) -> {
            Natives.exactlyOne("math.factorial", args, kw);
            return factorial(args[0]);
        });
        Natives.def(m, "gcd", (args, kw) -> {
            Args.noKeywords("gcd", kw);
            BigInteger g = BigInteger.ZERO;
            for (Object a : args) {
                g = g.gcd(Natives.bigIndex(a));
            }
            return Ints.normalize(g);
        });
        Natives.def(m, "lcm", (args, kw) -> {
            Args.noKeywords("lcm", kw);
            BigInteger l = BigInteger.ONE;
            for (Object a : args) {
                BigInteger v = Natives.bigIndex(a).abs();
                if (v.signum() == 0 || l.signum() == 0) {
                    l = BigInteger.ZERO;
                    continue;
                }
                l = l.divide(l.gcd(v)).multiply(v);
            }
            return Ints.normalize(l);
        });
        Natives.def(m, "isqrt", (args, kw) -> {
            Natives.exactlyOne("math.isqrt", args, kw);
            BigInteger n = Natives.bigIndex(args[0]);
            if (n.signum() < 0) {
                throw Errors.value("isqrt() argument must be nonnegative");
            }
            return Ints.normalize(n.sqrt());
        });
        Natives.def(m, "comb", (args, kw) -> {
            Natives.exactly("comb", args, kw, 2);
            BigInteger n = Natives.bigIndex(args[0]);
            BigInteger k = Natives.bigIndex(args[1]);
            if (n.signum() < 0) {
                throw Errors.value("n must be a non-negative integer");
            }
            if (k.signum() < 0) {
                throw Errors.value("k must be a non-negative integer");
            }
            if (k.compareTo(n) > 0) {
                return 0L;
            }
            if (k.compareTo(n.subtract(k)) > 0) {
                k = n.subtract(k);
            }
            return Ints.normalize(fallingProduct(n, k.longValueExact()).divide(factorialBig(k.longValueExact())));
        });
        Natives.def(m, "perm", (args, kw) -> {
            Args.range("perm", args, kw, 1, 2);
            BigInteger n = Natives.bigIndex(args[0]);
            if (args.length == 1 || args[1] == dev.tint.eval.runtime.PyNone.NONE) {
                if (n.signum() < 0) {
                    throw Errors.value("n must be a non-negative integer");
                }
                return factorial(Ints.normalize(n));
            }
            BigInteger k = Natives.bigIndex(args[1]);
            if (n.signum() < 0) {
                throw Errors.value("n must be a non-negative integer");
            }
            if (k.signum() < 0) {
                throw Errors.value("k must be a non-negative integer");
            }
            if (k.compareTo(n) > 0) {
                return 0L;
            }
            return Ints.normalize(fallingProduct(n, k.longValueExact()));
        });
        Natives.def(m, "hypot", (args, kw) -> {
            Args.noKeywords("hypot", kw);
            double[] v = new double[args.length];
            double max = 0.0;
            boolean nan = false;
            for (int i = 0; i < args.length; i++) {
                double x = Math.abs(Natives.toDouble(args[i]));
                v[i] = x;
                nan |= Double.isNaN(x);
                if (x > max) {
                    max = x;
                }
            }
            return vectorNorm(v.length, v, max, nan);
        });
        Natives.def(m, "dist", (args, kw) -> {
            Natives.exactly("dist", args, kw, 2);
            List<Object> p = sequence(args[0]);
            List<Object> q = sequence(args[1]);
            if (p.size() != q.size()) {
                throw Errors.value("both points must have the same number of dimensions");
            }
            double[] v = new double[p.size()];
            double max = 0.0;
            boolean nan = false;
            for (int i = 0; i < v.length; i++) {
                double x = Math.abs(Natives.toDouble(p.get(i)) - Natives.toDouble(q.get(i)));
                v[i] = x;
                nan |= Double.isNaN(x);
                if (x > max) {
                    max = x;
                }
            }
            return vectorNorm(v.length, v, max, nan);
        });
        Natives.def(m, "fsum", (args, kw) -> {
            Natives.exactlyOne("math.fsum", args, kw);
            return fsum(args[0]);
        });
        Natives.def(m, "prod", (args, kw) -> {
            Args.allowKeywords("prod", kw, "start");
            int pos = Natives.positional(args, kw);
            if (pos != 1) {
                throw Errors.type("prod() takes exactly 1 positional argument (%d given)", pos);
            }
            Object start = Natives.kw(args, kw, "start");
            Object acc = start == null ? (Object) 1L : start;
            PyIterator it = Iteration.iter(args[0]);
            for (Object v = it.next(); v != null; v = it.next()) {
                acc = Arith.mul(acc, v);
            }
            return acc;
        });
        Natives.def(m, "sumprod", (args, kw) -> {
            Natives.exactly("sumprod", args, kw, 2);
            return sumprod(args[0], args[1]);
        });
        Natives.def(m, "ulp", (args, kw) -> {
            Natives.exactlyOne("math.ulp", args, kw);
            double x = Natives.toDouble(args[0]);
            if (Double.isNaN(x)) {
                return x;
            }
            x = Math.abs(x);
            if (Double.isInfinite(x)) {
                return x;
            }
            double next = Math.nextUp(x);
            if (Double.isInfinite(next)) {
                return x - Math.nextDown(x);
            }
            return next - x;
        });
        Natives.def(m, "nextafter", (args, kw) -> {
            Args.allowKeywords("nextafter", kw, "steps");
            int pos = Natives.positional(args, kw);
            if (pos != 2) {
                throw Errors.type("nextafter expected 2 arguments, got %d", pos);
            }
            double x = Natives.toDouble(args[0]);
            double y = Natives.toDouble(args[1]);
            Object stepsArg = Natives.kw(args, kw, "steps");
            long steps = 1;
            if (stepsArg != null && stepsArg != dev.tint.eval.runtime.PyNone.NONE) {
                BigInteger s = Natives.bigIndex(stepsArg);
                if (s.signum() < 0) {
                    throw Errors.value("steps must be a non-negative integer");
                }
                steps = s.bitLength() > 62 ? Long.MAX_VALUE : s.longValue();
            }
            for (long i = 0; i < steps && x != y; i++) {
                if (Double.isNaN(x) || Double.isNaN(y)) {
                    return x + y;
                }
                x = Math.nextAfter(x, y);
            }
            return x;
        });
        return m;
    }

    // ---- helpers ----

    private static void unary(PyModule m, String name, DoubleUnaryOperator f, boolean canOverflow) {
        String full = "math." + name;
        Natives.def(m, name, (args, kw) -> {
            Natives.exactlyOne(full, args, kw);
            double x = Natives.toDouble(args[0]);
            return math1(x, f, canOverflow);
        });
    }

    /** CPython's math_1: errors from a NaN or infinite result. */
    static double math1(double x, DoubleUnaryOperator f, boolean canOverflow) {
        double r = f.applyAsDouble(x);
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw domain();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? range() : domain();
        }
        return r;
    }

    private static double mLog(double x) {
        if (Double.isFinite(x)) {
            if (x > 0) {
                return CorrectlyRounded.log(x);
            }
            throw domain();
        }
        if (Double.isNaN(x) || x > 0) {
            return x;
        }
        throw domain();
    }

    private static double mLog10(double x) {
        if (Double.isFinite(x)) {
            if (x > 0) {
                return CorrectlyRounded.log10(x);
            }
            throw domain();
        }
        if (Double.isNaN(x) || x > 0) {
            return x;
        }
        throw domain();
    }

    private static double mLog2(double x) {
        if (Double.isFinite(x)) {
            if (x > 0) {
                return CorrectlyRounded.log2(x);
            }
            throw domain();
        }
        if (Double.isNaN(x) || x > 0) {
            return x;
        }
        throw domain();
    }

    /** CPython's loghelper: ints are handled exactly, even beyond the float range. */
    private static double logHelper(Object arg, DoubleUnaryOperator f, boolean unused) {
        if (arg instanceof Long || arg instanceof BigInteger || arg instanceof Boolean) {
            BigInteger v = Ints.big(arg);
            if (v.signum() <= 0) {
                throw domain();
            }
            double d = v.doubleValue();
            if (Double.isInfinite(d)) {
                long[] e = new long[1];
                double x = frexpBig(v, e);
                return f.applyAsDouble(x) + f.applyAsDouble(2.0) * e[0];
            }
            return f.applyAsDouble(d);
        }
        double x = Natives.toDouble(arg);
        return f.applyAsDouble(x);
    }

    /** _PyLong_Frexp: v ~= x * 2**e with 0.5 <= x < 1, x correctly rounded. */
    static double frexpBig(BigInteger v, long[] e) {
        int n = v.bitLength();
        BigInteger top = v.shiftRight(n - 64);
        if (v.getLowestSetBit() < n - 64) {
            top = top.or(BigInteger.ONE);
        }
        double x = Math.scalb(top.doubleValue(), -64);
        long exp = n;
        if (x == 1.0) {
            x = 0.5;
            exp++;
        }
        e[0] = exp;
        return x;
    }

    private static double log1p(double x) {
        if (x == -1.0) {
            throw domain();
        }
        return StrictMath.log1p(x);
    }

    private static double asinh(double x) {
        if (Double.isInfinite(x) || Double.isNaN(x) || x == 0) {
            return x;
        }
        double a = Math.abs(x);
        double r;
        if (a > 0x1p28) {
            r = CorrectlyRounded.log(a) + 6.93147180559945286227e-01;
        } else if (a > 2.0) {
            r = CorrectlyRounded.log(2.0 * a + 1.0 / (Math.sqrt(x * x + 1.0) + a));
        } else if (a < 0x1p-28) {
            return x;
        } else {
            double t = x * x;
            r = StrictMath.log1p(a + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return Math.copySign(r, x);
    }

    private static double acosh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x < 1.0) {
            return Double.NaN;
        }
        if (x >= 0x1p28) {
            if (Double.isInfinite(x)) {
                return x;
            }
            return CorrectlyRounded.log(x) + 6.93147180559945286227e-01;
        }
        if (x == 1.0) {
            return 0.0;
        }
        if (x > 2.0) {
            double t = x * x;
            return CorrectlyRounded.log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
        }
        double t = x - 1.0;
        return StrictMath.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    private static double atanh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a >= 1.0) {
            return Double.NaN;
        }
        if (a < 0x1p-28) {
            return x;
        }
        double t;
        if (a < 0.5) {
            t = a + a;
            t = 0.5 * StrictMath.log1p(t + t * a / (1.0 - a));
        } else {
            t = 0.5 * StrictMath.log1p((a + a) / (1.0 - a));
        }
        return Math.copySign(t, x);
    }

    static double pow(double x, double y) {
        double r;
        boolean domainErr = false;
        boolean rangeErr = false;
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) {
                r = y == 0.0 ? 1.0 : x;
            } else if (Double.isNaN(y)) {
                r = x == 1.0 ? 1.0 : y;
            } else if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (y > 0.0) {
                    r = oddY ? x : Math.abs(x);
                } else if (y == 0.0) {
                    r = 1.0;
                } else {
                    r = oddY ? Math.copySign(0.0, x) : 0.0;
                }
            } else {
                if (Math.abs(x) == 1.0) {
                    r = 1.0;
                } else if (y > 0.0 && Math.abs(x) > 1.0) {
                    r = y;
                } else if (y < 0.0 && Math.abs(x) < 1.0) {
                    r = -y;
                } else {
                    r = 0.0;
                }
            }
        } else {
            r = CorrectlyRounded.pow(x, y);
            if (!Double.isFinite(r)) {
                if (Double.isNaN(r)) {
                    domainErr = true;
                } else if (x == 0.0) {
                    domainErr = true;
                } else {
                    rangeErr = true;
                }
            }
        }
        if (domainErr) {
            throw domain();
        }
        if (rangeErr) {
            throw range();
        }
        return r;
    }

    private static double atan2(double y, double x) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        if (Double.isInfinite(y)) {
            if (Double.isInfinite(x)) {
                if (Math.copySign(1.0, x) == 1.0) {
                    return Math.copySign(0.25 * Math.PI, y);
                }
                return Math.copySign(0.75 * Math.PI, y);
            }
            return Math.copySign(0.5 * Math.PI, y);
        }
        if (Double.isInfinite(x) || y == 0.0) {
            if (Math.copySign(1.0, x) == 1.0) {
                return Math.copySign(0.0, y);
            }
            return Math.copySign(Math.PI, y);
        }
        return CorrectlyRounded.atan2(y, x);
    }

    private static double remainder(double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            if (y == 0.0) {
                throw domain();
            }
            double absx = Math.abs(x);
            double absy = Math.abs(y);
            double m = absx % absy;
            double c = absy - m;
            double r;
            if (m < c) {
                r = m;
            } else if (m > c) {
                r = -c;
            } else {
                r = m - 2.0 * ((0.5 * (absx - m)) % absy);
            }
            return Math.copySign(1.0, x) * r;
        }
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isNaN(y)) {
            return y;
        }
        if (Double.isInfinite(x)) {
            throw domain();
        }
        return x;
    }

    private static double ldexp(double x, BigInteger exp) {
        if (x == 0.0 || !Double.isFinite(x)) {
            return x;
        }
        double r;
        if (exp.compareTo(BigInteger.valueOf(10000)) > 0) {
            throw range();
        } else if (exp.compareTo(BigInteger.valueOf(-10000)) < 0) {
            r = Math.copySign(0.0, x);
        } else {
            r = Math.scalb(x, exp.intValue());
            if (Double.isInfinite(r)) {
                throw range();
            }
        }
        return r;
    }

    private static Object rounding(Object x, String dunder, boolean floor) {
        if (x instanceof Double d) {
            return toInt(floor ? Math.floor(d) : Math.ceil(d));
        }
        if (x instanceof Long || x instanceof BigInteger) {
            return x;
        }
        if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        Object r = Natives.userDunder(x, dunder);
        if (r != null) {
            return r;
        }
        double d = Natives.toDouble(x);
        return toInt(floor ? Math.floor(d) : Math.ceil(d));
    }

    static Object toInt(double integral) {
        if (Double.isNaN(integral)) {
            throw Errors.value("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(integral)) {
            throw Errors.overflow("cannot convert float infinity to integer");
        }
        if (integral >= -0x1p63 && integral < 0x1p63) {
            return (long) integral;
        }
        return Ints.normalize(new BigDecimal(integral).toBigInteger());
    }

    private static Object isclose(Object[] args, String[] kw) {
        Args.allowKeywords("isclose", kw, "a", "b", "rel_tol", "abs_tol");
        int pos = Natives.positional(args, kw);
        if (pos > 2) {
            throw Errors.type("isclose() takes exactly 2 positional arguments (%d given)", pos);
        }
        Object a = pos > 0 ? args[0] : Natives.kw(args, kw, "a");
        Object b = pos > 1 ? args[1] : Natives.kw(args, kw, "b");
        if (a == null) {
            throw Errors.type("isclose() missing required argument 'a' (pos 1)");
        }
        if (b == null) {
            throw Errors.type("isclose() missing required argument 'b' (pos 2)");
        }
        double x = Natives.toDouble(a);
        double y = Natives.toDouble(b);
        Object rt = Natives.kw(args, kw, "rel_tol");
        Object at = Natives.kw(args, kw, "abs_tol");
        double relTol = rt == null ? 1e-09 : Natives.toDouble(rt);
        double absTol = at == null ? 0.0 : Natives.toDouble(at);
        if (relTol < 0.0 || absTol < 0.0) {
            throw Errors.value("tolerances must be non-negative");
        }
        if (x == y) {
            return true;
        }
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return false;
        }
        double diff = Math.abs(y - x);
        return (diff <= Math.abs(relTol * y)) || (diff <= Math.abs(relTol * x)) || (diff <= absTol);
    }

    private static Object factorial(Object arg) {
        BigInteger n = Natives.bigIndex(arg);
        if (n.signum() < 0) {
            throw Errors.value("factorial() not defined for negative values");
        }
        if (n.bitLength() > 31) {
            throw Errors.overflow("factorial() argument should not exceed %d", Long.MAX_VALUE);
        }
        return Ints.normalize(factorialBig(n.longValue()));
    }

    static BigInteger factorialBig(long n) {
        if (n < 21) {
            long r = 1;
            for (long i = 2; i <= n; i++) {
                r *= i;
            }
            return BigInteger.valueOf(r);
        }
        return rangeProduct(1, n);
    }

    /** The product lo * (lo+1) * ... * hi, by splitting in halves (fast for big ranges). */
    private static BigInteger rangeProduct(long lo, long hi) {
        if (hi - lo < 16) {
            BigInteger r = BigInteger.ONE;
            long acc = 1;
            for (long i = lo; i <= hi; i++) {
                if (acc > Long.MAX_VALUE / Math.max(i, 1)) {
                    r = r.multiply(BigInteger.valueOf(acc));
                    acc = 1;
                }
                acc *= i;
            }
            return r.multiply(BigInteger.valueOf(acc));
        }
        long mid = (lo + hi) >>> 1;
        return rangeProduct(lo, mid).multiply(rangeProduct(mid + 1, hi));
    }

    /** n * (n-1) * ... * (n-k+1). */
    private static BigInteger fallingProduct(BigInteger n, long k) {
        if (k == 0) {
            return BigInteger.ONE;
        }
        if (n.bitLength() < 62) {
            long hi = n.longValue();
            return rangeProduct(hi - k + 1, hi);
        }
        BigInteger r = BigInteger.ONE;
        for (long i = 0; i < k; i++) {
            r = r.multiply(n.subtract(BigInteger.valueOf(i)));
        }
        return r;
    }

    private static List<Object> sequence(Object o) {
        if (o instanceof PyTuple t) {
            return java.util.Arrays.asList(t.items());
        }
        return Natives.list(o);
    }

    /**
     * CPython's math.sumprod: exact for ints that fit a long, triple-length accumulation for
     * floats (and float/int pairs), generic + and * for everything else.
     */
    static Object sumprod(Object p, Object q) {
        PyIterator pi = Iteration.iter(p);
        PyIterator qi = Iteration.iter(q);
        Object total = 0L;
        boolean intPath = true;
        boolean intInUse = false;
        long intTotal = 0;
        boolean fltPath = true;
        boolean fltInUse = false;
        double hi = 0.0;
        double lo = 0.0;
        double tiny = 0.0;
        while (true) {
            Object a = pi.next();
            Object b = qi.next();
            if ((a == null) != (b == null)) {
                throw Errors.value("Inputs are not the same length");
            }
            boolean finished = a == null;
            if (intPath) {
                if (!finished && a instanceof Long x && b instanceof Long y) {
                    long prod;
                    long sum;
                    try {
                        prod = Math.multiplyExact(x, y);
                        sum = Math.addExact(intTotal, prod);
                    } catch (ArithmeticException e) {
                        sum = 0;
                        prod = 0;
                        intPath = false;
                    }
                    if (intPath) {
                        intTotal = sum;
                        intInUse = true;
                        continue;
                    }
                }
                intPath = false;
                if (intInUse) {
                    total = Arith.add(total, intTotal);
                    intTotal = 0;
                    intInUse = false;
                }
            }
            if (fltPath) {
                boolean ok = false;
                double x = 0;
                double y = 0;
                if (!finished) {
                    boolean af = a instanceof Double;
                    boolean bf = b instanceof Double;
                    boolean aInt = a instanceof Long || a instanceof BigInteger || a instanceof Boolean;
                    boolean bInt = b instanceof Long || b instanceof BigInteger || b instanceof Boolean;
                    try {
                        if (af && bf) {
                            x = (Double) a;
                            y = (Double) b;
                            ok = true;
                        } else if (af && bInt) {
                            x = (Double) a;
                            y = Ints.toDouble(b);
                            ok = true;
                        } else if (bf && aInt) {
                            y = (Double) b;
                            x = Ints.toDouble(a);
                            ok = true;
                        }
                    } catch (ScriptError e) {
                        ok = false;
                    }
                }
                if (ok) {
                    // tl_fma: Algorithm 5.10 with SumKVert for K=3
                    double prHi = x * y;
                    double prLo = Math.fma(x, y, -prHi);
                    double smHi = hi + prHi;
                    double z = smHi - hi;
                    double smLo = (hi - (smHi - z)) + (prHi - z);
                    double r1Hi = lo + prLo;
                    z = r1Hi - lo;
                    double r1Lo = (lo - (r1Hi - z)) + (prLo - z);
                    double r2Hi = r1Hi + smLo;
                    z = r2Hi - r1Hi;
                    double r2Lo = (r1Hi - (r2Hi - z)) + (smLo - z);
                    if (Double.isFinite(smHi)) {
                        hi = smHi;
                        lo = r2Hi;
                        tiny = tiny + r1Lo + r2Lo;
                        fltInUse = true;
                        continue;
                    }
                }
                fltPath = false;
                if (fltInUse) {
                    // tl_to_d
                    double lastHi = lo + hi;
                    double z = lastHi - lo;
                    double lastLo = (lo - (lastHi - z)) + (hi - z);
                    total = Arith.add(total, tiny + lastLo + lastHi);
                    hi = 0.0;
                    lo = 0.0;
                    tiny = 0.0;
                    fltInUse = false;
                }
            }
            if (finished) {
                return total;
            }
            total = Arith.add(total, Arith.mul(a, b));
        }
    }

    /** CPython 3.13's vector_norm: an accurately rounded hypotenuse. */
    static double vectorNorm(int n, double[] vec, double max, boolean foundNan) {
        if (Double.isInfinite(max)) {
            return max;
        }
        if (foundNan) {
            return Double.NaN;
        }
        if (max == 0.0 || n <= 1) {
            return max;
        }
        int maxE = Math.getExponent(max) + 1;
        if (Math.getExponent(max) == Double.MIN_EXPONENT - 1) {
            // subnormal: frexp exponent
            maxE = Math.getExponent(max * 0x1p54) + 1 - 54;
        }
        if (maxE < -1023) {
            for (int i = 0; i < n; i++) {
                vec[i] /= Double.MIN_NORMAL;
            }
            return Double.MIN_NORMAL * vectorNorm(n, vec, max / Double.MIN_NORMAL, foundNan);
        }
        double scale = Math.scalb(1.0, -maxE);
        double csum = 1.0;
        double frac1 = 0.0;
        double frac2 = 0.0;
        for (int i = 0; i < n; i++) {
            double x = vec[i] * scale;
            double prHi = x * x;
            double prLo = Math.fma(x, x, -prHi);
            double smHi = csum + prHi;
            double smLo = prHi - (smHi - csum);
            csum = smHi;
            frac1 += prLo;
            frac2 += smLo;
        }
        double h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
        double prHi = -h * h;
        double prLo = Math.fma(-h, h, -prHi);
        double smHi = csum + prHi;
        double smLo = prHi - (smHi - csum);
        csum = smHi;
        frac1 += prLo;
        frac2 += smLo;
        double x = csum - 1.0 + (frac1 + frac2);
        h += x / (2.0 * h);
        return h / scale;
    }

    /** CPython's math.fsum: Shewchuk's exact summation with half-even rounding of the partials. */
    static double fsum(Object iterable) {
        PyIterator it = Iteration.iter(iterable);
        double[] p = new double[32];
        int n = 0;
        double specialSum = 0.0;
        double infSum = 0.0;
        double lo = 0.0;
        for (Object item = it.next(); item != null; item = it.next()) {
            double x = Natives.toDouble(item);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = p[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    p[i++] = lo;
                }
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    if (Double.isFinite(xsave)) {
                        throw Errors.overflow("intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(xsave)) {
                        infSum += xsave;
                    }
                    specialSum += xsave;
                    n = 0;
                } else {
                    if (n >= p.length) {
                        p = java.util.Arrays.copyOf(p, p.length * 2);
                    }
                    p[n++] = x;
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) {
                throw Errors.value("-inf + inf in fsum");
            }
            return specialSum;
        }
        double hi = 0.0;
        if (n > 0) {
            hi = p[--n];
            while (n > 0) {
                double x = hi;
                double y = p[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    break;
                }
            }
            if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) {
                    hi = x;
                }
            }
        }
        return hi;
    }
}
