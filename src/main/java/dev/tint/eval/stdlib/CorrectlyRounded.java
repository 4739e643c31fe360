package dev.tint.eval.stdlib;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Elementary functions as CPython computes them with the GNU C library. glibc's modern exp,
 * log, log2, pow, sin, cos, tan, atan, atan2, asin and acos return the correctly rounded result
 * in all but a vanishing fraction of cases, while Java's versions are off by one unit in the
 * last place far more often (for log2 and atan2 in a quarter of all arguments), which shows in
 * a float's repr. So these evaluate in double-double arithmetic (about 106 bits) and round once.
 * The functions glibc still takes from fdlibm (log10, cosh, sinh, cbrt ...) are ported from
 * glibc's sources instead, so they give glibc's own results.
 */
final class CorrectlyRounded {
    private CorrectlyRounded() {}

    // ------------------------------------------------------------------ double-double

    /** An unevaluated sum hi + lo with |lo| <= ulp(hi)/2. */
    static final class DD {
        final double hi;
        final double lo;

        DD(double hi, double lo) {
            this.hi = hi;
            this.lo = lo;
        }

        double value() {
            return hi + lo;
        }
    }

    static DD fastTwoSum(double a, double b) {
        double s = a + b;
        return new DD(s, b - (s - a));
    }

    static DD twoSum(double a, double b) {
        double s = a + b;
        double bb = s - a;
        return new DD(s, (a - (s - bb)) + (b - bb));
    }

    static DD twoProd(double a, double b) {
        double p = a * b;
        return new DD(p, Math.fma(a, b, -p));
    }

    static DD add(DD a, DD b) {
        DD s = twoSum(a.hi, b.hi);
        DD t = twoSum(a.lo, b.lo);
        DD u = fastTwoSum(s.hi, s.lo + t.hi);
        return fastTwoSum(u.hi, u.lo + t.lo);
    }

    static DD add(DD a, double b) {
        DD s = twoSum(a.hi, b);
        return fastTwoSum(s.hi, s.lo + a.lo);
    }

    static DD neg(DD a) {
        return new DD(-a.hi, -a.lo);
    }

    static DD sub(DD a, DD b) {
        return add(a, neg(b));
    }

    static DD mul(DD a, DD b) {
        DD p = twoProd(a.hi, b.hi);
        return fastTwoSum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi));
    }

    static DD mul(DD a, double b) {
        DD p = twoProd(a.hi, b);
        return fastTwoSum(p.hi, p.lo + a.lo * b);
    }

    static DD div(DD a, DD b) {
        double q1 = a.hi / b.hi;
        DD r = sub(a, mul(b, q1));
        double q2 = r.hi / b.hi;
        r = sub(r, mul(b, q2));
        double q3 = r.hi / b.hi;
        return add(fastTwoSum(q1, q2), q3);
    }

    static DD sqrt(DD a) {
        if (a.hi <= 0) {
            return new DD(Math.sqrt(a.hi), 0.0);
        }
        double s = Math.sqrt(a.hi);
        DD e = sub(a, twoProd(s, s));
        return fastTwoSum(s, e.hi / (2.0 * s));
    }

    private static DD dd(double x) {
        return new DD(x, 0.0);
    }

    // ------------------------------------------------------------------ constants

    private static final MathContext MC = new MathContext(60, RoundingMode.HALF_EVEN);
    private static final BigDecimal PI_BD = new BigDecimal(
            "3.14159265358979323846264338327950288419716939937510582097494459");
    private static final BigDecimal LN2_BD = new BigDecimal(
            "0.693147180559945309417232121458176568075500134360255254120680009");
    private static final BigDecimal LN10_BD = new BigDecimal(
            "2.30258509299404568401799145468436420760110148862877297603332790");

    static DD toDD(BigDecimal b) {
        double hi = b.doubleValue();
        double lo = b.subtract(new BigDecimal(hi), MC).doubleValue();
        return new DD(hi, lo);
    }

    static final DD PI = toDD(PI_BD);
    static final DD PI_2 = toDD(PI_BD.divide(BigDecimal.valueOf(2), MC));
    static final DD LN2 = toDD(LN2_BD);
    static final DD INV_LN2 = toDD(BigDecimal.ONE.divide(LN2_BD, MC));
    static final DD INV_LN10 = toDD(BigDecimal.ONE.divide(LN10_BD, MC));

    /** ln(x) for x near 1, as 2 atanh((x-1)/(x+1)). */
    private static BigDecimal lnBD(BigDecimal x) {
        BigDecimal u = x.subtract(BigDecimal.ONE).divide(x.add(BigDecimal.ONE), MC);
        BigDecimal u2 = u.multiply(u, MC);
        BigDecimal term = u;
        BigDecimal sum = BigDecimal.ZERO;
        for (int n = 1; n < 400; n += 2) {
            BigDecimal t = term.divide(BigDecimal.valueOf(n), MC);
            sum = sum.add(t, MC);
            if (t.abs().compareTo(new BigDecimal("1e-58")) < 0) {
                break;
            }
            term = term.multiply(u2, MC);
        }
        return sum.multiply(BigDecimal.valueOf(2), MC);
    }

    private static BigDecimal expBD(BigDecimal x) {
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        for (int n = 1; n < 400; n++) {
            term = term.multiply(x, MC).divide(BigDecimal.valueOf(n), MC);
            sum = sum.add(term, MC);
            if (term.abs().compareTo(new BigDecimal("1e-58")) < 0) {
                break;
            }
        }
        return sum;
    }

    private static BigDecimal atanBD(BigDecimal x) {
        // two halvings: atan(x) = 2 atan(x / (1 + sqrt(1 + x^2)))
        BigDecimal y = x;
        for (int i = 0; i < 2; i++) {
            y = y.divide(BigDecimal.ONE.add(BigDecimal.ONE.add(y.multiply(y, MC)).sqrt(MC)), MC);
        }
        BigDecimal y2 = y.multiply(y, MC);
        BigDecimal term = y;
        BigDecimal sum = BigDecimal.ZERO;
        for (int n = 1; n < 400; n += 2) {
            BigDecimal t = term.divide(BigDecimal.valueOf(n), MC);
            sum = ((n / 2) % 2 == 0) ? sum.add(t, MC) : sum.subtract(t, MC);
            if (t.abs().compareTo(new BigDecimal("1e-58")) < 0) {
                break;
            }
            term = term.multiply(y2, MC);
        }
        return sum.multiply(BigDecimal.valueOf(4), MC);
    }

    private static BigDecimal sinBD(BigDecimal x) {
        BigDecimal x2 = x.multiply(x, MC);
        BigDecimal term = x;
        BigDecimal sum = x;
        for (int n = 1; n < 200; n++) {
            term = term.multiply(x2, MC).divide(BigDecimal.valueOf((2L * n) * (2L * n + 1)), MC).negate();
            sum = sum.add(term, MC);
            if (term.abs().compareTo(new BigDecimal("1e-58")) < 0) {
                break;
            }
        }
        return sum;
    }

    private static BigDecimal cosBD(BigDecimal x) {
        BigDecimal x2 = x.multiply(x, MC);
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        for (int n = 1; n < 200; n++) {
            term = term.multiply(x2, MC).divide(BigDecimal.valueOf((2L * n - 1) * (2L * n)), MC).negate();
            sum = sum.add(term, MC);
            if (term.abs().compareTo(new BigDecimal("1e-58")) < 0) {
                break;
            }
        }
        return sum;
    }

    // log: tables of log(1 + k/64) for k in [-20, 28]
    private static final int LOG_K0 = -20;
    private static final DD[] LOG_C = new DD[49];
    // atan: atan(k/32) for k in [0, 32]
    private static final DD[] ATAN_C = new DD[33];
    // exp: 2^(j/64) for j in [0, 64)
    private static final DD[] EXP2_J = new DD[64];
    // sin/cos of k/64 for k in [0, 51] (covers [0, pi/4 + 1/128])
    private static final DD[] SIN_K = new DD[52];
    private static final DD[] COS_K = new DD[52];
    // series coefficients
    private static final DD[] INV_ODD = new DD[16];
    private static final DD[] INV_FACT = new DD[24];

    static {
        for (int i = 0; i < LOG_C.length; i++) {
            int k = i + LOG_K0;
            BigDecimal c = BigDecimal.ONE.add(BigDecimal.valueOf(k).divide(BigDecimal.valueOf(64), MC));
            LOG_C[i] = toDD(lnBD(c));
        }
        for (int k = 0; k < ATAN_C.length; k++) {
            ATAN_C[k] = toDD(atanBD(BigDecimal.valueOf(k).divide(BigDecimal.valueOf(32), MC)));
        }
        for (int j = 0; j < 64; j++) {
            EXP2_J[j] = toDD(expBD(LN2_BD.multiply(BigDecimal.valueOf(j), MC).divide(BigDecimal.valueOf(64), MC)));
        }
        for (int k = 0; k < SIN_K.length; k++) {
            BigDecimal a = BigDecimal.valueOf(k).divide(BigDecimal.valueOf(64), MC);
            SIN_K[k] = toDD(sinBD(a));
            COS_K[k] = toDD(cosBD(a));
        }
        for (int i = 0; i < INV_ODD.length; i++) {
            INV_ODD[i] = toDD(BigDecimal.ONE.divide(BigDecimal.valueOf(2L * i + 1), MC));
        }
        BigDecimal f = BigDecimal.ONE;
        for (int i = 0; i < INV_FACT.length; i++) {
            if (i > 0) {
                f = f.multiply(BigDecimal.valueOf(i));
            }
            INV_FACT[i] = toDD(BigDecimal.ONE.divide(f, MC));
        }
    }

    // ------------------------------------------------------------------ logarithms

    /** x = m * 2^e with m in [sqrt(1/2), sqrt(2)); returns m and stores e. */
    private static double reduce(double x, int[] e) {
        int shift = 0;
        if (x < Double.MIN_NORMAL) {
            x *= 0x1p54;
            shift = -54;
        }
        int exp = Math.getExponent(x);
        double m = Math.scalb(x, -exp);
        if (m > 1.4142135623730951) {
            m *= 0.5;
            exp++;
        }
        e[0] = exp + shift;
        return m;
    }

    /** log(m) for m in [sqrt(1/2), sqrt(2)) in double-double. */
    private static DD logMantissa(double m) {
        int k = (int) Math.rint((m - 1.0) * 64.0);
        double c = 1.0 + k / 64.0;
        double num = m - c; // exact
        DD den = twoSum(m, c);
        DD u = div(dd(num), den);
        DD u2 = mul(u, u);
        DD s = INV_ODD[9];
        for (int i = 8; i >= 0; i--) {
            s = add(mul(s, u2), INV_ODD[i]);
        }
        DD series = mul(mul(s, u), 2.0);
        return k == 0 ? series : add(LOG_C[k - LOG_K0], series);
    }

    static DD logDD(double x) {
        int[] e = new int[1];
        double m = reduce(x, e);
        DD lm = logMantissa(m);
        if (e[0] == 0) {
            return lm;
        }
        return add(mul(LN2, e[0]), lm);
    }

    static double log(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            return Math.log(x);
        }
        if (x == 1.0) {
            return 0.0;
        }
        return logDD(x).value();
    }

    static double log2(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            return Math.log(x);
        }
        int[] e = new int[1];
        double m = reduce(x, e);
        if (m == 1.0) {
            return e[0];
        }
        DD l = mul(logMantissa(m), INV_LN2);
        return add(l, e[0]).value();
    }

    private static final double TWO54 = 1.80143985094819840000e+16;
    private static final double IVLN10 = 4.34294481903251816668e-01;
    private static final double LOG10_2HI = 3.01029995663611771306e-01;
    private static final double LOG10_2LO = 3.69423907715893078616e-13;

    /** glibc's __ieee754_log10 (fdlibm), over a correctly rounded log. */
    static double log10(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int hx = (int) (bits >> 32);
        int lx = (int) bits;
        int k = 0;
        if (hx < 0x00100000) {
            if (((hx & 0x7fffffff) | lx) == 0) {
                return -TWO54 / Math.abs(x);
            }
            if (hx < 0) {
                return Double.NaN;
            }
            k -= 54;
            x *= TWO54;
            bits = Double.doubleToRawLongBits(x);
            hx = (int) (bits >> 32);
        }
        if (hx >= 0x7ff00000) {
            return x + x;
        }
        k += (hx >> 20) - 1023;
        int i = (k & 0x80000000) >>> 31;
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = k + i;
        x = Double.longBitsToDouble(((long) hx << 32) | (Double.doubleToRawLongBits(x) & 0xFFFFFFFFL));
        double z = y * LOG10_2LO + IVLN10 * log(x);
        return z + y * LOG10_2HI;
    }

    // ------------------------------------------------------------------ exp and pow

    /** e^x for a double-double x with |x| < 709.9; null on overflow/underflow outside that. */
    static double expDD(DD x) {
        // x = n*ln2/64 + r, |r| <= ln2/128
        double nd = Math.rint(x.hi * (64.0 / 0.6931471805599453));
        int n = (int) nd;
        DD r = sub(x, mul(LN2, nd / 64.0));
        // e^r by Taylor: |r| < 0.0055, 12 terms
        DD s = INV_FACT[13];
        for (int i = 12; i >= 0; i--) {
            s = add(mul(s, r), INV_FACT[i]);
        }
        DD v = mul(s, EXP2_J[Math.floorMod(n, 64)]);
        int e = Math.floorDiv(n, 64);
        if (e > 1000 || e < -1000) {
            // scale in two steps to avoid premature overflow or double rounding in subnormals
            return Math.scalb(Math.scalb(v.value(), e / 2), e - e / 2);
        }
        if (e < -1021) {
            // subnormal result: round once at the final precision
            double hi = Math.scalb(v.hi, e);
            double back = Math.scalb(hi, -e);
            double rest = (v.hi - back) + v.lo;
            return hi + Math.scalb(rest, e);
        }
        return Math.scalb(v.value(), e);
    }

    static double exp(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x > 709.782712893384) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < -745.1332191019412) {
            return 0.0;
        }
        if (x == 0.0) {
            return 1.0;
        }
        if (Math.abs(x) < 0x1p-54) {
            return 1.0 + x;
        }
        return expDD(dd(x));
    }

    static double pow(double x, double y) {
        // callers handle the special values; here x and y are finite
        if (y == 0.0 || x == 1.0) {
            return 1.0;
        }
        if (x == 0.0) {
            return Math.pow(x, y);
        }
        boolean negate = false;
        if (x < 0) {
            if (y != Math.rint(y)) {
                return Double.NaN;
            }
            negate = Math.abs(y) < 0x1p53 && ((long) y & 1) == 1;
            x = -x;
        }
        if (y == 1.0) {
            return negate ? -x : x;
        }
        if (y == 2.0) {
            return x * x;
        }
        if (y == 0.5) {
            double s = Math.sqrt(x);
            return negate ? -s : s;
        }
        DD t = mul(logDD(x), y);
        double r;
        if (t.hi > 709.79) {
            r = Double.POSITIVE_INFINITY;
        } else if (t.hi < -745.2) {
            r = 0.0;
        } else {
            r = expDD(t);
        }
        return negate ? -r : r;
    }

    // ------------------------------------------------------------------ trigonometry

    private static final double PIO2_1 = 1.57079632673412561417e+00;
    private static final double PIO2_1T = 6.07710050650619224932e-11;
    private static final DD PIO2_REST = toDD(PI_BD.divide(BigDecimal.valueOf(2), MC).subtract(new BigDecimal(PIO2_1)));

    /** x = q*pi/2 + r with r in double-double; returns r and stores q mod 4. */
    private static DD reducePiOver2(double x, int[] quadrant) {
        double a = Math.abs(x);
        if (a <= 0.785398163397448279) {
            quadrant[0] = 0;
            return dd(x);
        }
        if (a < 0x1p19) {
            double q = Math.rint(x * 0.636619772367581343);
            // x - q*pi/2 with pi/2 = PIO2_1 + PIO2_REST (PIO2_1 has 33 bits, so q*PIO2_1 is exact)
            double r1 = x - q * PIO2_1;
            DD r = sub(dd(r1), mul(PIO2_REST, q));
            quadrant[0] = (int) ((long) q & 3);
            return r;
        }
        // huge arguments: exact reduction with big decimals
        BigDecimal bx = new BigDecimal(x);
        MathContext wide = new MathContext(Math.max(60, 60 + (int) (Math.getExponent(x) * 0.302) + 10),
                RoundingMode.HALF_EVEN);
        BigDecimal pi = piTo(wide.getPrecision());
        BigDecimal halfPi = pi.divide(BigDecimal.valueOf(2), wide);
        BigDecimal q = bx.divide(halfPi, wide).setScale(0, RoundingMode.HALF_EVEN);
        BigDecimal r = bx.subtract(q.multiply(halfPi, wide), wide);
        quadrant[0] = q.remainder(BigDecimal.valueOf(4)).intValue() & 3;
        return toDD(r.round(MC));
    }

    private static BigDecimal piCache;

    /** pi to the given number of digits (Machin's formula), cached. */
    private static synchronized BigDecimal piTo(int digits) {
        if (piCache != null && piCache.precision() >= digits) {
            return piCache;
        }
        MathContext mc = new MathContext(digits + 10, RoundingMode.HALF_EVEN);
        BigDecimal a = arctanInv(5, mc).multiply(BigDecimal.valueOf(16), mc);
        BigDecimal b = arctanInv(239, mc).multiply(BigDecimal.valueOf(4), mc);
        piCache = a.subtract(b, mc);
        return piCache;
    }

    private static BigDecimal arctanInv(int n, MathContext mc) {
        BigDecimal x = BigDecimal.ONE.divide(BigDecimal.valueOf(n), mc);
        BigDecimal x2 = x.multiply(x, mc);
        BigDecimal term = x;
        BigDecimal sum = x;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 2);
        for (int k = 1; ; k++) {
            term = term.multiply(x2, mc);
            BigDecimal t = term.divide(BigDecimal.valueOf(2L * k + 1), mc);
            sum = (k % 2 == 1) ? sum.subtract(t, mc) : sum.add(t, mc);
            if (t.compareTo(eps) < 0) {
                return sum;
            }
        }
    }

    /** sin and cos of r (|r| <= pi/4 + a little), double-double. */
    private static DD[] sinCosSmall(DD r) {
        boolean negative = r.hi < 0;
        DD a = negative ? neg(r) : r;
        int k = (int) Math.rint(a.hi * 64.0);
        if (k >= SIN_K.length) {
            k = SIN_K.length - 1;
        }
        DD d = add(a, -k / 64.0); // |d| <= 1/128
        DD d2 = mul(d, d);
        // sin(d) = d (1 - d^2/3! + ...), cos(d) = 1 - d^2/2! + ...
        DD ss = INV_FACT[15];
        for (int i = 13; i >= 1; i -= 2) {
            ss = add(mul(neg(ss), d2), INV_FACT[i]);
            if (i == 1) {
                break;
            }
        }
        DD sinD = mul(ss, d);
        DD cs = INV_FACT[16];
        for (int i = 14; i >= 0; i -= 2) {
            cs = add(mul(neg(cs), d2), INV_FACT[i]);
        }
        DD cosD = cs;
        DD sin;
        DD cos;
        if (k == 0) {
            sin = sinD;
            cos = cosD;
        } else {
            sin = add(mul(SIN_K[k], cosD), mul(COS_K[k], sinD));
            cos = sub(mul(COS_K[k], cosD), mul(SIN_K[k], sinD));
        }
        return new DD[] {negative ? neg(sin) : sin, cos};
    }

    private static DD[] sinCos(double x) {
        int[] q = new int[1];
        DD r = reducePiOver2(x, q);
        DD[] sc = sinCosSmall(r);
        DD s = sc[0];
        DD c = sc[1];
        switch (q[0]) {
            case 0:
                return new DD[] {s, c};
            case 1:
                return new DD[] {c, neg(s)};
            case 2:
                return new DD[] {neg(s), neg(c)};
            default:
                return new DD[] {neg(c), s};
        }
    }

    static double sin(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.NaN;
        }
        if (Math.abs(x) < 0x1p-26) {
            return x == 0 ? x : Math.sin(x);
        }
        return sinCos(x)[0].value();
    }

    static double cos(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.NaN;
        }
        if (Math.abs(x) < 0x1p-27) {
            return 1.0;
        }
        return sinCos(x)[1].value();
    }

    static double tan(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.NaN;
        }
        if (Math.abs(x) < 0x1p-27) {
            return x == 0 ? x : Math.tan(x);
        }
        DD[] sc = sinCos(x);
        return div(sc[0], sc[1]).value();
    }

    /** atan of a non-negative double-double t <= 1. */
    private static DD atanUnit(DD t) {
        int k = (int) Math.rint(t.hi * 32.0);
        double c = k / 32.0;
        // u = (t - c) / (1 + t*c)
        DD u = k == 0 ? t : div(add(t, -c), add(mul(t, c), 1.0));
        DD u2 = mul(u, u);
        DD s = INV_ODD[11];
        for (int i = 10; i >= 0; i--) {
            s = add(mul(neg(s), u2), INV_ODD[i]); // s = 1 - u2/3 + u2^2/5 - ...
        }
        DD series = mul(s, u);
        return k == 0 ? series : add(ATAN_C[k], series);
    }

    /** atan of a double-double (any sign, any magnitude). */
    private static DD atanDD(DD x) {
        boolean negative = x.hi < 0;
        DD a = negative ? neg(x) : x;
        DD r;
        if (a.hi > 1.0 || (a.hi == 1.0 && a.lo > 0)) {
            r = sub(PI_2, atanUnit(div(dd(1.0), a)));
        } else {
            r = atanUnit(a);
        }
        return negative ? neg(r) : r;
    }

    static double atan(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a > 0x1p60) {
            return Math.copySign(PI_2.hi, x);
        }
        if (a < 0x1p-27) {
            return x;
        }
        return atanDD(dd(x)).value();
    }

    /** atan2 for double-double y and x, not both zero, finite. */
    private static DD atan2DD(DD y, DD x) {
        if (x.hi == 0) {
            return y.hi > 0 ? PI_2 : neg(PI_2);
        }
        if (y.hi == 0) {
            return x.hi > 0 ? dd(0.0 * y.hi) : (Math.copySign(1.0, y.hi) > 0 ? PI : neg(PI));
        }
        DD ay = y.hi < 0 ? neg(y) : y;
        DD ax = x.hi < 0 ? neg(x) : x;
        DD r;
        if (ay.hi > ax.hi) {
            r = sub(PI_2, atanUnit(div(ax, ay)));
        } else {
            r = atanUnit(div(ay, ax));
        }
        if (x.hi < 0) {
            r = sub(PI, r);
        }
        return y.hi < 0 ? neg(r) : r;
    }

    /** atan2 for finite, non-zero y (CPython's m_atan2 handles the other cases first). */
    static double atan2(double y, double x) {
        double q = Math.abs(y / x);
        if (q > 0x1p900 || q < 0x1p-900 || Math.abs(y) < 0x1p-900 || Math.abs(x) < 0x1p-900
                || Math.abs(y) > 0x1p900 || Math.abs(x) > 0x1p900) {
            return StrictMath.atan2(y, x);
        }
        return atan2DD(dd(y), dd(x)).value();
    }

    static double asin(double x) {
        if (Double.isNaN(x) || Math.abs(x) > 1.0) {
            return Double.NaN;
        }
        if (Math.abs(x) < 0x1p-26) {
            return x;
        }
        // sqrt(1 - x^2) = sqrt((1 - x)(1 + x)), both factors exact or double-double
        DD oneMinus = twoSum(1.0, -x);
        DD onePlus = twoSum(1.0, x);
        DD c = sqrt(mul(oneMinus, onePlus));
        return atan2DD(dd(x), c).value();
    }

    static double acos(double x) {
        if (Double.isNaN(x) || Math.abs(x) > 1.0) {
            return Double.NaN;
        }
        if (x == 1.0) {
            return 0.0;
        }
        DD oneMinus = twoSum(1.0, -x);
        DD onePlus = twoSum(1.0, x);
        DD s = sqrt(mul(oneMinus, onePlus));
        return atan2DD(s, dd(x)).value();
    }

    // ------------------------------------------------------------------ glibc's fdlibm ports

    private static final double CBRT2 = 1.2599210498948731648;
    private static final double SQR_CBRT2 = 1.5874010519681994748;
    private static final double[] CBRT_FACTOR = {1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2};

    /** glibc's __cbrt. */
    static double cbrt(double x) {
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
            return x + x;
        }
        double ax = Math.abs(x);
        int xe;
        double xm;
        if (Math.getExponent(ax) == Double.MIN_EXPONENT - 1) {
            double scaled = ax * 0x1p54;
            xe = Math.getExponent(scaled) + 1 - 54;
            xm = Math.scalb(scaled, -(Math.getExponent(scaled) + 1));
        } else {
            xe = Math.getExponent(ax) + 1;
            xm = Math.scalb(ax, -xe);
        }
        double u = (0.354895765043919860
                + ((1.50819193781584896
                + ((-2.11499494167371287
                + ((2.44693122563534430
                + ((-1.83469277483613086
                + (0.784932344976639262 - 0.145263899385486377 * xm)
                * xm)
                * xm))
                * xm))
                * xm))
                * xm));
        double t2 = u * u * u;
        double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + xe % 3];
        return Math.scalb(x > 0.0 ? ym : -ym, xe / 3);
    }

    private static int high(double x) {
        return (int) (Double.doubleToRawLongBits(x) >> 32);
    }

    private static int low(double x) {
        return (int) Double.doubleToRawLongBits(x);
    }

    /** glibc's __ieee754_cosh. */
    static double cosh(double x) {
        int ix = high(x) & 0x7fffffff;
        if (ix < 0x40360000) {
            if (ix < 0x3fd62e43) {
                if (ix < 0x3c800000) {
                    return 1.0;
                }
                double t = StrictMath.expm1(Math.abs(x));
                double w = 1.0 + t;
                return 1.0 + (t * t) / (w + w);
            }
            double t = exp(Math.abs(x));
            return 0.5 * t + 0.5 / t;
        }
        if (ix < 0x40862e42) {
            return 0.5 * exp(Math.abs(x));
        }
        int lx = low(x);
        if (ix < 0x408633ce || (ix == 0x408633ce && Integer.compareUnsigned(lx, 0x8fb9f87d) <= 0)) {
            double w = exp(0.5 * Math.abs(x));
            double t = 0.5 * w;
            return t * w;
        }
        if (ix >= 0x7ff00000) {
            return x * x;
        }
        return Double.POSITIVE_INFINITY;
    }

    /** glibc's __ieee754_sinh. */
    static double sinh(double x) {
        int jx = high(x);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return x + x;
        }
        double h = jx < 0 ? -0.5 : 0.5;
        if (ix < 0x40360000) {
            if (ix < 0x3e300000) {
                return x;
            }
            double t = StrictMath.expm1(Math.abs(x));
            if (ix < 0x3ff00000) {
                return h * (2.0 * t - t * t / (t + 1.0));
            }
            return h * (t + t / (t + 1.0));
        }
        if (ix < 0x40862e42) {
            return h * exp(Math.abs(x));
        }
        int lx = low(x);
        if (ix < 0x408633ce || (ix == 0x408633ce && Integer.compareUnsigned(lx, 0x8fb9f87d) <= 0)) {
            double w = exp(0.5 * Math.abs(x));
            double t = h * w;
            return t * w;
        }
        return x * 1.0e307 * 1.0e307;
    }

    /** glibc's __tanh. */
    static double tanh(double x) {
        int jx = high(x);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0;
        }
        double z;
        if (ix < 0x40360000) {
            if (ix < 0x3c800000) {
                return x * (1.0 + x);
            }
            if (ix >= 0x3ff00000) {
                double t = StrictMath.expm1(2.0 * Math.abs(x));
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = StrictMath.expm1(-2.0 * Math.abs(x));
                z = -t / (t + 2.0);
            }
        } else {
            z = 1.0 - 1e-300;
        }
        return jx >= 0 ? z : -z;
    }

    static double exp2(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x >= 1024) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < -1075) {
            return 0.0;
        }
        if (x == Math.rint(x)) {
            return Math.scalb(1.0, (int) x);
        }
        return expDD(mul(LN2, x));
    }
}
