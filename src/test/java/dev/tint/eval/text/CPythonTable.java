package dev.tint.eval.text;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads the CPython reference tables written by scripts/gen-number-text-tables and
 * scripts/gen-float-repr, and encodes Tint's results the same way, so a test compares encoded
 * strings and reports mismatches row by row.
 */
final class CPythonTable {
    private CPythonTable() {}

    /** A Python bool in a table, kept apart from ints. */
    record PyBool(boolean value) {}

    /** The tab-separated rows of a test resource. */
    static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = CPythonTable.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isEmpty()) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Undoes the script's escaping: \\ \t \n \r \xHH \\uHHHH. */
    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char k = s.charAt(++i);
            switch (k) {
                case '\\' -> sb.append('\\');
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 'x' -> {
                    sb.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                case 'u' -> {
                    sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> throw new IllegalArgumentException("bad escape in " + s);
            }
        }
        return sb.toString();
    }

    /** The script's escaping, to encode Tint's results. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                sb.append("\\\\");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\x%02x", (int) c));
            } else if (Character.isSurrogate(c)
                    && !(Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
                    && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)))) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Decodes a value field: i: x: f: s: b: n:. */
    static Object value(String field) {
        String body = field.substring(2);
        switch (field.charAt(0)) {
            case 'i':
                return NumberParser.normalize(new BigInteger(body));
            case 'x':
                return NumberParser.normalize(new BigInteger(body, 16));
            case 'f':
                return Double.longBitsToDouble(Long.parseUnsignedLong(body, 16));
            case 's':
                return unescape(body);
            case 'b':
                return new PyBool(body.equals("True"));
            case 'n':
                return null;
            default:
                throw new IllegalArgumentException("bad value field " + field);
        }
    }

    /** Encodes a result value as the script does (without the leading '='). */
    static String encode(Object v) {
        if (v instanceof String s) {
            return escape(s);
        }
        if (v instanceof Double d) {
            return "f:" + String.format("%016x", Double.doubleToRawLongBits(d));
        }
        if (v instanceof BigInteger big && big.bitLength() > 4000) {
            // The script writes ints too long for str() in hex.
            return "x:" + (big.signum() < 0 ? "-" : "") + big.abs().toString(16);
        }
        if (v instanceof Long || v instanceof BigInteger) {
            return "i:" + v;
        }
        throw new IllegalArgumentException("cannot encode " + v);
    }

    /** Runs an operation and encodes its outcome: "=result" or "!Type:message". */
    static String outcome(Supplier<Object> op) {
        try {
            return "=" + encode(op.get());
        } catch (FormatException e) {
            return "!" + e.pythonType() + ":" + escape(e.getMessage());
        } catch (PyKeyError e) {
            return "!KeyError:" + escape(e.getMessage());
        }
    }

    /** The interpreter's KeyError, as a test mapping raises it. */
    static final class PyKeyError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PyKeyError(String message) {
            super(message);
        }
    }

    /** Collects mismatches and fails with the first few of them. */
    static final class Mismatches {
        private final String table;
        private final List<String> lines = new ArrayList<>();
        private int total;
        private int checked;

        Mismatches(String table) {
            this.table = table;
        }

        void check(String what, String expected, String actual) {
            checked++;
            if (!expected.equals(actual)) {
                total++;
                if (lines.size() < 40) {
                    lines.add(what + "\n    CPython: " + shorten(expected) + "\n    Tint:    " + shorten(actual));
                }
            }
        }

        private static String shorten(String s) {
            return s.length() <= 300 ? s : s.substring(0, 300) + "... (" + s.length() + " chars)";
        }

        void assertNone() {
            if (checked == 0) {
                fail(table + ": no rows checked");
            }
            if (total > 0) {
                fail(table + ": " + total + " of " + checked + " rows differ from CPython 3.13:\n"
                        + String.join("\n", lines));
            }
        }
    }
}
