package dev.tint.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code repl test}: extraction, doctest's comparison rules, reports and exit statuses. */
class DoctestRunnerTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int test(String... args) {
        List<String> list = new ArrayList<>(Arrays.asList(args));
        return new DoctestRunner(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), RunOptions.defaults()).run(list);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void passingExamplesShareANamespace() throws Exception {
        Path f = write("a.txt", "Intro text.\n\n>>> x = 2\n>>> x * 21\n42\n>>> for i in range(2):\n...     print(i)\n...\n0\n1\n");
        assertEquals(0, test(f.toString()));
        assertEquals("3 passed, 0 failed\n", out());
    }

    @Test
    void failureShowsFileLineExpectedGotAndDiff() throws Exception {
        Path f = write("b.md", "# Title\n\n```python\n>>> print('a\\nb')\na\nc\n```\n\n>>> 1 + 1\n2\n");
        assertEquals(1, test(f.toString()));
        String o = out();
        assertTrue(o.contains("File \"" + f + "\", line 4"), o);
        assertTrue(o.contains("Failed example:\n    print('a\\nb')\nExpected:\n    a\n    c\nGot:\n    a\n    b\n"), o);
        assertTrue(o.contains("      a\n    - c\n    + b\n"), o);
        assertTrue(o.endsWith("1 passed, 1 failed\n"), o);
    }

    @Test
    void failureDiffIsColoredWhenStdoutGetsColorAndPlainOtherwise() throws Exception {
        Path f = write("b.md", ">>> print('a\\nb')\na\nc\n");
        assertEquals(1, test(f.toString()));
        assertTrue(!out().contains("\u001b"), out());
        String plain = out();
        out.reset();
        RunOptions d = RunOptions.defaults();
        RunOptions always = new RunOptions(d.libraryPath(), d.recursionLimit(), d.frames(), d.locals(), "always",
                null, d.debug());
        assertEquals(1, new DoctestRunner(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), always).run(List.of(f.toString())));
        String colored = out();
        dev.tint.theme.Theme theme = dev.tint.theme.Theme.defaults();
        assertTrue(colored.contains("    " + new org.jline.utils.AttributedString("- c",
                theme.style("diff.expected")).toAnsi() + "\n"), colored);
        assertTrue(colored.contains("    " + new org.jline.utils.AttributedString("+ b",
                theme.style("diff.got")).toAnsi() + "\n"), colored);
        assertEquals(plain, TranscriptRunnerTest.strip(colored));
    }

    @Test
    void tracebacksMatchOnHeaderAndExceptionLine() throws Exception {
        Path f = write("c.rst", ">>> def f():\n...     return 1 / 0\n>>> f()\nTraceback (most recent call last):\n"
                + "  ...\nZeroDivisionError: division by zero\n\n>>> int('x')\nTraceback (most recent call last):\n"
                + "ValueError: wrong message\n");
        assertEquals(1, test(f.toString()));
        assertTrue(out().endsWith("2 passed, 1 failed\n"), out());
        assertTrue(out().contains("ValueError: invalid literal for int() with base 10: 'x'"), out());
    }

    @Test
    void ellipsisBlanklineAndWhitespaceOptions() throws Exception {
        Path f = write("d.txt", ">>> list(range(20))  # doctest: +ELLIPSIS\n[0, 1, ..., 19]\n\n"
                + ">>> print('a\\n\\nb')\na\n<BLANKLINE>\nb\n\n"
                + ">>> [1,  2]  # doctest: +NORMALIZE_WHITESPACE\n[1,\n 2]\n\n"
                + ">>> list(range(20))\n[0, 1, ..., 19]\n\n"
                + ">>> print(undefined)  # doctest: +SKIP\nnothing\n");
        assertEquals(1, test(f.toString()));
        assertTrue(out().endsWith("3 passed, 1 failed, 1 skipped\n"), out());
    }

    @Test
    void docstringsOfAModuleWithClasses() throws Exception {
        write("pkg/stack.py", "\"\"\"A stack.\n\n>>> s = Stack()\n>>> s.push(1); s.push(2)\n>>> s.pop()\n2\n\"\"\"\n\n"
                + "class Stack:\n    \"\"\"Last in, first out.\n\n    >>> Stack().items\n    []\n    \"\"\"\n"
                + "    def __init__(self):\n        self.items = []\n\n"
                + "    def push(self, x):\n        \"\"\"\n        >>> t = Stack(); t.push(5); t.items\n        [5]\n        \"\"\"\n"
                + "        self.items.append(x)\n\n"
                + "    def pop(self):\n        \"\"\"\n        >>> Stack().pop()\n        Traceback (most recent call last):\n"
                + "        IndexError: pop from empty list\n        \"\"\"\n        return self.items.pop()\n\n"
                + "def helper():\n    \"\"\"\n    >>> helper()\n    'wrong'\n    \"\"\"\n    return 'help'\n"
                + "\nif __name__ == '__main__':\n    print('not run')\n");
        assertEquals(1, test("-v", dir.toString()));
        String o = out();
        assertTrue(o.contains("File \"" + dir.resolve("pkg/stack.py") + "\", line 35, in stack.helper"), o);
        assertTrue(o.endsWith("6 passed, 1 failed\n"), o);
        assertTrue(o.contains("Trying ("), o);
        out.reset();
        assertEquals(0, test("-k", "Stack", dir.toString()));
        assertEquals("3 passed, 0 failed\n", out());
    }

    @Test
    void failFastStopsAtTheFirstFailure() throws Exception {
        Path f = write("e.txt", ">>> 1\n2\n\n>>> 2\n3\n");
        assertEquals(1, test("-x", f.toString()));
        assertTrue(out().endsWith("0 passed, 1 failed\n"), out());
    }

    @Test
    void usageErrorsAndUnreadableFilesGiveTwo() throws Exception {
        assertEquals(2, test());
        assertEquals(2, test("--bogus", "x"));
        assertEquals(2, test(dir.resolve("missing.txt").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("No such file or directory"));
        assertEquals(2, test(write("x.csv", "").toString()));
    }

    @Test
    void githubAnnotations() throws Exception {
        Path f = write("g.txt", "\n>>> 1 + 1\n3\n");
        assertEquals(1, test("--github", f.toString()));
        assertTrue(out().contains("::error file=" + f + ",line=2::Failed example: 1 + 1%0AExpected:%0A3%0AGot:%0A2"), out());
    }

    @Test
    void junitXmlParses() throws Exception {
        Path a = write("j/a.txt", ">>> 1 + 1\n2\n>>> print('<&>')\n<&>\n");
        Path b = write("j/b.txt", ">>> 'x'\n'y'\n");
        Path xml = dir.resolve("report.xml");
        assertEquals(1, test("--junit", xml.toString(), dir.resolve("j").toString()));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        NodeList suites = doc.getElementsByTagName("testsuite");
        assertEquals(2, suites.getLength());
        Element first = (Element) suites.item(0);
        assertEquals(a.toString(), first.getAttribute("name"));
        assertEquals("2", first.getAttribute("tests"));
        assertEquals("0", first.getAttribute("failures"));
        Element second = (Element) suites.item(1);
        assertEquals(b.toString(), second.getAttribute("name"));
        assertEquals("1", second.getAttribute("failures"));
        Element failure = (Element) second.getElementsByTagName("failure").item(0);
        assertTrue(failure.getTextContent().contains("Expected:\n'y'\nGot:\n'x'\n"), failure.getTextContent());
        assertEquals(3, doc.getElementsByTagName("testcase").getLength());
    }

    @Test
    void checkerFollowsDoctest() {
        assertTrue(DoctestChecker.ellipsisMatch("a...c", "abbbc"));
        assertTrue(!DoctestChecker.ellipsisMatch("a...c...c", "ac"));
        assertTrue(DoctestChecker.check("a\n<BLANKLINE>\n", "a\n\n", false, false));
        assertTrue(DoctestChecker.check("1  2\n", "1 2\n", false, true));
    }
}
