package dev.tint.eval.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** str % args against CPython 3.13 (percent-format.tsv, from scripts/gen-number-text-tables). */
class PercentFormatTest {

    /** str/repr/ascii for the value kinds the table uses, as Python prints them. */
    static final ObjectText TEXT = new ObjectText() {
        @Override
        public String str(Object v) {
            return v instanceof String s ? s : repr(v);
        }

        @Override
        public String repr(Object v) {
            if (v == null) {
                return "None";
            }
            if (v instanceof String s) {
                return StrRepr.repr(s);
            }
            if (v instanceof Boolean b) {
                return b ? "True" : "False";
            }
            if (v instanceof Double d) {
                return FloatRepr.repr(d);
            }
            if (v instanceof BigInteger big) {
                return NumberFormatter.intToString(big);
            }
            if (v instanceof Map<?, ?> map) {
                StringBuilder sb = new StringBuilder("{");
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    if (sb.length() > 1) {
                        sb.append(", ");
                    }
                    sb.append(repr(e.getKey())).append(": ").append(repr(e.getValue()));
                }
                return sb.append('}').toString();
            }
            return v.toString();
        }

        @Override
        public String ascii(Object v) {
            return v instanceof String s ? StrRepr.ascii(s) : repr(v);
        }

        @Override
        public String typeName(Object v) {
            if (v == null) {
                return "NoneType";
            }
            if (v instanceof String) {
                return "str";
            }
            if (v instanceof Boolean) {
                return "bool";
            }
            if (v instanceof Double) {
                return "float";
            }
            if (v instanceof Map) {
                return "dict";
            }
            return "int";
        }
    };

    private static Object arg(String field) {
        Object v = CPythonTable.value(field);
        return v instanceof CPythonTable.PyBool b ? (Object) b.value() : v;
    }

    @Test
    void matchesCPythonOnTheReferenceTable() {
        CPythonTable.Mismatches m = new CPythonTable.Mismatches("percent-format.tsv");
        for (String[] row : CPythonTable.rows("percent-format.tsv")) {
            String template = CPythonTable.unescape(row[0]);
            List<Object> positional = new ArrayList<>();
            Function<String, Object> mapping = null;
            switch (row[2]) {
                case "tuple" -> {
                    for (int i = 3; i < row.length; i++) {
                        positional.add(arg(row[i]));
                    }
                }
                case "single" -> positional.add(arg(row[3]));
                case "dict" -> {
                    Map<Object, Object> dict = new LinkedHashMap<>();
                    for (int i = 3; i + 1 < row.length; i += 2) {
                        dict.put(arg(row[i]), arg(row[i + 1]));
                    }
                    positional.add(dict);
                    mapping = key -> {
                        if (!dict.containsKey(key)) {
                            throw new CPythonTable.PyKeyError(StrRepr.repr(key));
                        }
                        return dict.get(key);
                    };
                }
                default -> throw new IllegalArgumentException(row[2]);
            }
            Function<String, Object> map = mapping;
            m.check("'" + row[0] + "' % " + String.join(" ", Arrays.copyOfRange(row, 2, row.length)), row[1],
                    CPythonTable.outcome(() -> PercentFormat.format(template, positional, map, TEXT)));
        }
        m.assertNone();
    }

    @Test
    void examples() {
        assertEquals("  42|-0x00ff|3.14", PercentFormat.format("%4d|%#07x|%.2f", List.of(42L, -255L, 3.14159), null, TEXT));
        assertEquals("1 'a'", PercentFormat.format("%(n)s %(s)r", List.of(Map.of()),
                k -> k.equals("n") ? (Object) 1L : "a", TEXT));
        FormatException e = assertThrows(FormatException.class,
                () -> PercentFormat.format("%d", List.of("a"), null, TEXT));
        assertEquals("TypeError", e.pythonType());
        assertEquals("%d format: a real number is required, not str", e.getMessage());
        e = assertThrows(FormatException.class, () -> PercentFormat.format("abc%y", List.of(1L), null, TEXT));
        assertEquals("unsupported format character 'y' (0x79) at index 4", e.getMessage());
        e = assertThrows(FormatException.class, () -> PercentFormat.format("%s", List.of(1L, 2L), null, TEXT));
        assertEquals("not all arguments converted during string formatting", e.getMessage());
    }
}
