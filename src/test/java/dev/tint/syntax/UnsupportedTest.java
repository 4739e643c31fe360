package dev.tint.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tint.source.Origin;
import dev.tint.source.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Python outside Tint's subset is a SyntaxError "… not supported in Tint" at the construct. */
class UnsupportedTest {

    private static PySyntaxError error(String text) {
        return assertThrows(PySyntaxError.class, () -> Parser.parse(new Source(Origin.user("<t>"), text)));
    }

    /** source | message | line | column | end column (CPython's 1-based offsets). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "def f():\\n    yield x\\n|'yield' is not supported in Tint|2|5|10",
        "def f():\\n    x = yield\\n|'yield' is not supported in Tint|2|9|14",
        "def f():\\n    yield from g()\\n|'yield from' is not supported in Tint|2|5|10",
        "def f():\\n    return (yield)\\n|'yield' is not supported in Tint|2|13|18",
        "with open(f) as g:\\n    pass\\n|'with' statements are not supported in Tint|1|1|5",
        "x = 1\\nwith a, b: pass\\n|'with' statements are not supported in Tint|2|1|5",
        "match x:\\n    case 1:\\n        pass\\n|'match' statements are not supported in Tint|1|1|6",
        "match (x):\\n    case _: pass\\n|'match' statements are not supported in Tint|1|1|6",
        "async def f():\\n    pass\\n|'async' functions are not supported in Tint|1|1|6",
        "@d\\nasync def f(): pass\\n|'async' functions are not supported in Tint|2|1|6",
        "async for x in y: pass\\n|'async' is not supported in Tint|1|1|6",
        "def f():\\n    await g()\\n|'await' is not supported in Tint|2|5|10",
        "x = [y async for y in z]\\n|'async' is not supported in Tint|1|8|13",
        "if (n := 10) > 5: pass\\n|assignment expressions (:=) are not supported in Tint|1|7|9",
        "f(x := 1)\\n|assignment expressions (:=) are not supported in Tint|1|5|7",
        "while chunk := f(): pass\\n|assignment expressions (:=) are not supported in Tint|1|13|15",
        "x = b'abc'\\n|bytes literals are not supported in Tint|1|5|11",
        "x = 'a' rb'b'\\n|bytes literals are not supported in Tint|1|9|14",
        "x = 3j\\n|complex numbers are not supported in Tint|1|5|7",
        "x = 1.5e3J + 1\\n|complex numbers are not supported in Tint|1|5|11",
        "class A(B, C):\\n    pass\\n|multiple inheritance is not supported in Tint|1|12|13",
        "class A(B, C, D): pass\\n|multiple inheritance is not supported in Tint|1|12|13",
        "class A(metaclass=M): pass\\n|metaclasses are not supported in Tint|1|9|20",
        "from m import *\\n|star imports are not supported in Tint|1|15|16",
        "type X = int\\n|'type' statements are not supported in Tint|1|1|5",
        "type X[T] = list[T]\\n|'type' statements are not supported in Tint|1|1|5",
        "def f[T](x): pass\\n|type parameters are not supported in Tint|1|6|7",
        "class A[T]: pass\\n|type parameters are not supported in Tint|1|8|9",
        "try:\\n    pass\\nexcept* E:\\n    pass\\n|'except*' is not supported in Tint|3|7|8",
    })
    void rejected(String source, String message, int line, int column, int endColumn) {
        PySyntaxError e = error(source.translateEscapes());
        assertEquals("SyntaxError", e.pythonType());
        assertEquals(message, e.getMessage());
        assertEquals(line, e.line());
        assertEquals(column, e.column());
        assertEquals(endColumn, e.endColumn());
        assertEquals(false, e.incomplete());
    }

    /** Soft keywords stay names; single inheritance, other class keywords and walrus-free code pass. */
    @ParameterizedTest
    @ValueSource(strings = {
        "match = 1\\nmatch.x = 2\\nmatch(3)\\nmatch[4]\\nprint(match)\\n",
        "type = 1\\ntype(x)\\ntype.x = 2\\n",
        "case = 1\\n_ = case\\n",
        "class A(B): pass\\n",
        "class A(B, x=1): pass\\n",
        "class A(**kw): pass\\n",
        "from m import a\\n",
        "x = 'text' \"more\" r'raw' f'{1}'\\n",
        "def f(): return 1\\n",
    })
    void accepted(String source) {
        Parser.parse(new Source(Origin.user("<t>"), source.translateEscapes()));
    }

    /** A syntax error before an unsupported construct is reported first, as CPython would. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x = (\\nyield\\n|'yield' is not supported in Tint",
        "x = 1 +\\ndef f():\\n    yield 1\\n|invalid syntax",
        "x = 'abc\\nwith a: pass\\n|unterminated string literal (detected at line 1)",
    })
    void order(String source, String message) {
        assertEquals(message, error(source.translateEscapes()).getMessage());
    }
}
