package dev.tint.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tint.ast.Expr;
import dev.tint.ast.Stmt;
import dev.tint.source.Origin;
import dev.tint.source.Source;
import dev.tint.source.Span;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Values of literals: numbers, string escapes, f-string pieces. */
class LiteralTest {

    private static Expr value(String expression) {
        Stmt.ExprStmt s = (Stmt.ExprStmt) Parser.parse(new Source(Origin.user("<t>"), expression + "\n"))
                .body().get(0);
        return s.value();
    }

    private static Object constant(String expression) {
        return assertInstanceOf(Expr.Constant.class, value(expression)).value();
    }

    @Test
    void integers() {
        assertEquals(0L, constant("0"));
        assertEquals(0L, constant("000"));
        assertEquals(0L, constant("0_0"));
        assertEquals(123L, constant("123"));
        assertEquals(1_000_000L, constant("1_000_000"));
        assertEquals(31L, constant("0x1F"));
        assertEquals(31L, constant("0X_1f"));
        assertEquals(15L, constant("0o17"));
        assertEquals(5L, constant("0b101"));
        assertEquals(5L, constant("0B_1_0_1"));
        assertEquals(Long.MAX_VALUE, constant("9223372036854775807"));
        assertEquals(new BigInteger("9223372036854775808"), constant("9223372036854775808"));
        assertEquals(new BigInteger("ffffffffffffffffff", 16), constant("0xFFFFFFFFFFFFFFFFFF"));
        assertEquals(Long.MAX_VALUE, constant("0x7FFFFFFFFFFFFFFF"));
        assertEquals(new BigInteger("123456789012345678901234567890"), constant("123456789012345678901234567890"));
    }

    @Test
    void floats() {
        assertEquals(1.5, constant("1.5"));
        assertEquals(1.0, constant("1."));
        assertEquals(0.5, constant(".5"));
        assertEquals(0.001, constant("1e-3"));
        assertEquals(1000.5, constant("1_000.5"));
        assertEquals(1e10, constant("1E+10"));
        assertEquals(Double.POSITIVE_INFINITY, constant("1e999"));
        assertEquals(0.1, constant("0.1"));
        assertEquals(9.5, constant("09.5"));
        assertEquals(0.0, constant("0e5"));
    }

    @Test
    void singletons() {
        assertEquals(Boolean.TRUE, constant("True"));
        assertEquals(Boolean.FALSE, constant("False"));
        assertEquals(Expr.Constant.NONE, constant("None"));
        assertEquals(Expr.Constant.ELLIPSIS, constant("..."));
    }

    @Test
    void stringEscapes() {
        assertEquals("\n\t\\'\"\u0007\b\f\u000b\r\0", constant("'\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\r\\0'"));
        assertEquals("A\u0001\u00ff", constant("'\\101\\1\\377'"));
        assertEquals("\u01ff", constant("'\\777'"));
        assertEquals("AB", constant("'\\x41\\u0042'"));
        assertEquals("😀", constant("'\\U0001F600'"));
        assertEquals("•", constant("'\\N{BULLET}'"));
        assertEquals("é", constant("'\\N{latin small letter e with acute}'"));
        assertEquals("\\d\\8", constant("'\\d\\8'"));
        assertEquals("ab", constant("'a\\\nb'"));
        assertEquals("a\\nb", constant("r'a\\nb'"));
        assertEquals("a\\'b", constant("r'a\\'b'"));
        assertEquals("abc", constant("'a' \"b\" '''c'''"));
        assertEquals("line1\nline2", constant("'''line1\r\nline2'''"));
        assertEquals("", constant("''"));
        assertEquals("", constant("\"\"\"\"\"\""));
        assertEquals("unicode", constant("u'unicode'"));
        assertEquals("q\"q", constant("'q\"q'"));
    }

    @Test
    void fStringPieces() {
        Expr.JoinedStr s = assertInstanceOf(Expr.JoinedStr.class, value("f'a{b!r:>{w}}c{{d}}' 'e'"));
        List<Expr> parts = s.parts();
        assertEquals(3, parts.size());
        assertEquals("a", ((Expr.Constant) parts.get(0)).value());
        Expr.FormattedValue field = (Expr.FormattedValue) parts.get(1);
        assertEquals("b", ((Expr.Name) field.value()).id());
        assertEquals('r', field.conversion());
        assertNull(field.selfDocumenting());
        Expr.JoinedStr spec = (Expr.JoinedStr) field.formatSpec();
        assertEquals(">", ((Expr.Constant) spec.parts().get(0)).value());
        assertEquals("w", ((Expr.Name) ((Expr.FormattedValue) spec.parts().get(1)).value()).id());
        assertEquals("c{d}e", ((Expr.Constant) parts.get(2)).value());
        assertEquals(new Span(1, 0, 1, 24), s.span());
    }

    @Test
    void selfDocumentingFields() {
        Expr.FormattedValue a = field("f'{x=}'");
        assertEquals("x=", a.selfDocumenting());
        assertEquals('r', a.conversion());
        assertNull(a.formatSpec());
        Expr.FormattedValue b = field("f'{x = }'");
        assertEquals("x = ", b.selfDocumenting());
        Expr.FormattedValue c = field("f'{x=!s}'");
        assertEquals("x=", c.selfDocumenting());
        assertEquals('s', c.conversion());
        Expr.FormattedValue d = field("f'{x = :>10}'");
        assertEquals("x = ", d.selfDocumenting());
        assertEquals(0, d.conversion());
        Expr.FormattedValue e = field("f'{a + b=}'");
        assertEquals("a + b=", e.selfDocumenting());
        Expr.FormattedValue f = field("f'''{\n  x  # note\n  =}'''");
        assertEquals("\n  x  \n  =", f.selfDocumenting());
    }

    private static Expr.FormattedValue field(String expression) {
        return (Expr.FormattedValue) ((Expr.JoinedStr) value(expression)).parts().get(0);
    }

    @Test
    void fStringEscapesAndQuotes() {
        Expr.JoinedStr s = (Expr.JoinedStr) value("f'\\t{x}\\N{BULLET}{\"q\"}'");
        assertEquals("\t", ((Expr.Constant) s.parts().get(0)).value());
        assertEquals("•", ((Expr.Constant) s.parts().get(2)).value());
        assertEquals("q", ((Expr.Constant) ((Expr.FormattedValue) s.parts().get(3)).value()).value());
        Expr.JoinedStr raw = (Expr.JoinedStr) value("rf'\\d{x}'");
        assertEquals("\\d", ((Expr.Constant) raw.parts().get(0)).value());
        Expr.JoinedStr empty = (Expr.JoinedStr) value("f''");
        assertEquals(0, empty.parts().size());
        Expr.JoinedStr nested = (Expr.JoinedStr) value("f'{f\"{1}\"}'");
        assertInstanceOf(Expr.JoinedStr.class, ((Expr.FormattedValue) nested.parts().get(0)).value());
    }

    @Test
    void fStringExpressionSpansAreInTheFile() {
        Expr.JoinedStr s = (Expr.JoinedStr) value("f'''a\n{ x +\n   y }'''");
        Expr.FormattedValue field = (Expr.FormattedValue) s.parts().get(1);
        assertEquals(new Span(2, 0, 3, 6), field.span());
        Expr.BinOp sum = (Expr.BinOp) field.value();
        assertEquals(new Span(2, 2, 3, 4), sum.span());
        assertEquals(new Span(3, 3, 3, 4), sum.right().span());
    }

    @Test
    void identifiersAreNfkcNormalized() {
        assertEquals("fi", ((Expr.Name) value("ﬁ")).id());
        assertEquals("é", ((Expr.Name) value("é")).id());
    }
}
