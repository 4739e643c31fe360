package dev.tint.eval.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tint.error.ScriptError;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Big-int arithmetic: long fast paths must overflow into BigInteger and come back when they fit. */
class ArithTest {
    private static final long MAX = Long.MAX_VALUE;
    private static final long MIN = Long.MIN_VALUE;

    private static BigInteger big(String s) {
        return new BigInteger(s);
    }

    private static BigInteger pow2(int n) {
        return BigInteger.ONE.shiftLeft(n);
    }

    @Test
    void longOverflowBecomesBigInteger() {
        assertEquals(big("9223372036854775808"), Arith.add(MAX, 1L));
        assertEquals(big("-9223372036854775809"), Arith.sub(MIN, 1L));
        assertEquals(big("18446744073709551614"), Arith.mul(MAX, 2L));
        assertEquals(big("9223372036854775808"), Arith.floorDiv(MIN, -1L));
        assertEquals(big("9223372036854775808"), Arith.neg(MIN));
    }

    @Test
    void resultsThatFitALongAreLongs() {
        Object r = Arith.sub(Arith.add(MAX, 1L), 1L);
        assertInstanceOf(Long.class, r);
        assertEquals(MAX, r);
        assertInstanceOf(Long.class, Arith.bitXor(pow2(70), pow2(70)));
    }

    @Test
    void floorDivisionAndModuloFollowTheDivisorsSign() {
        assertEquals(-4L, Arith.floorDiv(7L, -2L));
        assertEquals(2L, Arith.mod(-7L, 3L));
        assertEquals(6148914691236517205L, Arith.floorDiv(pow2(64), 3L)); // back to a long: it fits
        assertEquals(-6148914691236517206L, Arith.floorDiv(pow2(64).negate(), 3L));
        assertEquals(2L, Arith.mod(pow2(64).negate(), 3L));
        assertEquals(-5L, Arith.mod(pow2(64), -7L));
    }

    @Test
    void powersShiftsAndBitwiseOperators() {
        assertEquals(big("12157665459056928801"), Arith.pow(3L, 40L));
        assertEquals(big("-36472996377170786403"), Arith.pow(-3L, 41L));
        assertEquals(0.25, Arith.pow(2L, -2L));
        assertEquals(big("158456325028528675187087900672"), Arith.rshift(pow2(100), 3L));
        assertEquals(big("1180591620717411303424"), Arith.lshift(1L, 70L));
        assertEquals(big("-1180591620717411303425"), Arith.invert(pow2(70)));
        assertEquals(0L, Arith.bitAnd(pow2(70), pow2(69).add(BigInteger.valueOf(5))));
        assertEquals(big("1180591620717411303425"), Arith.bitOr(pow2(70), 1L));
        assertEquals(1L, Arith.powMod(3L, 200L, 1000L));
        assertEquals(5L, Arith.powMod(3L, -1L, 7L));
    }

    @Test
    void boolsAreInts() {
        assertEquals(2L, Arith.add(true, true));
        assertEquals(1.5, Arith.add(true, 0.5));
    }

    @Test
    void errorsCarryCPythonsMessages() {
        ScriptError e = assertThrows(ScriptError.class, () -> Arith.mod(1L, 0L));
        assertEquals("ZeroDivisionError: integer modulo by zero", e.getMessage());
        e = assertThrows(ScriptError.class, () -> Arith.floorDiv(pow2(70), 0L));
        assertEquals("ZeroDivisionError: integer division or modulo by zero", e.getMessage());
        e = assertThrows(ScriptError.class, () -> Arith.add(1L, "a"));
        assertEquals("TypeError: unsupported operand type(s) for +: 'int' and 'str'", e.getMessage());
        e = assertThrows(ScriptError.class, () -> Arith.add("a", 1L));
        assertEquals("TypeError: can only concatenate str (not \"int\") to str", e.getMessage());
        e = assertThrows(ScriptError.class, () -> Arith.lshift(1L, -1L));
        assertEquals("ValueError: negative shift count", e.getMessage());
        e = assertThrows(ScriptError.class, () -> Arith.pow(0L, -1L));
        assertEquals("ZeroDivisionError: 0.0 cannot be raised to a negative power", e.getMessage());
    }

    @Test
    void intFloatComparisonIsExact() {
        BigInteger twoTo53PlusOne = pow2(53).add(BigInteger.ONE);
        double twoTo53 = Math.pow(2, 53);
        assertEquals(true, Comparisons.gt(twoTo53PlusOne, twoTo53));
        assertEquals(false, Comparisons.eq((1L << 53) + 1, twoTo53));
        assertEquals(true, Comparisons.eq(1L, 1.0));
        assertEquals(true, Comparisons.eq(true, 1L));
        assertEquals(Ops.hash(1L), Ops.hash(1.0));
    }
}
