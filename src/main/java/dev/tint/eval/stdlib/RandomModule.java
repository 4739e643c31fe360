package dev.tint.eval.stdlib;

import dev.tint.eval.runtime.Args;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.Ints;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyModule;
import dev.tint.eval.runtime.PyNone;
import dev.tint.eval.runtime.PyObject;
import dev.tint.eval.runtime.PyTuple;
import dev.tint.eval.runtime.PyType;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * {@code _tint_random}: the Mersenne Twister core of {@code random}, bit for bit CPython's
 * {@code _random.Random} (init_by_array seeding from the absolute value's 32-bit words, 53-bit
 * floats from two outputs, getrandbits filling 32-bit words from the least significant end).
 */
public final class RandomModule {
    private RandomModule() {}

    static final PyType MT_TYPE = new PyType("MersenneTwister", PyType.OBJECT).withModule("_tint_random");

    static {
        MT_TYPE.setConstructor((args, kw) -> {
            MersenneTwister mt = new MersenneTwister();
            mt.seedFromSystem();
            return mt;
        });
        MT_TYPE.defineMethod("seed", (self, args, kw) -> {
            Args.range("seed", args, kw, 0, 1);
            ((MersenneTwister) self).seed(args.length == 0 ? PyNone.NONE : args[0]);
            return PyNone.NONE;
        });
        MT_TYPE.defineMethod("random", (self, args, kw) -> {
            Args.exactly("random", args, kw, 0);
            return ((MersenneTwister) self).random();
        });
        MT_TYPE.defineMethod("getrandbits", (self, args, kw) -> {
            Args.exactly("getrandbits", args, kw, 1);
            BigInteger k = Natives.bigIndex(args[0]);
            if (k.signum() < 0) {
                throw Errors.value("number of bits must be non-negative");
            }
            if (k.bitLength() > 31) {
                throw Errors.overflow("Python int too large to convert to C int");
            }
            return ((MersenneTwister) self).getrandbits(k.intValue());
        });
        MT_TYPE.defineMethod("randbelow", (self, args, kw) -> {
            Args.exactly("randbelow", args, kw, 1);
            return ((MersenneTwister) self).randbelow(Natives.index(args[0]));
        });
        MT_TYPE.defineMethod("randint_fast", (self, args, kw) -> {
            // randint(a, b) for small ints, exactly as randrange(a, b + 1); None when the general path must run
            Args.exactly("randint_fast", args, kw, 2);
            if (args[0] instanceof Long a && args[1] instanceof Long b && b >= a && b - a < Long.MAX_VALUE - 1) {
                return a + (Long) ((MersenneTwister) self).randbelow(b - a + 1);
            }
            return PyNone.NONE;
        });
        MT_TYPE.defineMethod("shuffle_list", (self, args, kw) -> {
            // random.shuffle's loop for a list: for i in reversed(range(1, len(x))): swap x[i], x[randbelow(i + 1)]
            Args.exactly("shuffle_list", args, kw, 1);
            dev.tint.eval.runtime.PyList x = (dev.tint.eval.runtime.PyList) args[0];
            MersenneTwister mt = (MersenneTwister) self;
            for (int i = x.size() - 1; i >= 1; i--) {
                int j = (int) (long) (Long) mt.randbelow((long) i + 1);
                Object t = x.get(i);
                x.set(i, x.get(j));
                x.set(j, t);
            }
            return PyNone.NONE;
        });
        MT_TYPE.defineMethod("getstate", (self, args, kw) -> {
            Args.exactly("getstate", args, kw, 0);
            return ((MersenneTwister) self).getstate();
        });
        MT_TYPE.defineMethod("setstate", (self, args, kw) -> {
            Args.exactly("setstate", args, kw, 1);
            ((MersenneTwister) self).setstate(args[0]);
            return PyNone.NONE;
        });
    }

    public static PyModule create() {
        PyModule m = Natives.module("_tint_random", "Mersenne Twister core of the random module.");
        Natives.set(m, "MersenneTwister", MT_TYPE);
        Natives.def(m, "urandom_float", (args, kw) -> {
            long bits = new SecureRandom().nextLong() >>> 11;
            return bits * 0x1.0p-53;
        });
        return m;
    }

    /** MT19937 with CPython's seeding and output conversions. */
    public static final class MersenneTwister implements PyObject {
        private static final int N = 624;
        private static final int M = 397;
        private final int[] mt = new int[N];
        private int mti = N + 1;

        @Override
        public PyType type() {
            return MT_TYPE;
        }

        private void initGenrand(int s) {
            mt[0] = s;
            for (mti = 1; mti < N; mti++) {
                mt[mti] = 1812433253 * (mt[mti - 1] ^ (mt[mti - 1] >>> 30)) + mti;
            }
        }

        public void initByArray(int[] key) {
            initGenrand(19650218);
            int i = 1;
            int j = 0;
            int k = Math.max(N, key.length);
            for (; k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
                i++;
                j++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
                if (j >= key.length) {
                    j = 0;
                }
            }
            for (k = N - 1; k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
                i++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
            }
            mt[0] = 0x80000000;
        }

        /** The next 32 random bits, as an unsigned value in an int. */
        public int next32() {
            int y;
            if (mti >= N) {
                int kk;
                for (kk = 0; kk < N - M; kk++) {
                    y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                    mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                for (; kk < N - 1; kk++) {
                    y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                    mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
                mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                mti = 0;
            }
            y = mt[mti++];
            y ^= (y >>> 11);
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            y ^= (y >>> 18);
            return y;
        }

        public double random() {
            int a = next32() >>> 5;
            int b = next32() >>> 6;
            return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
        }

        public Object getrandbits(int k) {
            if (k == 0) {
                return 0L;
            }
            if (k <= 32) {
                return (long) (next32() >>> (32 - k)) & 0xFFFFFFFFL;
            }
            if (k <= 63) {
                long lo = next32() & 0xFFFFFFFFL;
                long hi = (next32() >>> (64 - k)) & 0xFFFFFFFFL;
                return (hi << 32) | lo;
            }
            int words = (k - 1) / 32 + 1;
            byte[] bytes = new byte[words * 4];
            for (int i = 0; i < words; i++, k -= 32) {
                int r = next32();
                if (k < 32) {
                    r >>>= (32 - k);
                }
                int at = bytes.length - 4 * i - 4; // big-endian byte array, word i from the low end
                bytes[at] = (byte) (r >>> 24);
                bytes[at + 1] = (byte) (r >>> 16);
                bytes[at + 2] = (byte) (r >>> 8);
                bytes[at + 3] = (byte) r;
            }
            return Ints.normalize(new BigInteger(1, bytes));
        }

        /** random.py's _randbelow_with_getrandbits: rejection sampling on n.bit_length() bits. */
        public Object randbelow(Object n) {
            if (n instanceof Long l && l > 0 && l <= 0xFFFFFFFFL) {
                int k = 64 - Long.numberOfLeadingZeros(l);
                long r = (next32() >>> (32 - k)) & 0xFFFFFFFFL;
                while (r >= l) {
                    r = (next32() >>> (32 - k)) & 0xFFFFFFFFL;
                }
                return r;
            }
            BigInteger big = Ints.big(n);
            int k = big.bitLength();
            Object r = getrandbits(k);
            while (Ints.big(r).compareTo(big) >= 0) {
                r = getrandbits(k);
            }
            return r;
        }

        void seedFromSystem() {
            SecureRandom sr = new SecureRandom();
            int[] key = new int[N];
            for (int i = 0; i < N; i++) {
                key[i] = sr.nextInt();
            }
            initByArray(key);
        }

        public void seed(Object arg) {
            if (arg == PyNone.NONE) {
                seedFromSystem();
                return;
            }
            BigInteger n;
            if (arg instanceof Long || arg instanceof BigInteger) {
                n = Ints.big(arg).abs();
            } else if (arg instanceof String s) {
                n = strSeed(s);
            } else {
                long h = Ops.hash(arg);
                n = BigInteger.valueOf(h);
                if (h < 0) {
                    n = n.add(BigInteger.ONE.shiftLeft(64));
                }
            }
            seedInt(n);
        }

        public void seedInt(BigInteger n) {
            int bits = n.bitLength();
            int keyused = bits == 0 ? 1 : (bits - 1) / 32 + 1;
            int[] key = new int[keyused];
            for (int i = 0; i < keyused; i++) {
                key[i] = n.shiftRight(32 * i).intValue();
            }
            initByArray(key);
        }

        /** random.py version 2 seeding of a str: int.from_bytes(a.encode() + sha512(a.encode()).digest()). */
        static BigInteger strSeed(String s) {
            byte[] data = s.getBytes(StandardCharsets.UTF_8);
            byte[] digest;
            try {
                digest = MessageDigest.getInstance("SHA-512").digest(data);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            byte[] all = new byte[data.length + digest.length];
            System.arraycopy(data, 0, all, 0, data.length);
            System.arraycopy(digest, 0, all, data.length, digest.length);
            return new BigInteger(1, all);
        }

        Object getstate() {
            Object[] state = new Object[N + 1];
            for (int i = 0; i < N; i++) {
                state[i] = mt[i] & 0xFFFFFFFFL;
            }
            state[N] = (long) mti;
            return PyTuple.of(state);
        }

        void setstate(Object state) {
            if (!(state instanceof PyTuple t)) {
                throw Errors.type("state vector must be a tuple");
            }
            if (t.size() != N + 1) {
                throw Errors.value("state vector is the wrong size");
            }
            int[] copy = new int[N];
            for (int i = 0; i < N; i++) {
                Object v = t.get(i);
                if (!Natives.isInt(v)) {
                    throw Errors.type("'%s' object cannot be interpreted as an integer", Ops.typeName(v));
                }
                BigInteger b = Ints.big(v);
                if (b.signum() < 0 || b.bitLength() > 32) {
                    throw Errors.overflow("Python int too large to convert to C unsigned long");
                }
                copy[i] = b.intValue();
            }
            long index = Ops.indexValue(t.get(N));
            if (index < 0 || index > N) {
                throw Errors.value("invalid state");
            }
            System.arraycopy(copy, 0, mt, 0, N);
            mti = (int) index;
        }
    }
}
