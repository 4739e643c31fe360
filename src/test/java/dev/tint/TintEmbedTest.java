package dev.tint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tint.embed.TintObject;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TintEmbedTest {

    @Test
    void lastExpressionIsTheResult() {
        assertEquals(3L, Tint.eval("1 + 2", Map.of()));
        assertEquals(10L, Tint.eval("x = 4\nx + 6", null));
        assertNull(Tint.eval("x = 4", Map.of()));
        assertNull(Tint.eval("", Map.of()));
        assertNull(Tint.eval("None", Map.of()));
    }

    @Test
    void scalarsCrossBothWays() {
        Map<String, Object> b = new HashMap<>();
        b.put("i", 7);
        b.put("l", 8L);
        b.put("s", (short) 2);
        b.put("d", 1.5);
        b.put("f", 0.25f);
        b.put("t", "hé");
        b.put("c", 'z');
        b.put("n", null);
        b.put("yes", true);
        b.put("big", BigInteger.TWO.pow(100));
        assertEquals(List.of("int", "int", "int", "float", "float", "str", "str", "NoneType", "bool", "int"),
                Tint.eval("[type(v).__name__ for v in (i, l, s, d, f, t, c, n, yes, big)]", b));
        assertEquals(BigInteger.TWO.pow(100).add(BigInteger.ONE), Tint.eval("big + 1", b));
        assertEquals(1L, Tint.eval("big - big + 1", b)); // a big int that fits comes back as Long
        assertEquals(0.1 + 0.2, Tint.eval("0.1 + 0.2", Map.of()));
        assertEquals("hé!", Tint.eval("t + '!'", b));
        assertEquals(Boolean.TRUE, Tint.eval("n is None and yes is True", b));
        assertEquals(10L, Tint.eval("i + 3", b));
    }

    @Test
    void containersCrossBothWaysNested() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("b", List.of(1, 2));
        inner.put("a", new int[] {3, 4});
        Map<String, Object> b = new HashMap<>();
        b.put("data", inner);
        b.put("tags", new LinkedHashSet<>(List.of("x")));
        assertEquals("{'b': [1, 2], 'a': [3, 4]} {'x'}", Tint.eval("f'{data} {tags}'", b));

        Object out = Tint.eval("{'k': [1, (2, 3.0), {4}], 'z': None}", Map.of());
        Map<?, ?> m = assertInstanceOf(LinkedHashMap.class, out);
        assertEquals(List.of("k", "z"), new ArrayList<>(m.keySet()));
        List<?> k = (List<?>) m.get("k");
        assertEquals(1L, k.get(0));
        assertEquals(List.of(2L, 3.0), k.get(1));
        assertThrows(UnsupportedOperationException.class, () -> ((List<Object>) k.get(1)).add(1L));
        assertEquals(Set.of(4L), k.get(2));
        assertTrue(m.containsKey("z"));
        assertNull(m.get("z"));
    }

    @Test
    void otherTintValuesComeBackAsHandlesWithTheirRepr() {
        Tint tint = Tint.create();
        Object f = tint.eval("def f(x):\n    return x * 2\nf");
        TintObject handle = assertInstanceOf(TintObject.class, f);
        assertTrue(handle.toString().startsWith("<function f at "), handle.toString());
        assertEquals("function", handle.typeName());
        tint.set("g", handle);
        assertEquals(42L, tint.eval("g(21)"));
        Object p = tint.eval("class P:\n    def __repr__(self):\n        return 'P()'\nP()");
        assertEquals("P()", p.toString());
        assertThrows(IllegalArgumentException.class, () -> Tint.create().set("h", handle));
    }

    @Test
    void bindingsAreVisibleAndRebindingsAreWrittenBack() {
        Map<String, Object> b = new HashMap<>();
        b.put("x", 1);
        b.put("xs", new ArrayList<>(List.of(1, 2)));
        b.put("keep", "same");
        Object r = Tint.eval("x = x + 41\nxs.append(3)\nother = 5", b);
        assertNull(r);
        assertEquals(42L, b.get("x"));
        assertEquals(List.of(1L, 2L, 3L), b.get("xs"));
        assertEquals("same", b.get("keep"));
        assertFalse(b.containsKey("other")); // only keys the host gave are written back

        Map<String, Object> fixed = Map.of("x", 1);
        assertEquals(2L, Tint.eval("x = 2\nx", fixed)); // an unmodifiable map is left alone
        assertEquals(1, fixed.get("x"));
    }

    @Test
    void aJavaObjectBindingIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Tint.eval("x", Map.of("thread", Thread.currentThread())));
        assertTrue(e.getMessage().startsWith("thread: a java.lang.Thread cannot be passed"), e.getMessage());
        IllegalArgumentException nested = assertThrows(IllegalArgumentException.class,
                () -> Tint.eval("x", Map.of("xs", List.of(1, new Object()))));
        assertTrue(nested.getMessage().startsWith("xs[1]: a java.lang.Object"), nested.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Tint.eval("x", Map.of("m", Map.of(List.of(1), 2))));
    }

    @Test
    void printGoesToTheHostsWriterAndNowhereByDefault() {
        StringWriter out = new StringWriter();
        Tint tint = Tint.builder().stdout(out).build();
        tint.eval("print('hello', 1)\nimport sys\nprint('x', end='')");
        assertEquals("hello 1\nx", out.toString());
        assertNull(Tint.eval("print('dropped')", Map.of()));
    }

    @Test
    void anUncaughtExceptionBecomesATintException() {
        TintException e = assertThrows(TintException.class,
                () -> Tint.eval("def f(n):\n    return 1 / n\nf(0)", Map.of()));
        assertEquals("ZeroDivisionError", e.type());
        assertEquals("ZeroDivisionError: division by zero", e.getMessage());
        assertTrue(e.traceback().startsWith("Traceback (most recent call last):\n"), e.traceback());
        assertTrue(e.traceback().contains("File \"<string>\", line 2, in f"), e.traceback());
        assertFalse(e.traceback().contains("\u001b"));
        assertNull(e.exitCode());

        TintException custom = assertThrows(TintException.class,
                () -> Tint.eval("class Oops(Exception): pass\nraise Oops('bad')", Map.of()));
        assertEquals("Oops", custom.type());
        assertEquals("Oops: bad", custom.getMessage());
    }

    @Test
    void aSyntaxErrorHasItsLine() {
        TintException e = assertThrows(TintException.class, () -> Tint.eval("x = 1\ny = (", Map.of()));
        assertEquals("SyntaxError", e.type());
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith("SyntaxError: "), e.getMessage());
        assertTrue(e.traceback().contains("line 2"), e.traceback());
    }

    @Test
    void systemExitCarriesItsCode() {
        TintException e = assertThrows(TintException.class, () -> Tint.eval("import sys\nsys.exit(3)", Map.of()));
        assertEquals("SystemExit", e.type());
        assertEquals(3, e.exitCode());
        assertEquals(0, assertThrows(TintException.class, () -> Tint.eval("exit()", Map.of())).exitCode());
        assertEquals(1, assertThrows(TintException.class,
                () -> Tint.eval("raise SystemExit('bye')", Map.of())).exitCode());
    }

    @Test
    void runawayRecursionIsARecursionError() {
        TintException e = assertThrows(TintException.class,
                () -> Tint.eval("def f(n):\n    return f(n + 1)\nf(0)", Map.of()));
        assertEquals("RecursionError", e.type());
        assertEquals("RecursionError: maximum recursion depth exceeded", e.getMessage());
        Tint deep = Tint.builder().recursionLimit(20000).build();
        assertEquals(15000L, deep.eval("def d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nd(15000)"));
    }

    @Test
    void interruptStopsAnEndlessLoop() throws Exception {
        Tint tint = Tint.create();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread runner = new Thread(() -> {
            try {
                tint.eval("while True:\n    pass");
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        runner.start();
        Thread.sleep(200);
        long start = System.nanoTime();
        tint.interrupt();
        runner.join(1000);
        assertFalse(runner.isAlive(), "eval still running a second after interrupt()");
        assertTrue(System.nanoTime() - start < 1_000_000_000L);
        TintException e = assertInstanceOf(TintException.class, thrown.get());
        assertEquals("KeyboardInterrupt", e.type());
        assertEquals(2L, tint.eval("1 + 1")); // the instance is usable afterwards
    }

    @Test
    void anInstanceKeepsItsStateAcrossEvals() {
        Tint tint = Tint.create();
        tint.set("x", 1);
        tint.eval("y = x + 1\ndef inc(v):\n    return v + y");
        assertEquals(2L, tint.get("y"));
        assertEquals(12L, tint.eval("inc(10)"));
        assertTrue(tint.contains("inc"));
        assertFalse(tint.contains("nope"));
        assertNull(tint.get("nope"));
        assertFalse(tint.contains("__tint_result__"));
    }

    @Test
    void bundledModulesImport() {
        assertEquals(Map.of("a", List.of(1L, 2.5, true)), Tint.eval("import json\njson.loads('{\"a\": [1, 2.5, true]}')", null));
        assertEquals("{\"k\": null}", Tint.eval("import json\njson.dumps({'k': None})", null));
        assertEquals(3.0, Tint.eval("import math\nmath.sqrt(9)", null));
    }

    @Test
    void importsSearchOnlyTheLibraryPathNotTheHostsWorkingDirectory(@TempDir Path dir) throws Exception {
        assertEquals(List.of(), Tint.eval("import sys\nsys.path", null));
        Files.writeString(dir.resolve("helper.py"), "def twice(x):\n    return 2 * x\n");
        TintException e = assertThrows(TintException.class, () -> Tint.eval("import helper", null));
        assertEquals("ModuleNotFoundError: No module named 'helper'", e.getMessage());
        Tint tint = Tint.builder().libraryPath(List.of(dir)).build();
        assertEquals(8L, tint.eval("import helper\nhelper.twice(4)"));
    }

    @Test
    void aScriptCannotPointAPackagesPathAtAnotherFolder(@TempDir Path dir) throws Exception {
        Path pkg = Files.createDirectories(dir.resolve("lib").resolve("pkg"));
        Files.writeString(pkg.resolve("__init__.py"), "");
        Files.writeString(pkg.resolve("inside.py"), "where = 'inside'\n");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("secret.py"), "where = 'secret'\n");
        Tint tint = Tint.builder().libraryPath(List.of(dir.resolve("lib"))).build();
        assertEquals("inside", tint.eval("import pkg.inside\npkg.inside.where"));
        tint.set("elsewhere", elsewhere.toString());
        TintException e = assertThrows(TintException.class,
                () -> tint.eval("pkg.__path__ = [elsewhere]\nimport pkg.secret"));
        assertEquals("ModuleNotFoundError", e.type());
    }
}
