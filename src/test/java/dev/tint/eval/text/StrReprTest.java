package dev.tint.eval.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StrReprTest {
    @Test
    void quotesAndEscapesLikePython() {
        assertEquals("'abc'", StrRepr.repr("abc"));
        assertEquals("\"it's\"", StrRepr.repr("it's"));
        assertEquals("'it\\'s \"q\"'", StrRepr.repr("it's \"q\""));
        assertEquals("'a\\tb\\n\\x00\\\\'", StrRepr.repr("a\tb\n\0\\"));
        assertEquals("'caf\u00e9 \uD83D\uDE00'", StrRepr.repr("caf\u00e9 \uD83D\uDE00"));
        assertEquals("'\\xa0\\u2028\\ud800'", StrRepr.repr("\u00a0\u2028\ud800"));
        assertEquals("'caf\\xe9 \\U0001f600 \\u65e5'", StrRepr.ascii("caf\u00e9 \uD83D\uDE00 \u65e5"));
    }
}
