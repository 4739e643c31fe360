package dev.tint.shell.repl;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tint.eval.Interpreter;
import dev.tint.eval.runtime.PyList;
import dev.tint.eval.runtime.PyTextStream;
import dev.tint.source.Origin;
import dev.tint.source.Source;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Tab offers, through the completer as JLine calls it: the REPL's parser splits the line,
 * and each candidate's value replaces JLine's word. {@link #afterTab} writes a single candidate
 * back as JLine does, so the tests can say what the line becomes.
 */
class ReplCompleterTest {
    @TempDir
    Path dir;

    private final StringWriter output = new StringWriter();

    private Interpreter interpreter(String code) {
        Interpreter interp = new Interpreter(new PyTextStream(output, "<stdout>", false),
                new PyTextStream(output, "<stderr>", false), null, 1000);
        run(interp, code);
        return interp;
    }

    private static void run(Interpreter interp, String code) {
        interp.runInteractive(new Source(Origin.user("<stdin>"), code));
    }

    private ReplCompleter completer(Interpreter interp) {
        return new ReplCompleter(interp, dir, dir.resolve("home"));
    }

    private static List<Candidate> complete(ReplCompleter completer, String line) {
        return complete(completer, line, line.length());
    }

    private static List<Candidate> complete(ReplCompleter completer, String line, int cursor) {
        List<Candidate> out = new ArrayList<>();
        completer.complete(null, new ReplParser().parse(line, cursor, Parser.ParseContext.COMPLETE), out);
        return out;
    }

    /** What JLine writes for a candidate, before quoting: its value, and a space if "complete". */
    private static String written(Candidate c) {
        return c.value() + (c.complete() ? " " : "");
    }

    private static List<String> values(ReplCompleter completer, String line) {
        List<String> values = new ArrayList<>();
        for (Candidate c : complete(completer, line)) {
            values.add(written(c));
        }
        return values;
    }

    private static Candidate candidate(ReplCompleter completer, String line, String value) {
        for (Candidate c : complete(completer, line)) {
            if (written(c).equals(value) || c.value().equals(value)) {
                return c;
            }
        }
        return null;
    }

    /** The line after Tab, when {@code value} is the candidate taken: JLine's own steps. */
    private static String afterTab(ReplCompleter completer, String line, String value) {
        Candidate c = candidate(completer, line, value);
        assertNotNull(c, () -> value + " offered for " + line + ": " + values(completer, line));
        CompletingParsedLine parsed =
                (CompletingParsedLine) new ReplParser().parse(line, line.length(), Parser.ParseContext.COMPLETE);
        assertTrue(c.value().startsWith(parsed.word()), "JLine keeps only candidates that start with its word");
        int start = line.length() - parsed.rawWordCursor();
        String written = parsed.escape(c.value(), c.complete()).toString() + (c.complete() ? " " : "");
        return line.substring(0, start) + written + line.substring(start + parsed.rawWordLength());
    }

    // ---- 1. keywords, builtins, session names ----

    @Test
    void namesCompleteAsRlcompleterDoesCallablesWithAParenthesisKeywordsWithTheirSuffix() {
        ReplCompleter completer = completer(interpreter(
                "length = 3\n_hidden = 1\ndef hello():\n    return 1\ndef twice(x):\n    return 2 * x\n"));
        assertEquals("print(", afterTab(completer, "pri", "print("));
        assertFalse(values(completer, "pri").contains("print"), "a callable always gets its parenthesis");
        assertEquals("length", afterTab(completer, "leng", "length"), "a value gets nothing after it");
        assertEquals("twice(", afterTab(completer, "tw", "twice("));
        assertEquals("hello()", afterTab(completer, "hel", "hello()"), "no parameters: both parentheses");
        assertEquals("while ", afterTab(completer, "whi", "while "));
        assertEquals("x = lambda ", afterTab(completer, "x = lam", "lambda "));
        assertEquals("try:", afterTab(completer, "tr", "try:"));
        assertEquals("finally:", afterTab(completer, "fina", "finally:"));
        assertTrue(values(completer, "el").containsAll(List.of("else", "elif ")));
        assertTrue(values(completer, "T").contains("True"));
        assertTrue(values(completer, "pa").contains("pass"));
        for (Candidate c : complete(completer, "")) {
            assertNotNull(c.descr(), c.value() + " has a description");
            if (!c.group().equals("keywords")) {
                assertFalse(c.complete(), c.value() + ": JLine adds no space after a name");
            }
        }
        Candidate length = candidate(completer, "len", "length");
        assertEquals("session", length.group());
        assertEquals("int", length.descr());
        Candidate len = candidate(completer, "len", "len(");
        assertEquals("builtins", len.group());
        assertEquals("keywords", candidate(completer, "whi", "while ").group());
        assertFalse(values(completer, "").contains("_hidden"), "private names only when asked for");
        assertTrue(values(completer, "_h").contains("_hidden"));
        assertTrue(values(completer, "").contains("length"));
        assertTrue(values(completer, "wi").isEmpty(), "with is not a Tint keyword");
    }

    // ---- 2. attributes ----

    @Test
    void attributesOfANameAndAttributeChainWithCallablesParenthesised() {
        Interpreter interp = interpreter("import math\n"
                + "calls = []\n"
                + "class C:\n"
                + "    def __init__(self):\n"
                + "        self.x = 1\n"
                + "    @property\n"
                + "    def boom(self):\n"
                + "        calls.append('boom')\n"
                + "        raise ValueError('no')\n"
                + "    def m(self):\n"
                + "        return 1\n"
                + "    def add(self, n):\n"
                + "        return n\n"
                + "    def _private(self):\n"
                + "        pass\n"
                + "c = C()\n"
                + "def f():\n"
                + "    calls.append('f')\n"
                + "    return c\n");
        ReplCompleter completer = completer(interp);
        assertEquals("math.sqrt(", afterTab(completer, "math.sq", "math.sqrt("));
        assertEquals("math.pi", afterTab(completer, "math.p", "math.pi"));
        assertEquals("float", candidate(completer, "math.p", "math.pi").descr());
        assertEquals("attributes", candidate(completer, "math.p", "math.pi").group());
        List<String> attrs = values(completer, "c.");
        assertTrue(attrs.containsAll(List.of("c.x", "c.m()", "c.add(", "c.boom")), attrs.toString());
        assertFalse(attrs.contains("c._private()"), "private names only after an underscore");
        assertFalse(attrs.contains("c.__init__()"));
        assertTrue(values(completer, "c._").contains("c._private()"));
        assertFalse(values(completer, "c._").contains("c.__init__()"), "dunders only after two underscores");
        assertTrue(values(completer, "c.__").contains("c.__init__()"));
        assertEquals("property", candidate(completer, "c.bo", "c.boom").descr());
        assertTrue(values(completer, "c.boom.").isEmpty(), "a getter that raises gives nothing");
        assertTrue(values(completer, "f().").isEmpty(), "calls are never evaluated");
        assertTrue(values(completer, "calls[0].").isEmpty(), "nor subscripts");
        assertTrue(values(completer, "nothing.").isEmpty());
        PyList calls = (PyList) interp.mainModule().namespace().get("calls");
        assertEquals(1, calls.size(), "only completing c.boom. itself ran the getter");
        assertEquals("boom", calls.get(0));
    }

    @Test
    void theChainIsTakenFromTheEndOfAWordWithBracketsAndTheWholeWordIsReplaced() {
        ReplCompleter completer = completer(interpreter("import math\nvalues = [1]\n"));
        assertEquals("print(math.sqrt(", afterTab(completer, "print(math.sq", "print(math.sqrt("));
        assertEquals("x = [math.pi", afterTab(completer, "x = [math.p", "[math.pi"));
        assertEquals("y=-math.floor(", afterTab(completer, "y=-math.flo", "y=-math.floor("));
        assertEquals("print(len(values.append(", afterTab(completer, "print(len(values.app", "print(len(values.append("));
        assertEquals("f(a, print(", afterTab(completer, "f(a, pri", "print("));
        assertTrue(values(completer, "'abc'.up").isEmpty(), "a literal is not evaluated");
        assertEquals(List.of(), values(completer, "'a\\tb'.join(math.sq"),
                "JLine drops the backslash from its word: nothing rather than a mangled line");
        assertEquals("f'{math.pi", afterTab(completer, "f'{math.p", "f'{math.pi"), "an f-string's field is code");
        assertTrue(values(completer, "f'{{math.p").isEmpty(), "{{ is no field");
    }

    // ---- 3. module names ----

    @Test
    void moduleNamesComeFromTheStdlibTheWorkingFolderAndTheLibraryPath() throws IOException {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(dir.resolve("mymod.py"), "x = 1\n");
        Files.writeString(dir.resolve("bad-name.py"), "x = 1\n");
        Files.createDirectories(dir.resolve("pkg/inner"));
        Files.writeString(dir.resolve("pkg/__init__.py"), "");
        Files.writeString(dir.resolve("pkg/sub.tint"), "");
        Files.writeString(dir.resolve("pkg/inner/__init__.tint"), "");
        Files.createDirectories(dir.resolve("notpkg"));
        Files.writeString(lib.resolve("libmod.tint"), "");
        Interpreter interp = interpreter("");
        interp.configureModules(dir, List.of(lib));
        ReplCompleter completer = completer(interp);

        List<String> all = values(completer, "import ");
        assertTrue(all.containsAll(List.of("math", "json", "collections", "sys", "mymod", "pkg", "libmod")),
                all.toString());
        assertFalse(all.contains("notpkg"), "a folder without __init__ is no package");
        assertFalse(all.contains("bad-name"));
        assertFalse(all.contains("_tint_json"), "private helper modules only when asked for");
        assertTrue(values(completer, "import _tint_j").contains("_tint_json"));
        assertEquals("import mymod", afterTab(completer, "import my", "mymod"));
        assertEquals("import os, json", afterTab(completer, "import os, js", "json"));
        assertEquals("from pkg", afterTab(completer, "from pk", "pkg"));
        assertEquals(List.of("pkg.inner", "pkg.sub"), values(completer, "import pkg."));
        assertEquals("package", candidate(completer, "import pk", "pkg").descr());
        assertEquals("stdlib module", candidate(completer, "import js", "json").descr());
        assertEquals("modules", candidate(completer, "import js", "json").group());
        assertEquals("from math import ", afterTab(completer, "from math im", "import "));
        assertTrue(values(completer, "import math as ").isEmpty());
        assertTrue(values(completer, "if x: import ma").contains("math"));
        assertTrue(values(completer, "x = 1; import ma").contains("math"));
    }

    // ---- 4. names of a module after from ... import ----

    @Test
    void fromImportOffersTheModulesNamesWithoutRunningUserCode() throws IOException {
        Files.writeString(dir.resolve("mymod.py"), "print('ran')\nmarker = 1\n_private = 2\n");
        Interpreter interp = interpreter("");
        interp.configureModules(dir, List.of());
        ReplCompleter completer = completer(interp);

        assertEquals("from math import sqrt", afterTab(completer, "from math import sq", "sqrt"));
        assertEquals("from math import pi, floor", afterTab(completer, "from math import pi, flo", "floor"));
        assertEquals("float", candidate(completer, "from math import p", "pi").descr());
        assertTrue(values(completer, "from json import ").containsAll(List.of("dumps", "loads")),
                "a bundled module is imported to be completed");
        assertTrue(values(completer, "from mymod import ").isEmpty(), "a user module is not run");
        assertFalse(interp.modules().containsKey("mymod"));
        assertEquals("", output.toString());

        run(interp, "import mymod\n");
        assertEquals(List.of("marker"), values(completer, "from mymod import "), "once imported, its names");
        assertEquals("from mymod import (marker", afterTab(completer, "from mymod import (ma", "(marker"));
    }

    @Test
    void aStdlibModuleIsNotImportedToBeCompletedWhenAUserFileShadowsPartOfTheStdlib() throws IOException {
        Files.writeString(dir.resolve("math.py"), "print('user code')\n");
        Interpreter interp = interpreter("");
        interp.configureModules(dir, List.of());
        ReplCompleter completer = completer(interp);
        assertTrue(values(completer, "from math import ").isEmpty(), "math would be the user's math.py");
        assertTrue(values(completer, "from random import ").isEmpty(), "random imports math");
        assertFalse(interp.modules().containsKey("random"));
        assertFalse(interp.modules().containsKey("math"));
        assertEquals("", output.toString());
        assertEquals("module", candidate(completer, "import mat", "math").descr(), "the file import would find");
    }

    // ---- 5. file names in strings ----

    @Test
    void insideAStringFileAndFolderNamesRelativeToTheBaseFolder() throws IOException {
        Files.writeString(dir.resolve("data.csv"), "a,b\n");
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("docs/notes.txt"), "");
        Files.writeString(dir.resolve(".hidden"), "");
        Files.createDirectories(dir.resolve("home/projects"));
        ReplCompleter completer = completer(interpreter(""));

        assertEquals("open('data.csv'", afterTab(completer, "open('da", "open('data.csv'"));
        assertEquals("open(\"docs/", afterTab(completer, "open(\"do", "open(\"docs/"), "a folder leaves it open");
        assertEquals("open('docs/notes.txt'", afterTab(completer, "open('docs/", "open('docs/notes.txt'"));
        assertEquals("x = 'data.csv' ", afterTab(completer, "x = 'da", "data.csv"),
                "a word that starts with the quote: JLine closes it (and adds its space)");
        assertEquals("x = 'docs/", afterTab(completer, "x = 'do", "docs/"));
        assertEquals("open('~/projects/", afterTab(completer, "open('~/pr", "open('~/projects/"));
        assertEquals("open('''data.csv", afterTab(completer, "open('''da", "open('''data.csv"),
                "a triple-quoted string is not closed");
        assertEquals("files", candidate(completer, "open('da", "open('data.csv'").group());
        assertFalse(values(completer, "open('").contains("open('.hidden'"), "dot files only when asked for");
        assertTrue(values(completer, "open('.").contains("open('.hidden'"));
        assertTrue(values(completer, "open('d\\").isEmpty(), "an escape is not a plain path");
        assertFalse(values(completer, "da").contains("data.csv"), "outside a string: names, not files");
        assertTrue(values(completer, "x = 1  # da").isEmpty(), "nothing in a comment");
    }

    // ---- 6. meta-commands ----

    @Test
    void colonCommandsAndTheirArguments() throws IOException {
        Files.writeString(dir.resolve("mine.properties"), "");
        ReplCompleter completer = completer(interpreter(""));
        assertEquals(List.of(":help", ":theme ", ":frames ", ":locals ", ":reset", ":history", ":suggest "),
                values(completer, ":"));
        assertEquals(":theme ", afterTab(completer, ":th", ":theme "));
        assertEquals("commands", candidate(completer, ":th", ":theme ").group());
        assertTrue(values(completer, ":theme ").containsAll(List.of("default", "light", "mono", "contrast",
                "mine.properties")));
        assertEquals(":theme light", afterTab(completer, ":theme l", "light"));
        assertEquals(List.of("all", "auto", "user"), values(completer, ":frames "));
        assertEquals(List.of("off", "on"), values(completer, ":locals o"));
        assertEquals(List.of("off", "on"), values(completer, ":suggest "));
        assertEquals(List.of(":reset"), values(completer, ":res"));
        assertTrue(values(completer, ":reset ").isEmpty());
    }

    // ---- 7. never throws ----

    @Test
    void failuresOfferNothingAndNeverReachJLine() {
        ReplCompleter completer = completer(interpreter("class G:\n"
                + "    def __getattr__(self, name):\n"
                + "        raise RuntimeError('no ' + name)\n"
                + "    def deep(self):\n"
                + "        return self.deep()\n"
                + "g = G()\n"));
        assertTrue(values(completer, "g.missing.").isEmpty());
        ParsedLine broken = new ReplParser().parse("pri", 3, Parser.ParseContext.COMPLETE);
        ParsedLine throwing = (ParsedLine) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ParsedLine.class}, (proxy, method, args) -> {
                    if (method.getName().equals("line")) {
                        throw new IllegalStateException("broken parser");
                    }
                    return method.invoke(broken, args);
                });
        List<Candidate> out = new ArrayList<>();
        assertDoesNotThrow(() -> completer.complete(null, throwing, out));
        assertTrue(out.isEmpty());
        for (String line : new String[] {"", " ", "'", "\"\"\"", "(((", "a.b.c.d.", "..", "1.", "x = \\",
                ":", ": ", "from", "from . import ", "import .", "\n\n"}) {
            for (int cursor = 0; cursor <= line.length(); cursor++) {
                int at = cursor;
                assertDoesNotThrow(() -> complete(completer, line, at), line);
            }
        }
        assertTrue(values(completer, "g.").contains("g.deep()"), "listing never asks __getattr__");
    }
}
