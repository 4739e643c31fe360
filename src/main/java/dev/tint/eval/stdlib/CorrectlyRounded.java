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
public final class CorrectlyRounded {
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

    /** A mutable double-double for the hot paths: no allocation per operation. */
    static final class MDD {
        double hi;
        double lo;

        MDD(double hi, double lo) {
            this.hi = hi;
            this.lo = lo;
        }

        void norm(double s, double e) {
            hi = s + e;
            lo = e - (hi - s);
        }

        void add(double bh, double bl) {
            double s = hi + bh;
            double bb = s - hi;
            double e = (hi - (s - bb)) + (bh - bb);
            norm(s, e + lo + bl);
        }

        void add(DD b) {
            add(b.hi, b.lo);
        }

        void mul(double bh, double bl) {
            double p = hi * bh;
            norm(p, Math.fma(hi, bh, -p) + (hi * bl + lo * bh));
        }

        void mul(DD b) {
            mul(b.hi, b.lo);
        }

        void mul(double b) {
            double p = hi * b;
            norm(p, Math.fma(hi, b, -p) + lo * b);
        }

        /** this / (bh + bl). */
        void div(double bh, double bl) {
            double q1 = hi / bh;
            double p = q1 * bh;
            double pe = Math.fma(q1, bh, -p) + q1 * bl;
            double r = ((hi - p) - pe) + lo;
            double q2 = r / bh;
            norm(q1, q2);
        }
    }

    // ------------------------------------------------------------------ constants

    private static final MathContext MC = new MathContext(60, RoundingMode.HALF_EVEN);
    private static final BigDecimal PI_BD = new BigDecimal(
            "3.14159265358979323846264338327950288419716939937510582097494459");

    static DD toDD(BigDecimal b) {
        double hi = b.doubleValue();
        double lo = b.subtract(new BigDecimal(hi), MC).doubleValue();
        return new DD(hi, lo);
    }


    // Tables (double-double, computed with 300-bit arithmetic):
    // log(1 + k/64) for k in [-20, 28], atan(k/32), 2^(j/64), sin(k/64) and cos(k/64) for k <= 51,
    // 1/(2i+1) and 1/i!.
    private static final int LOG_K0 = -20;
    private static final DD[] LOG_C = {
        new DD(-0x1.7fafa3bd8151cp-2, 0x1.219024acd3b77p-58),
        new DD(-0x1.68ac83e9c6a14p-2, -0x1.a64eadd740178p-58),
        new DD(-0x1.522ae0738a3d8p-2, 0x1.8f7e9b38a6979p-57),
        new DD(-0x1.3c25277333184p-2, 0x1.2ad27e50a8ec6p-56),
        new DD(-0x1.269621134db92p-2, -0x1.e0efadd9db02bp-56),
        new DD(-0x1.1178e8227e47cp-2, 0x1.0e63a5f01c691p-57),
        new DD(-0x1.f991c6cb3b379p-3, -0x1.f665066f980a2p-57),
        new DD(-0x1.d1037f2655e7bp-3, -0x1.60629242471a2p-57),
        new DD(-0x1.a93ed3c8ad9e3p-3, -0x1.bcafa9de97203p-57),
        new DD(-0x1.823c16551a3c2p-3, 0x1.1232ce70be781p-57),
        new DD(-0x1.5bf406b543db2p-3, 0x1.1f5b44c0df7e7p-61),
        new DD(-0x1.365fcb0159016p-3, -0x1.7d411a5b944adp-58),
        new DD(-0x1.1178e8227e47cp-3, 0x1.0e63a5f01c691p-58),
        new DD(-0x1.da727638446a2p-4, -0x1.401fa71733019p-58),
        new DD(-0x1.9335e5d594989p-4, 0x1.478a85704ccb7p-58),
        new DD(-0x1.4d3115d207eacp-4, -0x1.769f42c7842ccp-58),
        new DD(-0x1.08598b59e3a07p-4, 0x1.dd7009902bf32p-58),
        new DD(-0x1.894aa149fb343p-5, -0x1.a8be97660a23dp-60),
        new DD(-0x1.0415d89e74444p-5, -0x1.c05cf1d753622p-59),
        new DD(-0x1.0205658935847p-6, -0x1.27c8e8416e71fp-60),
        new DD(0.0, 0.0),
        new DD(0x1.fc0a8b0fc03e4p-7, -0x1.83092c59642a1p-62),
        new DD(0x1.f829b0e783300p-6, 0x1.33e3f04f1ef23p-60),
        new DD(0x1.77458f632dcfcp-5, 0x1.18d3ca87b9296p-59),
        new DD(0x1.f0a30c01162a6p-5, 0x1.85f325c5bbacdp-59),
        new DD(0x1.341d7961bd1d1p-4, -0x1.b599f227becbbp-58),
        new DD(0x1.6f0d28ae56b4cp-4, -0x1.906d99184b992p-58),
        new DD(0x1.a926d3a4ad563p-4, 0x1.942f48aa70ea9p-58),
        new DD(0x1.e27076e2af2e6p-4, -0x1.61578001e0162p-60),
        new DD(0x1.0d77e7cd08e59p-3, 0x1.9a5dc5e9030acp-57),
        new DD(0x1.29552f81ff523p-3, 0x1.301771c407dbfp-57),
        new DD(0x1.44d2b6ccb7d1ep-3, 0x1.9f4f6543e1f88p-57),
        new DD(0x1.5ff3070a793d4p-3, -0x1.bc60efafc6f6ep-58),
        new DD(0x1.7ab890210d909p-3, 0x1.be36b2d6a0608p-59),
        new DD(0x1.9525a9cf456b4p-3, 0x1.d904c1d4e2e26p-57),
        new DD(0x1.af3c94e80bff3p-3, -0x1.398cff3641985p-58),
        new DD(0x1.c8ff7c79a9a22p-3, -0x1.4f689f8434012p-57),
        new DD(0x1.e27076e2af2e6p-3, -0x1.61578001e0162p-59),
        new DD(0x1.fb9186d5e3e2bp-3, -0x1.caaae64f21acbp-57),
        new DD(0x1.0a324e27390e3p-2, 0x1.7dcfde8061c03p-56),
        new DD(0x1.1675cababa60ep-2, 0x1.ce63eab883717p-61),
        new DD(0x1.22941fbcf7966p-2, -0x1.76f5eb09628afp-56),
        new DD(0x1.2e8e2bae11d31p-2, -0x1.8f4cdb95ebdf9p-56),
        new DD(0x1.3a64c556945eap-2, -0x1.c68651945f97cp-57),
        new DD(0x1.4618bc21c5ec2p-2, 0x1.f42decdeccf1dp-56),
        new DD(0x1.51aad872df82dp-2, 0x1.3927ac19f55e3p-59),
        new DD(0x1.5d1bdbf5809cap-2, 0x1.4236383dc7fe1p-56),
        new DD(0x1.686c81e9b14afp-2, -0x1.ddea0f7f58e3dp-57),
        new DD(0x1.739d7f6bbd007p-2, -0x1.8c76ceb014b04p-56),
    };
    private static final DD[] ATAN_C = {
        new DD(0.0, 0.0),
        new DD(0x1.ffd55bba97625p-6, -0x1.5ec431444912cp-60),
        new DD(0x1.ff55bb72cfdeap-5, -0x1.c934d86d23f1dp-60),
        new DD(0x1.7ee182602f10fp-4, -0x1.cfb654c0c3d98p-58),
        new DD(0x1.fd5ba9aac2f6ep-4, -0x1.cd37686760c17p-59),
        new DD(0x1.3d6eee8c6626cp-3, 0x1.61a3b0ce9281bp-57),
        new DD(0x1.7b97b4bce5b02p-3, 0x1.347b0b4f881cap-58),
        new DD(0x1.b90d7529260a2p-3, 0x1.17b10d2e0e5abp-61),
        new DD(0x1.f5b75f92c80ddp-3, 0x1.8ab6e3cf7afbdp-57),
        new DD(0x1.18bf5a30bf178p-2, 0x1.30ca4748b1bf9p-57),
        new DD(0x1.362773707ebccp-2, -0x1.963a544b672d8p-57),
        new DD(0x1.530ad9951cd4ap-2, -0x1.2566480884082p-57),
        new DD(0x1.6f61941e4def1p-2, -0x1.c63aae6f6e918p-56),
        new DD(0x1.8b24d394a1b25p-2, 0x1.b6d0ba3748fa8p-56),
        new DD(0x1.a64eec3cc23fdp-2, -0x1.24dec1b50b7ffp-56),
        new DD(0x1.c0db4c94ec9f0p-2, -0x1.cc1ce70934c34p-56),
        new DD(0x1.dac670561bb4fp-2, 0x1.a2b7f222f65e2p-56),
        new DD(0x1.f40dd0b541418p-2, -0x1.a3992dc382a23p-57),
        new DD(0x1.0657e94db30d0p-1, -0x1.d5b495f6349e6p-56),
        new DD(0x1.1255d9bfbd2a9p-1, -0x1.2bdaee1c0ee35p-58),
        new DD(0x1.1e00babdefeb4p-1, -0x1.928df287a668fp-58),
        new DD(0x1.2958e59308e31p-1, -0x1.09e73b0c6c087p-56),
        new DD(0x1.345f01cce37bbp-1, 0x1.1021137c71102p-55),
        new DD(0x1.3f13fb89e96f4p-1, 0x1.ecf8b492644f0p-56),
        new DD(0x1.4978fa3269ee1p-1, 0x1.2419a87f2a458p-56),
        new DD(0x1.538f57b89061fp-1, -0x1.1bb74abda520cp-55),
        new DD(0x1.5d58987169b18p-1, 0x1.0028e4bc5e7cap-57),
        new DD(0x1.66d663923e087p-1, -0x1.6ea6febe8bbbap-56),
        new DD(0x1.700a7c5784634p-1, -0x1.8c34d25aadef6p-56),
        new DD(0x1.78f6bbd5d315ep-1, 0x1.406a089803740p-55),
        new DD(0x1.819d0b7158a4dp-1, -0x1.bf76229d3b917p-56),
        new DD(0x1.89ff5ff57f1f8p-1, -0x1.55b9a5e177a1bp-55),
        new DD(0x1.921fb54442d18p-1, 0x1.1a62633145c07p-55),
    };
    private static final DD[] EXP2_J = {
        new DD(0x1.0p0, 0.0),
        new DD(0x1.02c9a3e778061p+0, -0x1.19083535b085dp-56),
        new DD(0x1.059b0d3158574p+0, 0x1.d73e2a475b465p-55),
        new DD(0x1.0874518759bc8p+0, 0x1.186be4bb284ffp-57),
        new DD(0x1.0b5586cf9890fp+0, 0x1.8a62e4adc610bp-54),
        new DD(0x1.0e3ec32d3d1a2p+0, 0x1.03a1727c57b53p-59),
        new DD(0x1.11301d0125b51p+0, -0x1.6c51039449b3ap-54),
        new DD(0x1.1429aaea92de0p+0, -0x1.32fbf9af1369ep-54),
        new DD(0x1.172b83c7d517bp+0, -0x1.19041b9d78a76p-55),
        new DD(0x1.1a35beb6fcb75p+0, 0x1.e5b4c7b4968e4p-55),
        new DD(0x1.1d4873168b9aap+0, 0x1.e016e00a2643cp-54),
        new DD(0x1.2063b88628cd6p+0, 0x1.dc775814a8495p-55),
        new DD(0x1.2387a6e756238p+0, 0x1.9b07eb6c70573p-54),
        new DD(0x1.26b4565e27cddp+0, 0x1.2bd339940e9d9p-55),
        new DD(0x1.29e9df51fdee1p+0, 0x1.612e8afad1255p-55),
        new DD(0x1.2d285a6e4030bp+0, 0x1.0024754db41d5p-54),
        new DD(0x1.306fe0a31b715p+0, 0x1.6f46ad23182e4p-55),
        new DD(0x1.33c08b26416ffp+0, 0x1.32721843659a6p-54),
        new DD(0x1.371a7373aa9cbp+0, -0x1.63aeabf42eae2p-54),
        new DD(0x1.3a7db34e59ff7p+0, -0x1.5e436d661f5e3p-56),
        new DD(0x1.3dea64c123422p+0, 0x1.ada0911f09ebcp-55),
        new DD(0x1.4160a21f72e2ap+0, -0x1.ef3691c309278p-58),
        new DD(0x1.44e086061892dp+0, 0x1.89b7a04ef80d0p-59),
        new DD(0x1.486a2b5c13cd0p+0, 0x1.3c1a3b69062f0p-56),
        new DD(0x1.4bfdad5362a27p+0, 0x1.d4397afec42e2p-56),
        new DD(0x1.4f9b2769d2ca7p+0, -0x1.4b309d25957e3p-54),
        new DD(0x1.5342b569d4f82p+0, -0x1.07abe1db13cadp-55),
        new DD(0x1.56f4736b527dap+0, 0x1.9bb2c011d93adp-54),
        new DD(0x1.5ab07dd485429p+0, 0x1.6324c054647adp-54),
        new DD(0x1.5e76f15ad2148p+0, 0x1.ba6f93080e65ep-54),
        new DD(0x1.6247eb03a5585p+0, -0x1.383c17e40b497p-54),
        new DD(0x1.6623882552225p+0, -0x1.bb60987591c34p-54),
        new DD(0x1.6a09e667f3bcdp+0, -0x1.bdd3413b26456p-54),
        new DD(0x1.6dfb23c651a2fp+0, -0x1.bbe3a683c88abp-57),
        new DD(0x1.71f75e8ec5f74p+0, -0x1.16e4786887a99p-55),
        new DD(0x1.75feb564267c9p+0, -0x1.0245957316dd3p-54),
        new DD(0x1.7a11473eb0187p+0, -0x1.41577ee04992fp-55),
        new DD(0x1.7e2f336cf4e62p+0, 0x1.05d02ba15797ep-56),
        new DD(0x1.82589994cce13p+0, -0x1.d4c1dd41532d8p-54),
        new DD(0x1.868d99b4492edp+0, -0x1.fc6f89bd4f6bap-54),
        new DD(0x1.8ace5422aa0dbp+0, 0x1.6e9f156864b27p-54),
        new DD(0x1.8f1ae99157736p+0, 0x1.5cc13a2e3976cp-55),
        new DD(0x1.93737b0cdc5e5p+0, -0x1.75fc781b57ebcp-57),
        new DD(0x1.97d829fde4e50p+0, -0x1.d185b7c1b85d1p-54),
        new DD(0x1.9c49182a3f090p+0, 0x1.c7c46b071f2bep-56),
        new DD(0x1.a0c667b5de565p+0, -0x1.359495d1cd533p-54),
        new DD(0x1.a5503b23e255dp+0, -0x1.d2f6edb8d41e1p-54),
        new DD(0x1.a9e6b5579fdbfp+0, 0x1.0fac90ef7fd31p-54),
        new DD(0x1.ae89f995ad3adp+0, 0x1.7a1cd345dcc81p-54),
        new DD(0x1.b33a2b84f15fbp+0, -0x1.2805e3084d708p-57),
        new DD(0x1.b7f76f2fb5e47p+0, -0x1.5584f7e54ac3bp-56),
        new DD(0x1.bcc1e904bc1d2p+0, 0x1.23dd07a2d9e84p-55),
        new DD(0x1.c199bdd85529cp+0, 0x1.11065895048ddp-55),
        new DD(0x1.c67f12e57d14bp+0, 0x1.2884dff483cadp-54),
        new DD(0x1.cb720dcef9069p+0, 0x1.503cbd1e949dbp-56),
        new DD(0x1.d072d4a07897cp+0, -0x1.cbc3743797a9cp-54),
        new DD(0x1.d5818dcfba487p+0, 0x1.2ed02d75b3707p-55),
        new DD(0x1.da9e603db3285p+0, 0x1.c2300696db532p-54),
        new DD(0x1.dfc97337b9b5fp+0, -0x1.1a5cd4f184b5cp-54),
        new DD(0x1.e502ee78b3ff6p+0, 0x1.39e8980a9cc8fp-55),
        new DD(0x1.ea4afa2a490dap+0, -0x1.e9c23179c2893p-54),
        new DD(0x1.efa1bee615a27p+0, 0x1.dc7f486a4b6b0p-54),
        new DD(0x1.f50765b6e4540p+0, 0x1.9d3e12dd8a18bp-54),
        new DD(0x1.fa7c1819e90d8p+0, 0x1.74853f3a5931ep-55),
    };
    private static final DD[] SIN_K = {
        new DD(0.0, 0.0),
        new DD(0x1.fffaaaaeeeed5p-7, -0x1.2ab639a9f0776p-63),
        new DD(0x1.ffeaaaeeee86fp-6, -0x1.cd406fb224ae2p-60),
        new DD(0x1.7fdc01032fba9p-5, -0x1.599bdf46e997ap-59),
        new DD(0x1.ffaaaeeed4edbp-5, -0x1.2d16d32684b69p-59),
        new DD(0x1.3facb12d1755bp-4, -0x1.921915299468bp-58),
        new DD(0x1.7f701032550e4p-4, 0x1.afc2d1800501ap-60),
        new DD(0x1.bf1b78568391dp-4, 0x1.e91841dea4cc8p-58),
        new DD(0x1.feaaeee86ee36p-4, -0x1.afcb2bcc6f03bp-59),
        new DD(0x1.1f0d3d7afceafp-3, -0x1.6ef95099769a5p-57),
        new DD(0x1.3eb312c5d66cbp-3, 0x1.47d666b66cb91p-57),
        new DD(0x1.5e44fcfa126f3p-3, -0x1.6f443063f89b6p-57),
        new DD(0x1.7dc102fbaf2b5p-3, 0x1.5ab50e23c97c3p-59),
        new DD(0x1.9d252d0cec312p-3, 0x1.9c43d80b1137dp-58),
        new DD(0x1.bc6f84edc6199p-3, 0x1.9c1a56a7b0cabp-57),
        new DD(0x1.db9e15fb5a5d0p-3, -0x1.32e20d6cc6fc2p-57),
        new DD(0x1.faaeed4f31577p-3, -0x1.15d88508e32b8p-57),
        new DD(0x1.0cd00cef36436p-2, -0x1.9fb0a0c93e2b4p-56),
        new DD(0x1.1c37d64c6b876p-2, 0x1.46076fe0dcff4p-56),
        new DD(0x1.2b8ddc43eb49fp-2, 0x1.1553899f2d807p-57),
        new DD(0x1.3ad129769d3d8p-2, 0x1.03d550487839ap-63),
        new DD(0x1.4a00c9b0f3d20p-2, 0x1.823ba6bb08eadp-56),
        new DD(0x1.591bc9fa2f597p-2, 0x1.7c74bac3fe0cbp-57),
        new DD(0x1.682138a38d7f7p-2, -0x1.d889202444aadp-56),
        new DD(0x1.7710255764214p-2, -0x1.6ead7314bb6cep-57),
        new DD(0x1.85e7a12826949p-2, 0x1.8a40e9b5face0p-56),
        new DD(0x1.94a6be9f546c5p-2, -0x1.69ce13e683f58p-56),
        new DD(0x1.a34c91cc50ccap-2, -0x1.a310e3b50cecdp-58),
        new DD(0x1.b1d8305321617p-2, -0x1.ae242cb99f519p-56),
        new DD(0x1.c048b17b140a3p-2, 0x1.19fe6757e9fa7p-57),
        new DD(0x1.ce9d2e3d4a51fp-2, -0x1.2fc8a12dae298p-57),
        new DD(0x1.dcd4c15329c9ap-2, 0x1.0d4c6e171fd9ap-56),
        new DD(0x1.eaee8744b05f0p-2, -0x1.789b43c9b027dp-58),
        new DD(0x1.f8e99e76abc97p-2, 0x1.9d950af2d00a3p-58),
        new DD(0x1.0362939c69955p-1, -0x1.2d8cd78397b01p-55),
        new DD(0x1.0a4021e9e1001p-1, -0x1.6f643a13914f6p-55),
        new DD(0x1.110d0c4b69c3bp-1, 0x1.d918998809981p-55),
        new DD(0x1.17c8e5f2eedb0p-1, 0x1.35e57102e2488p-57),
        new DD(0x1.1e7343236574cp-1, 0x1.22a3fa4f41d5ap-56),
        new DD(0x1.250bb93788bbbp-1, 0x1.ea3d02457bccep-56),
        new DD(0x1.2b91dea88421ep-1, -0x1.fa371db216ab0p-55),
        new DD(0x1.32054b148bc4fp-1, 0x1.f6b42095a135bp-55),
        new DD(0x1.386597456282bp-1, -0x1.10fada93b07a8p-56),
        new DD(0x1.3eb25d36cd53ap-1, -0x1.be570e1570fc0p-58),
        new DD(0x1.44eb381cf386bp-1, -0x1.3ed6c1e6a5505p-55),
        new DD(0x1.4b0fc46aab761p-1, 0x1.0da05738cc59cp-61),
        new DD(0x1.511f9fd7b351cp-1, -0x1.5c0e861c48831p-55),
        new DD(0x1.571a6966d59b3p-1, 0x1.c843b4d0fb197p-58),
        new DD(0x1.5cffc16bf8f0dp-1, 0x1.96cb370eb578ap-55),
        new DD(0x1.62cf49921ac79p-1, -0x1.edd9855b6241ap-55),
        new DD(0x1.6888a4e134b2fp-1, -0x1.6b7d37644d5e6p-55),
        new DD(0x1.6e2b77c40bde1p-1, -0x1.0e729857fad53p-56),
    };
    private static final DD[] COS_K = {
        new DD(0x1.0p0, 0.0),
        new DD(0x1.fff000155549fp-1, 0x1.28a28a03a5ef3p-55),
        new DD(0x1.ffc00155527d3p-1, -0x1.3b54492d89b5bp-55),
        new DD(0x1.ff7006bfdf99fp-1, -0x1.8b3b560648d5fp-56),
        new DD(0x1.ff0015549f4d3p-1, 0x1.328387b99426fp-55),
        new DD(0x1.fe7034129ef6fp-1, -0x1.cbf4337c96f97p-57),
        new DD(0x1.fdc06bf7e6b9bp-1, 0x1.31902b535f8dbp-55),
        new DD(0x1.fcf0c800e99b1p-1, 0x1.ea3d786d186acp-57),
        new DD(0x1.fc015527d5bd3p-1, 0x1.b68f35094efb8p-55),
        new DD(0x1.faf22263c4bd3p-1, -0x1.52ace133a2769p-58),
        new DD(0x1.f9c340a7cc428p-1, 0x1.c5b6b063b7462p-55),
        new DD(0x1.f874c2e1eecf6p-1, -0x1.c6514e1332b16p-55),
        new DD(0x1.f706bdf9ece1cp-1, -0x1.698c80c36dcb4p-55),
        new DD(0x1.f57948cff6797p-1, 0x1.e3a0d3e03b1d4p-57),
        new DD(0x1.f3cc7c3b3d16ep-1, -0x1.21a3ad28a3494p-57),
        new DD(0x1.f20073086649fp-1, 0x1.b940416c1984bp-56),
        new DD(0x1.f01549f7deea1p-1, 0x1.d3c1e99e5cafdp-55),
        new DD(0x1.ee0b1fbc0f11cp-1, -0x1.bfd2380bbc3b1p-59),
        new DD(0x1.ebe214f76efa8p-1, -0x1.02f9f12ba543ep-55),
        new DD(0x1.e99a4c3a7cd83p-1, -0x1.2264b1bc53ce8p-55),
        new DD(0x1.e733ea0193d40p-1, -0x1.6428b3546ce13p-55),
        new DD(0x1.e4af14b2a449cp-1, -0x1.68ca02e8a6833p-55),
        new DD(0x1.e20bf49acd6c1p-1, -0x1.660aec7ef636bp-58),
        new DD(0x1.df4ab3ebd875ep-1, -0x1.e2d8a7e6736c4p-55),
        new DD(0x1.dc6b7eb995912p-1, 0x1.4b364776dcd35p-58),
        new DD(0x1.d96e82f71a9dcp-1, 0x1.ff61bd5d2039dp-55),
        new DD(0x1.d653f073e4040p-1, -0x1.76236434bec37p-55),
        new DD(0x1.d31bf8d8d7c06p-1, 0x1.e60dd3089cbddp-56),
        new DD(0x1.cfc6cfa52ad9fp-1, 0x1.8b5b5508f2a0dp-55),
        new DD(0x1.cc54aa2b2972ep-1, 0x1.4ee162ba83a98p-57),
        new DD(0x1.c8c5bf8ce1a84p-1, 0x1.ab3d1a1590123p-56),
        new DD(0x1.c51a48b8b175ep-1, -0x1.1bbb43b9aa880p-57),
        new DD(0x1.c1528065b7d50p-1, -0x1.892111312e828p-55),
        new DD(0x1.bd6ea310294f5p-1, 0x1.31bbcc88c109dp-56),
        new DD(0x1.b96eeef58840ep-1, 0x1.45a3cc78fade0p-58),
        new DD(0x1.b553a410c104ep-1, 0x1.8ff7947027a15p-58),
        new DD(0x1.b11d04162a4c6p-1, 0x1.1dd561efbc0c2p-56),
        new DD(0x1.accb526f69de5p-1, 0x1.8fb6a8dd6b6ccp-55),
        new DD(0x1.a85ed4373e02dp-1, 0x1.9be06385ec792p-57),
        new DD(0x1.a3d7d0352bdcfp-1, -0x1.68dbaeca19669p-55),
        new DD(0x1.9f368ed912f85p-1, -0x1.1d200c5791606p-55),
        new DD(0x1.9a7b5a36a6514p-1, 0x1.722cfcc9fa7a9p-55),
        new DD(0x1.95a67e00cb1fdp-1, -0x1.0befda21f862dp-55),
        new DD(0x1.90b84784ddaf7p-1, -0x1.0feb10ab93b87p-56),
        new DD(0x1.8bb105a5dc900p-1, 0x1.863e03e9474c1p-55),
        new DD(0x1.869108d77a6c6p-1, 0x1.338ffe2bfe9ddp-56),
        new DD(0x1.8158a31916d5dp-1, -0x1.de8b90b8228dep-57),
        new DD(0x1.7c0827f09e54fp-1, -0x1.c73d6d72aee68p-57),
        new DD(0x1.769fec655211fp-1, -0x1.827d5cf8c68c5p-57),
        new DD(0x1.712046fa77678p-1, 0x1.425b0a5029c81p-55),
        new DD(0x1.6b898fa9efb5dp-1, 0x1.15ac786ccf4b2p-56),
        new DD(0x1.65dc1fdeb8cbap-1, -0x1.97c1b47337c77p-58),
    };
    private static final DD[] INV_ODD = {
        new DD(0x1.0p0, 0.0),
        new DD(0x1.5555555555555p-2, 0x1.5555555555555p-56),
        new DD(0x1.999999999999ap-3, -0x1.999999999999ap-57),
        new DD(0x1.2492492492492p-3, 0x1.2492492492492p-57),
        new DD(0x1.c71c71c71c71cp-4, 0x1.c71c71c71c71cp-58),
        new DD(0x1.745d1745d1746p-4, -0x1.745d1745d1746p-59),
        new DD(0x1.3b13b13b13b14p-4, -0x1.3b13b13b13b14p-58),
        new DD(0x1.1111111111111p-4, 0x1.1111111111111p-60),
        new DD(0x1.e1e1e1e1e1e1ep-5, 0x1.e1e1e1e1e1e1ep-61),
        new DD(0x1.af286bca1af28p-5, 0x1.af286bca1af28p-59),
        new DD(0x1.8618618618618p-5, 0x1.8618618618618p-59),
        new DD(0x1.642c8590b2164p-5, 0x1.642c8590b2164p-60),
        new DD(0x1.47ae147ae147bp-5, -0x1.eb851eb851eb8p-61),
        new DD(0x1.2f684bda12f68p-5, 0x1.2f684bda12f68p-59),
        new DD(0x1.1a7b9611a7b96p-5, 0x1.1a7b9611a7b96p-61),
        new DD(0x1.0842108421084p-5, 0x1.0842108421084p-60),
    };
    private static final DD[] INV_FACT = {
        new DD(0x1.0p0, 0.0),
        new DD(0x1.0p0, 0.0),
        new DD(0x1.0000000000000p-1, 0.0),
        new DD(0x1.5555555555555p-3, 0x1.5555555555555p-57),
        new DD(0x1.5555555555555p-5, 0x1.5555555555555p-59),
        new DD(0x1.1111111111111p-7, 0x1.1111111111111p-63),
        new DD(0x1.6c16c16c16c17p-10, -0x1.f49f49f49f49fp-65),
        new DD(0x1.a01a01a01a01ap-13, 0x1.a01a01a01a01ap-73),
        new DD(0x1.a01a01a01a01ap-16, 0x1.a01a01a01a01ap-76),
        new DD(0x1.71de3a556c734p-19, -0x1.c154f8ddc6c00p-73),
        new DD(0x1.27e4fb7789f5cp-22, 0x1.cbbc05b4fa99ap-76),
        new DD(0x1.ae64567f544e4p-26, -0x1.c062e06d1f209p-80),
        new DD(0x1.1eed8eff8d898p-29, -0x1.2aec959e14c06p-83),
        new DD(0x1.6124613a86d09p-33, 0x1.f28e0cc748ebep-87),
        new DD(0x1.93974a8c07c9dp-37, 0x1.05d6f8a2efd1fp-92),
        new DD(0x1.ae7f3e733b81fp-41, 0x1.1d8656b0ee8cbp-97),
        new DD(0x1.ae7f3e733b81fp-45, 0x1.1d8656b0ee8cbp-101),
        new DD(0x1.952c77030ad4ap-49, 0x1.ac981465ddc6cp-103),
        new DD(0x1.6827863b97d97p-53, 0x1.eec01221a8b0bp-107),
        new DD(0x1.2f49b46814157p-57, 0x1.2650f61dbdcb4p-112),
        new DD(0x1.e542ba4020225p-62, 0x1.ea72b4afe3c2fp-120),
        new DD(0x1.71b8ef6dcf572p-66, -0x1.d043ae40c4647p-120),
        new DD(0x1.0ce396db7f853p-70, -0x1.aebcdbd20331cp-124),
        new DD(0x1.761b41316381ap-75, -0x1.3423c7d91404fp-130),
    };
    static final DD PI = new DD(0x1.921fb54442d18p+1, 0x1.1a62633145c07p-53);
    static final DD PI_2 = new DD(0x1.921fb54442d18p+0, 0x1.1a62633145c07p-54);
    static final DD LN2 = new DD(0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56);
    static final DD INV_LN2 = new DD(0x1.71547652b82fep+0, 0x1.777d0ffda0d24p-56);
    static final DD INV_LN10 = new DD(0x1.bcb7b1526e50ep-2, 0x1.95355baaafad3p-57);
    static final DD PIO2_REST = new DD(0x1.0b4611a626331p-34, 0x1.1701b839a2520p-88);

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

    /** log(m) for m in [sqrt(1/2), sqrt(2)) in double-double, into out. */
    private static void logMantissa(double m, MDD out) {
        int k = (int) Math.rint((m - 1.0) * 64.0);
        double c = 1.0 + k / 64.0;
        double num = m - c; // exact
        double dh = m + c;
        double dl = (m - (dh - (dh - m))) + (c - (dh - m)); // twoSum error
        MDD u = new MDD(num, 0.0);
        u.div(dh, dl);
        double uh = u.hi;
        double ul = u.lo;
        MDD u2 = new MDD(uh, ul);
        u2.mul(uh, ul);
        double w = u2.hi;
        // series 2u(1 + w/3 + w^2/5 + ...); |w| < 2^-14, so w^2 terms and up in plain doubles
        double tail = INV_ODD[2].hi + w * (INV_ODD[3].hi + w * (INV_ODD[4].hi + w * (INV_ODD[5].hi
                + w * INV_ODD[6].hi)));
        MDD sum = new MDD(u2.hi, u2.lo);
        sum.mul(tail);
        sum.add(INV_ODD[1]);
        sum.mul(u2.hi, u2.lo);
        sum.add(1.0, 0.0);
        sum.mul(uh, ul);
        sum.mul(2.0);
        if (k != 0) {
            sum.add(LOG_C[k - LOG_K0]);
        }
        out.hi = sum.hi;
        out.lo = sum.lo;
    }

    private static int logExponent(double x) {
        if (x < Double.MIN_NORMAL) {
            x *= 0x1p54;
            int e = Math.getExponent(x);
            return Math.scalb(x, -e) > 1.4142135623730951 ? e + 1 - 54 : e - 54;
        }
        int e = Math.getExponent(x);
        return Math.scalb(x, -e) > 1.4142135623730951 ? e + 1 : e;
    }

    /** log(x) into out, for finite x > 0. */
    private static void logInto(double x, MDD out) {
        int e = logExponent(x);
        double m = Math.scalb(x, -e);
        logMantissa(m, out);
        if (e != 0) {
            double eh = e * LN2.hi;
            double el = Math.fma(e, LN2.hi, -eh) + e * LN2.lo;
            out.add(eh, el);
        }
    }

    static DD logDD(double x) {
        MDD out = new MDD(0, 0);
        logInto(x, out);
        return new DD(out.hi, out.lo);
    }

    static double log(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            return Math.log(x);
        }
        if (x == 1.0) {
            return 0.0;
        }
        MDD out = new MDD(0, 0);
        logInto(x, out);
        return out.hi + out.lo;
    }

    static double log2(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            return Math.log(x);
        }
        int e = logExponent(x);
        double m = Math.scalb(x, -e);
        if (m == 1.0) {
            return e;
        }
        MDD l = new MDD(0, 0);
        logMantissa(m, l);
        l.mul(INV_LN2);
        l.add(e, 0.0);
        return l.hi + l.lo;
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

    /** e^(xh + xl) for |x| < 709.9. */
    static double expDD(double xh, double xl) {
        // x = n*ln2/64 + r, |r| <= ln2/128
        double nd = Math.rint(xh * (64.0 / 0.6931471805599453));
        int n = (int) nd;
        double f = nd / 64.0;
        double ph = f * LN2.hi;
        double pl = Math.fma(f, LN2.hi, -ph) + f * LN2.lo;
        MDD r = new MDD(xh, xl);
        r.add(-ph, -pl);
        double rh = r.hi;
        double rl = r.lo;
        // Taylor series, |r| < 0.0055: the terms from r^4 on are small enough for plain doubles
        double tail = INV_FACT[4].hi + rh * (INV_FACT[5].hi + rh * (INV_FACT[6].hi + rh * (INV_FACT[7].hi
                + rh * (INV_FACT[8].hi + rh * INV_FACT[9].hi))));
        MDD s = new MDD(rh, rl);
        s.mul(tail);
        s.add(INV_FACT[3]);
        s.mul(rh, rl);
        s.add(0.5, 0.0);
        s.mul(rh, rl);
        s.add(1.0, 0.0);
        s.mul(rh, rl);
        s.add(1.0, 0.0);
        s.mul(EXP2_J[Math.floorMod(n, 64)]);
        int e = Math.floorDiv(n, 64);
        if (e > 1000 || e < -1000) {
            return Math.scalb(Math.scalb(s.hi + s.lo, e / 2), e - e / 2);
        }
        if (e < -1021) {
            double hi = Math.scalb(s.hi, e);
            double back = Math.scalb(hi, -e);
            double rest = (s.hi - back) + s.lo;
            return hi + Math.scalb(rest, e);
        }
        return Math.scalb(s.hi + s.lo, e);
    }

    static double expDD(DD x) {
        return expDD(x.hi, x.lo);
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
        return expDD(x, 0.0);
    }

    /**
     * x ** y for finite x and y, as glibc's pow (correctly rounded); a NaN for a negative x
     * with a non-integral y. Callers handle infinities, NaNs and the errors.
     */
    public static double pow(double x, double y) {
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
        MDD t = new MDD(0, 0);
        logInto(x, t);
        t.mul(y);
        double r;
        if (t.hi > 709.79) {
            r = Double.POSITIVE_INFINITY;
        } else if (t.hi < -745.2) {
            r = 0.0;
        } else {
            r = expDD(t.hi, t.lo);
        }
        return negate ? -r : r;
    }

    // ------------------------------------------------------------------ trigonometry

    private static final double PIO2_1 = 1.57079632673412561417e+00;
    private static final double PIO2_1T = 6.07710050650619224932e-11;

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

    /**
     * sin (which = 0) or cos (which = 1) of x, as a double: x = q*pi/2 + r, then r = k/64 + d
     * with sin and cos of k/64 from a table and of d (|d| <= 1/128) by Taylor series.
     */
    private static double sinCos(double x, int which) {
        int[] q = new int[1];
        DD rr = reducePiOver2(x, q);
        double rh = rr.hi;
        double rl = rr.lo;
        boolean negative = rh < 0;
        if (negative) {
            rh = -rh;
            rl = -rl;
        }
        int k = (int) Math.rint(rh * 64.0);
        if (k >= SIN_K.length) {
            k = SIN_K.length - 1;
        }
        MDD d = new MDD(rh, rl);
        d.add(-k / 64.0, 0.0);
        double dh = d.hi;
        double dl = d.lo;
        MDD d2 = new MDD(dh, dl);
        d2.mul(dh, dl);
        double w = d2.hi;
        // sin(d) = d (1 - w/6 + w^2/120 - ...), cos(d) = 1 - w/2 + w^2/24 - ...; w < 2^-14
        double sinTail = -INV_FACT[3].hi + w * (INV_FACT[5].hi - w * (INV_FACT[7].hi - w * INV_FACT[9].hi));
        MDD sinD = new MDD(d2.hi, d2.lo);
        sinD.mul(sinTail);
        sinD.add(1.0, 0.0);
        sinD.mul(dh, dl);
        double cosTail = INV_FACT[4].hi - w * (INV_FACT[6].hi - w * (INV_FACT[8].hi - w * INV_FACT[10].hi));
        MDD cosD = new MDD(d2.hi, d2.lo);
        cosD.mul(cosTail);
        cosD.add(-0.5, 0.0);
        cosD.mul(d2.hi, d2.lo);
        cosD.add(1.0, 0.0);
        double sh;
        double sl;
        double ch;
        double cl;
        if (k == 0) {
            sh = sinD.hi;
            sl = sinD.lo;
            ch = cosD.hi;
            cl = cosD.lo;
        } else {
            // sin(a+d) = sin a cos d + cos a sin d; cos(a+d) = cos a cos d - sin a sin d
            MDD t1 = new MDD(SIN_K[k].hi, SIN_K[k].lo);
            t1.mul(cosD.hi, cosD.lo);
            MDD t2 = new MDD(COS_K[k].hi, COS_K[k].lo);
            t2.mul(sinD.hi, sinD.lo);
            t1.add(t2.hi, t2.lo);
            sh = t1.hi;
            sl = t1.lo;
            MDD t3 = new MDD(COS_K[k].hi, COS_K[k].lo);
            t3.mul(cosD.hi, cosD.lo);
            MDD t4 = new MDD(SIN_K[k].hi, SIN_K[k].lo);
            t4.mul(sinD.hi, sinD.lo);
            t3.add(-t4.hi, -t4.lo);
            ch = t3.hi;
            cl = t3.lo;
        }
        if (negative) {
            sh = -sh;
            sl = -sl;
        }
        int quadrant = q[0];
        if (which == 2) {
            // tan = sin / cos, rotated by the quadrant
            MDD t;
            if ((quadrant & 1) == 0) {
                t = new MDD(sh, sl);
                t.div(ch, cl);
            } else {
                t = new MDD(-ch, -cl);
                t.div(sh, sl);
            }
            return t.hi + t.lo;
        }
        int idx = (quadrant + which) & 3;
        switch (idx) {
            case 0:
                return sh + sl;
            case 1:
                return ch + cl;
            case 2:
                return -(sh + sl);
            default:
                return -(ch + cl);
        }
    }

    static double sin(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.NaN;
        }
        if (Math.abs(x) < 0x1p-26) {
            return x == 0 ? x : Math.sin(x);
        }
        return sinCos(x, 0);
    }

    static double cos(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.NaN;
        }
        if (Math.abs(x) < 0x1p-27) {
            return 1.0;
        }
        return sinCos(x, 1);
    }

    static double tan(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.NaN;
        }
        if (Math.abs(x) < 0x1p-27) {
            return x == 0 ? x : Math.tan(x);
        }
        return sinCos(x, 2);
    }

    /** atan of a non-negative double-double t <= 1. */
    private static DD atanUnit(DD t) {
        int k = (int) Math.rint(t.hi * 32.0);
        double c = k / 32.0;
        double uh = t.hi;
        double ul = t.lo;
        if (k != 0) {
            // u = (t - c) / (1 + t*c)
            MDD num = new MDD(t.hi, t.lo);
            num.add(-c, 0.0);
            MDD den = new MDD(t.hi, t.lo);
            den.mul(c);
            den.add(1.0, 0.0);
            num.div(den.hi, den.lo);
            uh = num.hi;
            ul = num.lo;
        }
        MDD u2 = new MDD(uh, ul);
        u2.mul(uh, ul);
        double w = u2.hi;
        // atan(u) = u (1 - w/3 + w^2/5 - ...), w < 2^-12
        double tail = INV_ODD[2].hi - w * (INV_ODD[3].hi - w * (INV_ODD[4].hi - w * (INV_ODD[5].hi
                - w * (INV_ODD[6].hi - w * INV_ODD[7].hi))));
        MDD sum = new MDD(u2.hi, u2.lo);
        sum.mul(tail);
        sum.add(-INV_ODD[1].hi, -INV_ODD[1].lo);
        sum.mul(u2.hi, u2.lo);
        sum.add(1.0, 0.0);
        sum.mul(uh, ul);
        if (k != 0) {
            sum.add(ATAN_C[k]);
        }
        return new DD(sum.hi, sum.lo);
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
