package dev.tint.syntax;

/**
 * Finds the end of a number literal exactly as CPython's tokenizer does, raising its errors
 * ("invalid decimal literal", "invalid digit '8' in octal literal", "leading zeros in decimal
 * integer literals are not permitted; ..."), with its locations.
 */
final class NumberScanner {
    private final SourceText src;
    private final Errors errors;
    private int start;
    private int cur;

    NumberScanner(SourceText src, Errors errors) {
        this.src = src;
        this.errors = errors;
    }

    /**
     * Scans the number starting at {@code from} (a digit, or a '.' followed by a digit) and
     * returns its exclusive end offset.
     */
    int scan(int from) {
        start = from;
        cur = from;
        int c = read();
        if (c == '.') {
            return fraction(read());
        }
        if (c == '0') {
            c = read();
            if (c == 'x' || c == 'X') {
                c = read();
                do {
                    if (c == '_') {
                        c = read();
                    }
                    if (!isHex(c)) {
                        backup();
                        throw error("invalid hexadecimal literal");
                    }
                    do {
                        c = read();
                    } while (isHex(c));
                } while (c == '_');
                verifyEnd(c, "hexadecimal");
            } else if (c == 'o' || c == 'O') {
                radixDigits('8', "octal");
            } else if (c == 'b' || c == 'B') {
                radixDigits('2', "binary");
            } else {
                boolean nonzero = false;
                while (true) {
                    if (c == '_') {
                        c = read();
                        if (!isDigit(c)) {
                            backup();
                            throw error("invalid decimal literal");
                        }
                    }
                    if (c != '0') {
                        break;
                    }
                    c = read();
                }
                int zerosEnd = cur;
                if (isDigit(c)) {
                    nonzero = true;
                    c = decimalTail();
                }
                if (c == '.') {
                    return fraction(read());
                } else if (c == 'e' || c == 'E') {
                    return exponent(c);
                } else if (c == 'j' || c == 'J') {
                    return imaginary();
                } else if (nonzero) {
                    backup();
                    LineIndex lines = errors.lines();
                    int line = lines.line(start);
                    throw errors.known(Errors.SYNTAX,
                            "leading zeros in decimal integer literals are not permitted; "
                                    + "use an 0o prefix for octal integers",
                            line, lines.column(start), line, lines.column(zerosEnd) - 1, false);
                }
                verifyEnd(c, "decimal");
            }
        } else {
            c = decimalTail();
            if (c == '.') {
                return fraction(read());
            } else if (c == 'e' || c == 'E') {
                return exponent(c);
            } else if (c == 'j' || c == 'J') {
                return imaginary();
            }
            verifyEnd(c, "decimal");
        }
        backup();
        return cur;
    }

    private void radixDigits(char limit, String kind) {
        int c = read();
        do {
            if (c == '_') {
                c = read();
            }
            if (c < '0' || c >= limit) {
                if (isDigit(c)) {
                    throw error("invalid digit '" + (char) c + "' in " + kind + " literal");
                }
                backup();
                throw error("invalid " + kind + " literal");
            }
            do {
                c = read();
            } while ('0' <= c && c < limit);
        } while (c == '_');
        if (isDigit(c)) {
            throw error("invalid digit '" + (char) c + "' in " + kind + " literal");
        }
        verifyEnd(c, kind);
    }

    /** After the '.', with {@code c} the char following it (already read). */
    private int fraction(int c) {
        if (isDigit(c)) {
            c = decimalTail();
        }
        if (c == 'e' || c == 'E') {
            return exponent(c);
        }
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        verifyEnd(c, "decimal");
        backup();
        return cur;
    }

    /** {@code e} is the 'e' or 'E' just read. */
    private int exponent(int e) {
        int c = read();
        if (c == '+' || c == '-') {
            c = read();
            if (!isDigit(c)) {
                backup();
                throw error("invalid decimal literal");
            }
        } else if (!isDigit(c)) {
            backup();
            verifyEnd(e, "decimal");
            backup();
            return cur;
        }
        c = decimalTail();
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        verifyEnd(c, "decimal");
        backup();
        return cur;
    }

    private int imaginary() {
        int c = read();
        verifyEnd(c, "imaginary");
        backup();
        return cur;
    }

    private int decimalTail() {
        int c;
        while (true) {
            do {
                c = read();
            } while (isDigit(c));
            if (c != '_') {
                break;
            }
            c = read();
            if (!isDigit(c)) {
                backup();
                throw error("invalid decimal literal");
            }
        }
        return c;
    }

    /**
     * A number may be followed directly by a keyword that can follow it in valid code (CPython
     * only warns), but not by any other identifier character. {@code c} has just been read.
     */
    private void verifyEnd(int c, String kind) {
        boolean keyword;
        switch (c) {
            case 'a' -> keyword = lookahead("nd");
            case 'e' -> keyword = lookahead("lse");
            case 'f' -> keyword = lookahead("or");
            case 'i' -> {
                int c2 = src.ch(cur);
                keyword = c2 == 'f' || c2 == 'n' || c2 == 's';
            }
            case 'o' -> keyword = lookahead("r");
            case 'n' -> keyword = lookahead("ot");
            default -> keyword = false;
        }
        if (!keyword && c >= 0 && c < 128 && isIdentifierChar(c)) {
            backup();
            throw error("invalid " + kind + " literal");
        }
    }

    private boolean lookahead(String rest) {
        int i = cur;
        for (int k = 0; k < rest.length(); k++) {
            if (src.ch(i++) != rest.charAt(k)) {
                return false;
            }
        }
        return !isIdentifierChar(src.ch(i));
    }

    private PySyntaxError error(String message) {
        return errors.atCursor(message, cur, false);
    }

    private int read() {
        int c = src.ch(cur);
        cur++;
        return c;
    }

    private void backup() {
        cur--;
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** CPython's is_potential_identifier_char: ASCII letters, digits, '_' and any non-ASCII. */
    static boolean isIdentifierChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_'
                || c >= 128;
    }
}
