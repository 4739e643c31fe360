package dev.tint.syntax;

import java.math.BigInteger;

/** The value of a (valid) number literal: Long, BigInteger when it does not fit, or Double. */
final class NumberLiterals {
    private NumberLiterals() {}

    static boolean isImaginary(String text) {
        char last = text.charAt(text.length() - 1);
        return last == 'j' || last == 'J';
    }

    static Object value(String text) {
        String s = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        if (s.length() > 1 && s.charAt(0) == '0') {
            char k = s.charAt(1);
            switch (k) {
                case 'x', 'X' -> {
                    return integer(s.substring(2), 16);
                }
                case 'o', 'O' -> {
                    return integer(s.substring(2), 8);
                }
                case 'b', 'B' -> {
                    return integer(s.substring(2), 2);
                }
                default -> { }
            }
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return Double.parseDouble(s);
            }
        }
        return integer(s, 10);
    }

    private static Object integer(String digits, int radix) {
        int maxDigits = switch (radix) {
            case 16 -> 15;
            case 8 -> 20;
            case 2 -> 62;
            default -> 18;
        };
        if (digits.length() <= maxDigits) {
            return Long.parseLong(digits, radix);
        }
        BigInteger big = new BigInteger(digits, radix);
        return big.bitLength() < 64 ? (Object) big.longValue() : big;
    }
}
