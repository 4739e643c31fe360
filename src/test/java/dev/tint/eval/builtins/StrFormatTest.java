package dev.tint.eval.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tint.eval.runtime.PyDict;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** str.format's field grammar, format() and the conversions; expected text from CPython 3.13. */
class StrFormatTest extends BuiltinsTestSupport {
    private Object format(String template, Object... args) {
        return method(template, "format", args);
    }

    @Test
    void fieldsByPositionNameAttributeAndItem() {
        assertEquals("1 2", format("{} {}", 1L, 2L));
        assertEquals("2 1", format("{1} {0}", 1L, 2L));
        assertEquals("1 'x'", methodKw("{a} {b!r}", "format", kw("a", "b"), 1L, "x"));
        PyDict d = new PyDict();
        d.put(1L, "one");
        d.put("a", "A");
        d.put(" 0", 5L);
        assertEquals("one A 5", format("{0[1]} {0[a]} {0[ 0]}", d));
        assertEquals("2", format("{0[0][1]}", list(list(1L, 2L))));
        assertEquals("5 0", format("{0.real} {0.imag}", 5L));
        assertEquals("7", format("{٠}", 7L));
        assertEquals("{1}", format("{{{0}}}", 1L));
    }

    @Test
    void nestedSpecsAndConversions() {
        assertEquals("    a", format("{:>{}}", "a", 5L));
        assertEquals("  'a'  ", methodKw("{!r:^{w}}", "format", kw("w"), "a", 7L));
        assertEquals("  5", format("{:{}{}}", 5L, ">", 3L));
        assertEquals("'\\xe9'", format("{!a}", "é"));
        assertEquals(" None", format("{0!s:>5}", NONE));
        assertEquals("😀😀😀x😀😀😀", format("{:😀^7}", "x"));
    }

    @Test
    void valuesFormatByType() {
        assertEquals("True", format("{0}", true));
        assertEquals("1", format("{0:d}", true));
        assertEquals("    1", StrFormat.formatValue(true, ">5"));
        assertEquals("ff", format("{:x}", 255L));
        assertEquals("1,234,567", format("{:,}", 1234567L));
        assertEquals("1,180,591,620,717,411,303,424", StrFormat.formatValue(BigInteger.TWO.pow(70), ","));
        assertEquals("50.000000%", format("{:%}", 0.5));
        assertEquals("0001.500", StrFormat.formatValue(1.5, "08.3f"));
        assertEquals("None", StrFormat.formatValue(NONE, ""));
        assertEquals("[1]", StrFormat.formatValue(list(1L), ""));
    }

    @Test
    void errorsInCPythonsOrderAndWords() {
        assertRaises("IndexError", "Replacement index 0 out of range for positional args tuple", () -> format("{}"));
        assertRaises("IndexError", "Replacement index 1 out of range for positional args tuple", () -> format("{1}", 1L));
        assertRaises("ValueError", "cannot switch from manual field specification to automatic field numbering",
                () -> format("{0}{}", 1L, 2L));
        assertRaises("ValueError", "cannot switch from automatic field numbering to manual field specification",
                () -> format("{}{0}", 1L, 2L));
        assertRaises("KeyError", "'a'", () -> format("{a}", 1L));
        assertRaises("ValueError", "Single '{' encountered in format string", () -> format("{", 1L));
        assertRaises("ValueError", "Single '}' encountered in format string", () -> format("}", 1L));
        assertRaises("ValueError", "Single '}' encountered in format string", () -> format("{}}", 1L));
        assertRaises("ValueError", "Unknown conversion specifier x", () -> format("{0!x}", 1L));
        assertRaises("ValueError", "Unknown format code 'd' for object of type 'str'", () -> format("{0:d}", "a"));
        assertRaises("AttributeError", "'int' object has no attribute 'foo'", () -> format("{0.foo}", 1L));
        assertRaises("TypeError", "'int' object is not subscriptable", () -> format("{0[0]}", 1L));
        assertRaises("ValueError", "expected '}' before end of string", () -> format("{0[}", 1L));
        assertRaises("ValueError", "unmatched '{' in format spec", () -> format("{0!}", 1L));
        assertRaises("ValueError", "unmatched '{' in format spec", () -> format("{0!r", 1L));
        assertRaises("ValueError", "end of string while looking for conversion specifier", () -> format("{0!", 1L));
        assertRaises("ValueError", "expected ':' after conversion specifier", () -> format("{0!rx}", 1L));
        assertRaises("ValueError", "Max string recursion exceeded", () -> format("{:{:{}}}", 1L, 2L, 3L));
        assertRaises("ValueError", "Empty attribute in format string", () -> format("{0.}", 1L));
        assertRaises("ValueError", "Empty attribute in format string", () -> format("{0[]}", 1L));
        assertRaises("KeyError", "'0]'", () -> format("{0]}", 1L));
        assertRaises("ValueError", "Only '.' or '[' may follow ']' in format field specifier", () -> format("{0[0]x}", list(1L)));
        assertRaises("ValueError", "Invalid format specifier '{}' for object of type 'int'", () -> format("{0:{{}}}", 1L));
        assertRaises("TypeError", "unsupported format string passed to NoneType.__format__", () -> format("{:>5}", NONE));
        assertRaises("TypeError", "unsupported format string passed to list.__format__", () -> call("format", list(), "x"));
        assertRaises("TypeError", "format() argument 2 must be str, not int", () -> call("format", 1L, 2L));
    }

    @Test
    void formatMap() {
        PyDict d = new PyDict();
        d.put("x", 3L);
        assertEquals("3", method("{x}", "format_map", d));
        assertRaises("ValueError", "Format string contains positional fields", () -> method("{}", "format_map", new PyDict()));
        assertRaises("KeyError", "'a'", () -> method("{a}", "format_map", new PyDict()));
    }

    @Test
    void conversionsForFStrings() {
        assertEquals("'a'", StrFormat.convert("a", 'r'));
        assertEquals("a", StrFormat.convert("a", 's'));
        assertEquals("'\\U0001f600'", StrFormat.convert("😀", 'a'));
    }
}
