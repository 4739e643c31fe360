package dev.tint.eval.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Exact rational helpers behind statistics. */
class StatisticsNativeTest {
    @Test
    void sqrtOfFractionIsCorrectlyRounded() {
        // statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]) == 1.0810874155219827 in CPython
        // its mss is 187/160
        assertEquals(1.0810874155219827, StatisticsNative.floatSqrtOfFrac(BigInteger.valueOf(187), BigInteger.valueOf(160)));
        assertEquals(2.0, StatisticsNative.floatSqrtOfFrac(BigInteger.valueOf(4), BigInteger.ONE));
    }

    @Test
    void reduceNormalisesSigns() {
        BigInteger[] r = StatisticsNative.reduce(BigInteger.valueOf(6), BigInteger.valueOf(-4));
        assertEquals(BigInteger.valueOf(-3), r[0]);
        assertEquals(BigInteger.valueOf(2), r[1]);
    }
}
