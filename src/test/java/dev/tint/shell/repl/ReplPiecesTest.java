package dev.tint.shell.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

/** The REPL's collaborators on their own: when Enter continues, what is highlighted (Tab: ReplCompleterTest). */
class ReplPiecesTest {
    @Test
    void enterContinuesUnfinishedInputAndCompoundStatementsUntilAnEmptyLine() {
        assertTrue(ReplParser.needsMore("def f():"));
        assertTrue(ReplParser.needsMore("x = (1,"));
        assertTrue(ReplParser.needsMore("s = \"\"\"abc"));
        assertTrue(ReplParser.needsMore("x = 1 + \\"));
        assertTrue(ReplParser.needsMore("def f(n): return n * 3"));
        assertTrue(ReplParser.needsMore("if x:\n    y = 1"));
        assertFalse(ReplParser.needsMore("if x:\n    y = 1\n"));
        assertFalse(ReplParser.needsMore("def f(n): return n * 3\n"));
        assertFalse(ReplParser.needsMore("x = 1"));
        assertFalse(ReplParser.needsMore("x = )"), "a plain syntax error runs, to be reported");
        assertTrue(ReplParser.needsMore("x = 1\nif x:\n    y = 1"), "a block still open at the end");
        assertTrue(ReplParser.needsMore("if x:\n    y = 1\nelse: y = 2"));
        assertFalse(ReplParser.needsMore("def f():\n    return 1\n\nprint(f())"),
                "a pasted block ending in a simple statement runs as one unit");
        assertFalse(ReplParser.needsMore("x = [\n1,\n2]"));
    }

    @Test
    void theNextLineIsIndentedOneLevelAfterAColonAndKeepsTheBlocksLevel() {
        assertEquals(1, ReplParser.continuationIndent("def f():"));
        assertEquals(1, ReplParser.continuationIndent("def f():\n    x = 1"));
        assertEquals(2, ReplParser.continuationIndent("def f():\n    if x:  # check"));
        assertEquals(0, ReplParser.continuationIndent("x = (1,"));
    }

    @Test
    void highlightingStylesTokensByKind() {
        ReplHighlighter h = new ReplHighlighter(Set.of("print"));
        AttributedString s = h.highlight("def f(): print('x', 12) # done");
        assertEquals("def f(): print('x', 12) # done", s.toString());
        assertTrue(s.styleAt(0).getStyle() != AttributedStyle.DEFAULT.getStyle(), "keyword styled");
        assertEquals(AttributedStyle.DEFAULT.getStyle(), s.styleAt(4).getStyle(), "plain name unstyled");
        int quote = s.toString().indexOf('\'');
        assertTrue(s.styleAt(quote).getStyle() != AttributedStyle.DEFAULT.getStyle(), "string styled");
        assertTrue(s.styleAt(9).getStyle() != AttributedStyle.DEFAULT.getStyle(), "builtin styled");
    }

    @Test
    void bracketsThatCloseNothingOrTheWrongKindAreMarked() {
        ReplHighlighter h = new ReplHighlighter(Set.of("print"));
        AttributedStyle plain = h.highlight("(x)").styleAt(0);
        AttributedString s = h.highlight("f(a[1)] + g((b))");
        assertEquals(plain, s.styleAt(1), "an opening bracket is never marked");
        assertTrue(!s.styleAt(5).equals(plain), "`)` closing `[`");
        assertEquals(plain, s.styleAt(15), "balanced brackets are fine");
        assertTrue(!h.highlight("x = 1)").styleAt(5).equals(plain), "a closer with no opener");
        assertEquals(plain, h.highlight("print((1,").styleAt(5), "still-open brackets while typing");
    }

    @Test
    void highlightingFollowsTheTheme() throws Exception {
        AttributedString mono = new ReplHighlighter(Set.of("print"), dev.tint.theme.Theme.load("mono"))
                .highlight("def f(): return 'x'");
        AttributedString dflt = new ReplHighlighter(Set.of("print")).highlight("def f(): return 'x'");
        assertTrue(!mono.styleAt(0).equals(dflt.styleAt(0)) || !mono.styleAt(16).equals(dflt.styleAt(16)),
                "the mono theme styles code differently from the default");
    }

    @Test
    void highlightingAFullPasteIsQuick() {
        StringBuilder paste = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            paste.append("def f").append(i).append("(x):\n    return [y * ").append(i).append(" for y in x]  # c\n");
        }
        ReplHighlighter h = new ReplHighlighter(Set.of("print"));
        assertEquals(paste.toString(), h.highlight(paste.toString()).toString());
    }
}
