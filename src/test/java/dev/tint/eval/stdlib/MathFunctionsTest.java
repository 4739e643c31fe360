package dev.tint.eval.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tint.eval.runtime.PyList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** math results bit for bit as CPython 3.13 on glibc gives them. */
class MathFunctionsTest {
    private static PyList list(double... values) {
        PyList l = new PyList();
        for (double v : values) {
            l.append(v);
        }
        return l;
    }

    @Test
    void fsumIsExactlyRounded() {
        assertEquals(1.0, MathModule.fsum(list(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1)));
        assertEquals(1.0, MathModule.fsum(list(1e100, 1.0, -1e100, 1e-100)));
        assertEquals(0x1.1c37937e08001p+53, MathModule.fsum(list(1e-16, 1, 1e16)));
        assertEquals(-0x1.0000000000000p-54, MathModule.fsum(list(0.3, 0.3, 0.3, -0.9)));
    }

    @ParameterizedTest
    @CsvSource({
        "sin, 1.0, 0x1.aed548f090ceep-1",
        "cos, 2.5, -0x1.9a2f7ef858b7dp-1",
        "log2, 3, 0x1.95c01a39fbd68p+0",
        "exp, 0.5, 0x1.a61298e1e069cp+0",
        "log10, 7, 0x1.b0b0b0b78cc3fp-1",
        "cbrt, 10, 0x1.13c484138704ep+1",
        "acos, 0.3, 0x1.441f5ecbeef59p+0",
        "tan, 100.0, -0x1.2ca74d62b5d38p-1",
        "sin, 1e22, -0x1.b453ab76bf397p-1",
    })
    void unaryFunctions(String name, double x, String expected) {
        double got = switch (name) {
            case "sin" -> CorrectlyRounded.sin(x);
            case "cos" -> CorrectlyRounded.cos(x);
            case "log2" -> CorrectlyRounded.log2(x);
            case "exp" -> CorrectlyRounded.exp(x);
            case "log10" -> CorrectlyRounded.log10(x);
            case "cbrt" -> CorrectlyRounded.cbrt(x);
            case "acos" -> CorrectlyRounded.acos(x);
            case "tan" -> CorrectlyRounded.tan(x);
            default -> throw new IllegalArgumentException(name);
        };
        assertEquals(Double.parseDouble(expected), got, name + "(" + x + ")");
    }

    @Test
    void binaryFunctions() {
        assertEquals(0x1.46dc09ec29433p+1, CorrectlyRounded.atan2(1.5, -2.25));
        assertEquals(0x1.dac93f32d18ddp+4, CorrectlyRounded.pow(2.5, 3.7));
        assertEquals(1024.0, CorrectlyRounded.pow(2.0, 10.0));
        assertEquals(5.0, MathModule.vectorNorm(2, new double[] {3, 4}, 4, false));
    }

    @Test
    void powersOfTwoHaveExactLogarithms() {
        for (int e = -1074; e <= 1023; e += 7) {
            assertEquals(e, CorrectlyRounded.log2(Math.scalb(1.0, e)));
        }
    }
}
