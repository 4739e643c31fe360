package dev.tint.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tint.source.Origin;
import dev.tint.source.Source;
import dev.tint.syntax.antlr.TintLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/** The tokenizer's layout handling: INDENT/DEDENT, NEWLINE, continuations, line ends. */
class TokenizerTest {

    private static List<PyToken> tokens(String text) {
        Errors errors = new Errors(new Source(Origin.user("<t>"), text), new LineIndex(text));
        return new Tokenizer(new SourceText(text), errors, false).all();
    }

    /** Token names, with NAME/NUMBER/STRING/operators shown as their text. */
    private static String layout(String text) {
        List<String> out = new ArrayList<>();
        for (PyToken t : tokens(text)) {
            int type = t.getType();
            if (type == Token.EOF) {
                out.add("EOF");
            } else if (type == TintLexer.INDENT || type == TintLexer.DEDENT || type == TintLexer.NEWLINE
                    || type == TintLexer.ERRORTOKEN) {
                out.add(TintLexer.VOCABULARY.getSymbolicName(type));
            } else {
                out.add(t.getText());
            }
        }
        return String.join(" ", out);
    }

    @Test
    void indentAndDedent() {
        assertEquals("if x : NEWLINE INDENT a NEWLINE if y : NEWLINE INDENT b NEWLINE DEDENT DEDENT c NEWLINE EOF",
                layout("if x:\n    a\n    if y:\n        b\nc\n"));
    }

    @Test
    void dedentsAtEndOfFile() {
        assertEquals("if x : NEWLINE INDENT if y : NEWLINE INDENT b NEWLINE DEDENT DEDENT EOF",
                layout("if x:\n  if y:\n    b\n"));
    }

    @Test
    void missingFinalNewlineIsImplied() {
        assertEquals("x = 1 NEWLINE EOF", layout("x = 1"));
        assertEquals("if x : NEWLINE INDENT y NEWLINE DEDENT EOF", layout("if x:\n  y"));
        PyToken newline = tokens("x = 1").get(3);
        assertEquals(1, newline.getLine());
        assertEquals(5, newline.getCharPositionInLine());
    }

    @Test
    void blankAndCommentLinesDoNotCount() {
        assertEquals("if x : NEWLINE INDENT a NEWLINE b NEWLINE DEDENT EOF",
                layout("if x:\n\n    a\n        \n  # odd indent\n\t# tab comment\n    b\n\n   \n"));
        assertEquals("EOF", layout("# only a comment"));
        assertEquals("EOF", layout("\n\n   \n"));
        assertEquals("EOF", layout(""));
    }

    @Test
    void tabsAdvanceToMultiplesOfEight() {
        assertEquals("if x : NEWLINE INDENT a NEWLINE b NEWLINE DEDENT EOF", layout("if x:\n\ta\n\tb\n"));
        assertEquals("if x : NEWLINE INDENT a NEWLINE b NEWLINE DEDENT EOF", layout("if x:\n    \ta\n    \tb\n"));
        assertEquals("if x : NEWLINE INDENT a NEWLINE b NEWLINE DEDENT EOF", layout("if x:\n\t    a\n\t    b\n"));
    }

    @Test
    void inconsistentTabsAndSpacesAreATabError() {
        for (String text : new String[] {"if x:\n\tpass\n        pass\n", "if x:\n        pass\n\tpass\n"}) {
            List<PyToken> tokens = tokens(text);
            PyToken error = tokens.get(tokens.size() - 2);
            assertEquals(TintLexer.ERRORTOKEN, error.getType());
            assertEquals("TabError", error.error.pythonType());
            assertEquals("inconsistent use of tabs and spaces in indentation", error.error.getMessage());
            assertEquals(3, error.error.line());
        }
    }

    @Test
    void formFeedResetsTheColumn() {
        assertEquals("x = 1 NEWLINE EOF", layout("\fx = 1\n"));
        assertEquals("if x : NEWLINE INDENT a NEWLINE b NEWLINE DEDENT EOF", layout("if x:\n    a\n  \f    b\n"));
    }

    @Test
    void newlinesInsideBracketsAreIgnored() {
        assertEquals("x = ( 1 , 2 ) NEWLINE EOF", layout("x = (1,\n     2)\n"));
        assertEquals("x = [ 1 , 2 , ] NEWLINE EOF", layout("x = [\n  1,\n# comment\n\n  2,\n]\n"));
        assertEquals("if x : NEWLINE INDENT y = { a : b } NEWLINE DEDENT EOF",
                layout("if x:\n  y = {a:\nb}\n"));
    }

    @Test
    void backslashContinuesTheLine() {
        assertEquals("x = 1 + 2 NEWLINE EOF", layout("x = 1 + \\\n    2\n"));
        assertEquals("if a and b : NEWLINE INDENT c NEWLINE DEDENT EOF", layout("if a and \\\n  b:\n    c\n"));
    }

    @Test
    void crlfAndLoneCrEndLines() {
        assertEquals("if x : NEWLINE INDENT y NEWLINE DEDENT z NEWLINE EOF", layout("if x:\r\n  y\r\nz\r\n"));
        assertEquals("x NEWLINE y NEWLINE EOF", layout("x\ry\r"));
        List<PyToken> t = tokens("a = 1\r\nbb = 2\r\n");
        assertEquals(2, t.get(4).getLine());
        assertEquals(0, t.get(4).getCharPositionInLine());
        assertEquals("bb", t.get(4).getText());
    }

    @Test
    void tokenPositionsAreUtf16() {
        List<PyToken> t = tokens("s = '😀' + x\n");
        PyToken string = t.get(2);
        assertEquals(4, string.getCharPositionInLine());
        assertEquals(8, string.endColumn);
        PyToken x = t.get(4);
        assertEquals(11, x.getCharPositionInLine());
    }

    @Test
    void multiLineTokensKnowTheirEnd() {
        PyToken s = tokens("x = '''a\nbc'''\n").get(2);
        assertEquals(1, s.getLine());
        assertEquals(4, s.getCharPositionInLine());
        assertEquals(2, s.endLine);
        assertEquals(5, s.endColumn);
    }

    @Test
    void dedentToAnUnknownLevelIsDeferred() {
        List<PyToken> tokens = tokens("if x:\n    a\n  b\n");
        PyToken error = tokens.get(tokens.size() - 2);
        assertEquals(TintLexer.ERRORTOKEN, error.getType());
        assertEquals("unindent does not match any outer indentation level", error.error.getMessage());
    }

    @Test
    void anErrorEndsTheTokens() {
        List<PyToken> tokens = tokens("x = 1\ny = 'abc\nz = 2\n");
        PyToken error = tokens.get(tokens.size() - 2);
        assertEquals(TintLexer.ERRORTOKEN, error.getType());
        assertEquals(true, error.overrides);
        assertEquals("unterminated string literal (detected at line 2)", error.error.getMessage());
        assertEquals(2, error.error.line());
        assertEquals(5, error.error.column());
        assertEquals(Token.EOF, tokens.get(tokens.size() - 1).getType());
    }

    @Test
    void tokenizerErrorsLaterInTheFileWinOverParserErrors() {
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> Parser.parse(new Source(Origin.user("<t>"), "x = 1 +* 2\ny = 'abc\n")));
        assertEquals("unterminated string literal (detected at line 2)", e.getMessage());
        PySyntaxError indent = assertThrows(PySyntaxError.class,
                () -> Parser.parse(new Source(Origin.user("<t>"), " x = 1\ny = 'abc\n")));
        assertEquals("unexpected indent", indent.getMessage());
    }

    @Test
    void nulBytesAreRejected() {
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> Parser.parse(new Source(Origin.user("<t>"), "x = 1\ny = \0 2\n")));
        assertEquals("source code cannot contain null bytes", e.getMessage());
        assertEquals(2, e.line());
        assertEquals(0, e.column());
    }

    @Test
    void fStringsAreSplitIntoPieces() {
        assertEquals("x = f\" a { b ! r : >10 } {{ c}} \" NEWLINE EOF", layout("x = f\"a{b!r:>10}{{c}}\"\n"));
        assertEquals("f' { x [ \"a\" ] } ' NEWLINE EOF", layout("f'{x[\"a\"]}'\n"));
        assertEquals("f' { f\" { x } \" } ' NEWLINE EOF", layout("f'{f\"{x}\"}'\n"));
    }
}
