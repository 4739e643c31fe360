package dev.tint.eval.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spot checks of the character tables (the full tables were compared with CPython 3.13 for every
 * code point when generated) and of the "Did you mean" choice.
 */
class UnicodeTest {
    @Test
    void pythonWhitespaceIsNotJavas() {
        assertTrue(Unicode.isSpace(0x1C));
        assertTrue(Unicode.isSpace(0x85));
        assertTrue(Unicode.isSpace(0xA0));
        assertFalse(Unicode.isSpace(0x200B));
        assertTrue(Unicode.isSpace(0x3000));
    }

    @Test
    void numericClasses() {
        assertTrue(Unicode.isDigit('²'));
        assertFalse(Unicode.isDecimal('²'));
        assertTrue(Unicode.isNumeric('一'));
        assertTrue(Unicode.isDecimal(0x0663));
        assertTrue(Unicode.isAlpha(0x10570)); // Vithkuqi, Unicode 14
    }

    @Test
    void newerCaseMappings() {
        assertEquals("\ua7c1", Unicode.lower("\ua7c0"));
        assertEquals("\ua7c0", Unicode.upper("\ua7c1"));
        assertEquals("Ss", Unicode.capitalize("ß"));
    }

    @Test
    void suggestionsFollowCPython() {
        assertEquals("sep", Suggestions.suggest("sepp", List.of("sep", "end", "file", "flush")));
        assertNull(Suggestions.suggest("kye", List.of("key", "default")));
        assertEquals("default", Suggestions.suggest("defualt", List.of("key", "default")));
        assertEquals("keepends", Suggestions.suggest("keepend", List.of("keepends")));
    }
}
