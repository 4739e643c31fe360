package dev.tint.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tint.syntax.Tokens.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The highlighting lexer: categories and extents, and it never throws. */
class TokensTest {

    private static String show(String text) {
        List<String> out = new ArrayList<>();
        for (Tokens.Token t : Tokens.lex(text)) {
            out.add(t.category() + ":" + text.substring(t.start(), t.end()));
        }
        return String.join(" ", out);
    }

    @Test
    void categories() {
        assertEquals("KEYWORD:def NAME:f BRACKET:( NAME:x BRACKET:) OPERATOR:: KEYWORD:return NAME:x "
                + "OPERATOR:+ NUMBER:1 COMMENT:# done", show("def f(x): return x + 1  # done\n"));
        assertEquals("NAME:print BRACKET:( STRING:'hi' OPERATOR:, STRING:f\" STRING:a BRACKET:{ NAME:b "
                + "BRACKET:} STRING:\" BRACKET:)", show("print('hi', f\"a{b}\")"));
        assertEquals("KEYWORD:if NAME:x KEYWORD:is KEYWORD:not KEYWORD:None OPERATOR:: KEYWORD:pass",
                show("if x is not None:\n    pass\n"));
    }

    @Test
    void softKeywordsOnlyWhereTheyAreKeywords() {
        assertEquals("NAME:match OPERATOR:= NUMBER:1", show("match = 1"));
        assertEquals("KEYWORD:type NAME:X OPERATOR:= NAME:int", show("type X = int"));
        assertEquals("KEYWORD:match NAME:x OPERATOR:: NAME:case NUMBER:1 OPERATOR:: KEYWORD:pass",
                show("match x:\n    case 1: pass\n"));
    }

    @Test
    void badTextBecomesErrorTokens() {
        assertEquals("NAME:x OPERATOR:= ERROR:'abc", show("x = 'abc\ny = 2").split(" NAME:y")[0]);
        assertTrue(show("x = 'abc\ny = 2").endsWith("NAME:y OPERATOR:= NUMBER:2"));
        assertEquals("NAME:x OPERATOR:= ERROR:$", show("x = $"));
        assertEquals("NAME:x OPERATOR:= ERROR:1abc", show("x = 1abc").replace("ERROR:1 NAME:abc", "ERROR:1abc"));
        assertEquals("NAME:a ERROR:)", show("a)"));
        assertEquals("STRING:\"\"\"doc", show("\"\"\"doc").replace("ERROR", "STRING"));
    }

    @Test
    void offsetsAreUtf16() {
        List<Tokens.Token> tokens = Tokens.lex("s = '😀' + x");
        assertEquals(new Tokens.Token(Category.STRING, 4, 8), tokens.get(2));
        assertEquals(new Tokens.Token(Category.NAME, 11, 12), tokens.get(4));
    }

    @Test
    void neverThrows() {
        Random random = new Random(42);
        String alphabet = "abc \t\n\r\\'\"#()[]{}:=!+-*/%@<>.,;0123456789xjJeE_fFrRbB😀€\0\u000b";
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int k = 0; k < length; k++) {
                text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                        random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            String s = text.toString();
            List<Tokens.Token> tokens = Tokens.lex(s);
            int last = 0;
            for (Tokens.Token t : tokens) {
                assertTrue(t.start() >= last && t.end() > t.start() && t.end() <= s.length(), s);
                last = t.end();
            }
        }
        Tokens.lex("(".repeat(10_000));
        Tokens.lex("f'{".repeat(1_000));
        Tokens.lex(" \n".repeat(1_000) + "\tx");
    }
}
