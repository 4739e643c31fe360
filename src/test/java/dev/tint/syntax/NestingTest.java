package dev.tint.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tint.ast.Expr;
import dev.tint.ast.Module;
import dev.tint.ast.Stmt;
import dev.tint.source.Origin;
import dev.tint.source.Source;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Deep nesting: what CPython accepts parses (brackets up to 200 deep even on a small stack), and
 * what is deeper fails with CPython's error, never with a StackOverflowError. Cases run on a
 * thread with a 512 KB stack, smaller than the JVM default, except those that need the large
 * stack the interpreter gives its parsing thread.
 */
class NestingTest {
    private static final long SMALL_STACK = 512 * 1024;
    private static final long LARGE_STACK = 256L * 1024 * 1024;

    /** The result of parsing on a small stack: the module, or what was thrown. */
    private static Object parseOnSmallStack(String text) throws InterruptedException {
        return parseOn(SMALL_STACK, text);
    }

    private static Object parseOn(long stack, String text) throws InterruptedException {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(Parser.parse(new Source(Origin.user("<deep>"), text)));
            } catch (Throwable e) {
                result.set(e);
            }
        }, "parse", stack);
        thread.start();
        thread.join();
        return result.get();
    }

    /** A short description of a result, for failure messages (a Module's toString can be huge). */
    private static String describe(Object result) {
        return result instanceof PySyntaxError e
                ? e.pythonType() + ": " + e.getMessage() + " at " + e.line() + ":" + e.column()
                : result == null ? "null" : result.getClass().getName();
    }

    private static Module module(Object result) {
        if (!(result instanceof Module m)) {
            throw new AssertionError("expected a module, got " + describe(result));
        }
        return m;
    }

    private static PySyntaxError error(String text) throws InterruptedException {
        Object result = parseOnSmallStack(text);
        if (!(result instanceof PySyntaxError e)) {
            throw new AssertionError("expected a PySyntaxError, got " + describe(result));
        }
        return e;
    }

    @Test
    void twoHundredNestedBracketsParse() throws InterruptedException {
        for (String[] pair : new String[][] {{"(", ")"}, {"[", "]"}, {"{", "}"}}) {
            String text = "x = " + pair[0].repeat(200) + "1" + pair[1].repeat(200) + "\n";
            module(parseOnSmallStack(text));
        }
        String mixed = "x = " + "([{".repeat(66) + "(1,)" + "}])".repeat(66) + "\n";
        module(parseOnSmallStack(mixed));
    }

    @Test
    void twoHundredAndOneBracketsAreTooMany() throws InterruptedException {
        PySyntaxError e = error("x = " + "(".repeat(201) + "1" + ")".repeat(201) + "\n");
        assertEquals("too many nested parentheses", e.getMessage());
        assertEquals(1, e.line());
        assertEquals(205, e.column());
        assertEquals(205, e.endColumn());
    }

    @Test
    void deeplyNestedOperatorsFailCleanly() throws InterruptedException {
        for (String text : new String[] {
                "x = " + "not ".repeat(100_000) + "x\n",
                "x = " + "-".repeat(100_000) + "1\n",
                "x = " + "2 ** ".repeat(100_000) + "1\n",
                "x = " + "lambda: ".repeat(100_000) + "1\n",
                "x = " + "1 if 2 else ".repeat(100_000) + "1\n"}) {
            PySyntaxError e = error(text);
            assertEquals("MemoryError", e.pythonType());
            assertEquals("Parser stack overflowed - Python source too complex to parse", e.getMessage());
        }
    }

    /** Indentation needs i spaces at depth i, so deeper files grow quadratically; 3000 suffice. */
    @Test
    void thousandsOfNestedBlocksAreTooDeep() throws InterruptedException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            text.append(" ".repeat(i)).append("if x:\n");
        }
        text.append(" ".repeat(3_000)).append("pass\n");
        PySyntaxError e = error(text.toString());
        assertEquals("IndentationError", e.pythonType());
        assertEquals("too many levels of indentation", e.getMessage());
        assertEquals(101, e.line());
    }

    @Test
    void ninetyNineNestedBlocksParse() throws InterruptedException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 99; i++) {
            text.append(" ".repeat(i)).append("if x:\n");
        }
        text.append(" ".repeat(99)).append("pass\n");
        module(parseOnSmallStack(text.toString()));
    }

    @Test
    void millionElementListParses() throws InterruptedException {
        String text = "x = [" + "1, ".repeat(1_000_000) + "]\n";
        Module module = module(parseOnSmallStack(text));
        Stmt.Assign assign = (Stmt.Assign) module.body().get(0);
        assertEquals(1_000_000, ((Expr.ListDisplay) assign.value()).elements().size());
    }

    @Test
    void longFlatChainsParse() throws InterruptedException {
        String and = "x = " + "a and ".repeat(100_000) + "a\n";
        Expr.BoolOp bool = (Expr.BoolOp) ((Stmt.Assign) module(parseOnSmallStack(and)).body().get(0)).value();
        assertEquals(100_001, bool.values().size());
        String compare = "x = " + "a < ".repeat(100_000) + "a\n";
        Expr.Compare cmp = (Expr.Compare) ((Stmt.Assign) module(parseOnSmallStack(compare)).body().get(0)).value();
        assertEquals(100_000, cmp.comparators().size());
        String sum = "x = " + "a + ".repeat(2_000) + "a\n";
        module(parseOnSmallStack(sum));
    }

    /** As deep as CPython allows: parses on the interpreter's large stack. */
    @Test
    void deepestTreesCPythonCompilesParseOnALargeStack() throws InterruptedException {
        String sum = "x = " + "a + ".repeat(9_996) + "a\n";
        Expr e = ((Stmt.Assign) module(parseOn(LARGE_STACK, sum)).body().get(0)).value();
        int depth = 0;
        while (e instanceof Expr.BinOp b) {
            e = b.left();
            depth++;
        }
        assertEquals(9_996, depth);
        module(parseOn(LARGE_STACK, "x = a" + ".b".repeat(9_996) + "\n"));
        module(parseOn(LARGE_STACK, "x = " + "not ".repeat(5_000) + "a\n"));
        module(parseOn(LARGE_STACK, "x = " + "-".repeat(5_000) + "a\n"));
        Object small = parseOnSmallStack(sum);
        assertTrue(small instanceof Module || small instanceof PySyntaxError, describe(small));
    }

    @Test
    void tooDeepTreesFailAsCPythonDoesWhileCompiling() throws InterruptedException {
        for (String text : new String[] {
                "x = " + "a + ".repeat(100_000) + "a\n",
                "x = " + "a + ".repeat(9_997) + "a\n",
                "x = a" + ".b".repeat(9_997) + "\n",
                "x = a" + "()".repeat(20_000) + "\n"}) {
            PySyntaxError e = error(text);
            assertEquals("RecursionError", e.pythonType());
            assertEquals("maximum recursion depth exceeded during compilation", e.getMessage());
        }
    }

    @Test
    void errorsAfterDeepNestingKeepTheirLocation() throws InterruptedException {
        PySyntaxError e = error("x = " + "(".repeat(150) + "1 2" + ")".repeat(150) + "\n");
        assertEquals("invalid syntax. Perhaps you forgot a comma?", e.getMessage());
        assertEquals(155, e.column());
        assertEquals(158, e.endColumn());
    }
}
