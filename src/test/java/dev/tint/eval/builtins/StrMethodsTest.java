package dev.tint.eval.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** str methods: whitespace rules, case mappings, searching with code point indices. */
class StrMethodsTest extends BuiltinsTestSupport {
    @Test
    void splitOnWhitespaceUsesPythonsDefinitionAndKeepsTheRemainder() {
        assertRepr("['a', 'b  c  ']", method("  a b  c  ", "split", NONE, 1L));
        assertRepr("['  a b', 'c']", method("  a b  c  ", "rsplit", NONE, 1L));
        assertRepr("[]", method("", "split"));
        assertRepr("['a', 'b', 'c', 'd']", method("a\u2003b\u001cc\u0085d", "split"));
        assertRepr("['a b ']", method(" a b ", "split", NONE, 0L));
        assertRepr("[' a b']", method(" a b ", "rsplit", NONE, 0L));
        assertRepr("['a', 'b c']", methodKw("a b c", "split", kw("maxsplit"), 1L));
        assertRepr("['\\u200ba']", method("\u200ba", "split"));
    }

    @Test
    void splitOnASeparator() {
        assertRepr("['a', 'b', ',c']", method("a,b,,c", "split", ",", 2L));
        assertRepr("['a,b', '', 'c']", method("a,b,,c", "rsplit", ",", 2L));
        assertRepr("['']", method("", "split", ","));
        assertRepr("['', '']", method(" ", "split", " "));
        assertRepr("['', 'a']", method("aaa", "split", "aa"));
        assertRepr("['a', '']", method("aaa", "rsplit", "aa"));
        assertRaises("ValueError", "empty separator", () -> method("abc", "split", ""));
        assertRaises("TypeError", "must be str or None, not int", () -> method("abc", "split", 1L));
        assertRaises("TypeError", "split() got an unexpected keyword argument 'sepp'. Did you mean 'sep'?",
                () -> methodKw("a", "split", kw("sepp"), ","));
        assertRaises("TypeError", "split() takes at most 2 arguments (3 given)", () -> method("a", "split", ",", 1L, 2L));
        assertRaises("TypeError", "argument for split() given by name ('sep') and position (1)",
                () -> methodKw("a", "split", kw("sep"), ",", ","));
    }

    @Test
    void stripUsesPythonWhitespace() {
        assertRepr("'abc\\u3000\\u200b'", method(" \t\n\u001c\u0085\u00a0abc\u3000\u200b", "strip"));
        assertRepr("'a'", method("xxaxx", "strip", "x"));
        assertRepr("'c'", method("abc", "lstrip", "ba"));
        assertRepr("'abc'", method("abc", "rstrip", ""));
        assertRaises("TypeError", "strip arg must be None or str", () -> method("a", "strip", 1L));
        assertRaises("TypeError", "strip expected at most 1 argument, got 2", () -> method("a", "strip", "a", "b"));
    }

    @Test
    void splitlinesKnowsEveryLineBoundary() {
        assertRepr("['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']",
                method("a\nb\r\nc\rd\u000be\u001cf\u0085g\u2028h", "splitlines"));
        assertRepr("['a\\n', 'b\\r\\n']", method("a\nb\r\n", "splitlines", true));
        assertRepr("[]", method("", "splitlines"));
        assertRepr("['']", method("\n", "splitlines"));
        assertRepr("['a\\r']", methodKw("a\r", "splitlines", kw("keepends"), true));
    }

    @Test
    void caseMappingsFollowUnicodeAsPythonDoes() {
        assertRepr("'Hello World'", method("hello world", "title"));
        assertRepr("\"They'Re Bill'S Friends\"", method("they're bill's friends", "title"));
        assertRepr("'ǅemal'", method("ǆemal", "title"));
        assertRepr("'Ssa'", method("ßa", "title"));
        assertRepr("'Aς'", method("AΣ", "title"));
        assertRepr("'σας σας'", method("ΣΑΣ ΣΑΣ", "lower"));
        assertRepr("'σας.'", method("ΣΑΣ.", "lower"));
        assertRepr("'σ'", method("Σ", "lower"));
        assertRepr("'Hello'", method("hELLO", "capitalize"));
        assertRepr("'Ssx'", method("ßx", "capitalize"));
        assertRepr("'ǅ'", method("ǅ", "swapcase"));
        assertRepr("'ας'", method("ΑΣ", "swapcase"));
        assertRepr("'FINE'", method("ﬁne", "upper"));
        assertRepr("'SS'", method("ß", "upper"));
        assertRepr("'i̇'", method("İ", "lower"));
        assertRepr("'strasse'", method("Straße", "casefold"));
    }

    @Test
    void casePredicates() {
        assertEquals(true, method("Hello World", "istitle"));
        assertEquals(false, method("Hello world", "istitle"));
        assertEquals(true, method("ǅ", "istitle"));
        assertEquals(true, method("HELLO", "isupper"));
        assertEquals(false, method("123", "islower"));
        assertEquals(true, method("a1", "islower"));
    }

    @Test
    void characterClassPredicates() {
        assertEquals(true, method("1²③", "isdigit"));
        assertEquals(false, method("1²③", "isdecimal"));
        assertEquals(true, method("½一", "isnumeric"));
        assertEquals(false, method("", "isspace"));
        assertEquals(true, method("\u001c", "isspace"));
        assertEquals(true, method("é1", "isalnum"));
        assertEquals(true, method("_a1", "isidentifier"));
        assertEquals(false, method("1a", "isidentifier"));
        assertEquals(false, method("\t", "isprintable"));
        assertEquals(true, method("", "isprintable"));
        assertEquals(false, method("é", "isascii"));
        assertEquals(true, method("", "isascii"));
    }

    @Test
    void paddingAndZfill() {
        assertRepr("'*abc**'", method("abc", "center", 6L, "*"));
        assertRepr("'**abc**'", method("abc", "center", 7L, "*"));
        assertRepr("'  ab '", method("ab", "center", 5L));
        assertRepr("'  abcd '", method("abcd", "center", 7L));
        assertRepr("'-00042'", method("-42", "zfill", 6L));
        assertRepr("'+004'", method("+4", "zfill", 4L));
        assertRepr("'-00'", method("-", "zfill", 3L));
        assertRaises("TypeError", "The fill character must be exactly one character long",
                () -> method("abc", "center", 5L, "ab"));
        assertRaises("TypeError", "The fill character must be a unicode character, not int",
                () -> method("abc", "center", 5L, 1L));
        assertRaises("TypeError", "'float' object cannot be interpreted as an integer", () -> method("abc", "center", 5.0));
        assertRaises("TypeError", "str.center() takes no keyword arguments",
                () -> methodKw("ab", "center", kw("fillchar"), 5L, "x"));
        assertRaises("TypeError", "center expected at least 1 argument, got 0", () -> method("abc", "center"));
    }

    @Test
    void searchingCountsCodePoints() {
        assertEquals(0L, method("abc", "count", "", 5L));
        assertEquals(1L, method("abc", "count", "", 3L));
        assertEquals(3L, method("abc", "find", "", 3L));
        assertEquals(-1L, method("abc", "find", "", 4L));
        assertEquals(3L, method("abc", "rfind", ""));
        assertEquals(2L, method("abc", "rfind", "", 1L, 2L));
        assertEquals(2L, method("aaaa", "count", "aa"));
        assertEquals(2L, method("😀ab😀", "find", "b"));
        assertEquals(3L, method("😀ab😀", "rfind", "😀"));
        assertEquals(3L, method("😀ab😀", "count", "", 2L));
        assertEquals(1L, method("😀ab😀", "index", "a", 1L, 3L));
        assertEquals(1L, method("abc", "count", "a", NONE, NONE));
        assertRaises("ValueError", "substring not found", () -> method("abc", "index", "z"));
        assertRaises("TypeError", "count() argument 1 must be str, not int", () -> method("abc", "count", 1L));
        assertRaises("TypeError", "slice indices must be integers or None or have an __index__ method",
                () -> method("abc", "find", "a", 1.5));
    }

    @Test
    void prefixesAndSuffixes() {
        assertEquals(true, method("abc", "startswith", "", 3L));
        assertEquals(false, method("abc", "startswith", "", 4L));
        assertEquals(true, method("abc", "endswith", "c", -1L));
        assertEquals(true, method("abc", "endswith", tuple("x", "bc"), 0L, 3L));
        assertRaises("TypeError", "endswith first arg must be str or a tuple of str, not int", () -> method("abc", "endswith", 1L));
        assertRaises("TypeError", "tuple for endswith must only contain str, not int", () -> method("abc", "endswith", tuple(1L)));
        assertRepr("'c'", method("abc", "removeprefix", "ab"));
        assertRepr("'abc'", method("abc", "removesuffix", ""));
        assertRaises("TypeError", "removeprefix() argument must be str, not int", () -> method("abc", "removeprefix", 1L));
    }

    @Test
    void replaceAndPartition() {
        assertRepr("'bba'", method("aaa", "replace", "a", "b", 2L));
        assertRepr("'-a-b-c-'", method("abc", "replace", "", "-"));
        assertRepr("'-a-bc'", method("abc", "replace", "", "-", 2L));
        assertRepr("'x'", method("", "replace", "", "x"));
        assertRepr("'|😀|a|😀|'", method("😀a😀", "replace", "", "|"));
        assertRepr("'b'", methodKw("a", "replace", kw("count"), "a", "b", 1L));
        assertRaises("TypeError", "replace() takes at least 2 positional arguments (1 given)", () -> method("a", "replace", "a"));
        assertRepr("('a', 'b', 'c')", method("abc", "partition", "b"));
        assertRepr("('', '', 'abc')", method("abc", "rpartition", "x"));
        assertRepr("('abc', 'b', 'd')", method("abcbd", "rpartition", "b"));
        assertRaises("ValueError", "empty separator", () -> method("abc", "partition", ""));
        assertRaises("TypeError", "must be str, not int", () -> method("abc", "partition", 1L));
    }

    @Test
    void joinAndExpandtabs() {
        assertRepr("'xa-by'", method("a-b", "join", list("x", "y")));
        assertRepr("'a,b,c'", method(",", "join", "abc"));
        assertRaises("TypeError", "sequence item 1: expected str instance, int found", () -> method(",", "join", list("a", 2L)));
        assertRaises("TypeError", "can only join an iterable", () -> method(",", "join", 5L));
        assertRaises("TypeError", "str.join() takes exactly one argument (0 given)", () -> method(",", "join"));
        assertRepr("'a       b\\n        c'", method("a\tb\n\tc", "expandtabs"));
        assertRepr("'ab'", method("a\tb", "expandtabs", 0L));
        assertRepr("'ab  c\\r    d'", method("ab\tc\r\td", "expandtabs", 4L));
    }

    @Test
    void translateAndMaketrans() {
        Object table = Ops_maketrans("ab", "AB", "c");
        assertRepr("{97: 65, 98: 66, 99: None}", table);
        assertRepr("'AB'", method("abc", "translate", table));
        assertRepr("{97: 1, 2: 'b', 99: None}", Ops_maketrans(dict("a", 1L, 2L, "b", "c", NONE)));
        assertRaises("ValueError", "character mapping must be in range(0x110000)",
                () -> method("abc", "translate", dict(97L, 0x110000L)));
        assertRaises("TypeError", "character mapping must return integer, None or str",
                () -> method("abc", "translate", dict(97L, 1.5)));
        assertRaises("ValueError", "the first two maketrans arguments must have equal length", () -> Ops_maketrans("ab", "c"));
        assertRaises("TypeError", "maketrans() argument 2 must be str, not int", () -> Ops_maketrans("a", 1L));
        assertRaises("TypeError", "if you give only one argument to maketrans it must be a dict", () -> Ops_maketrans(1L));
    }

    @Test
    void noArgumentMethodsRejectArguments() {
        assertRaises("TypeError", "str.upper() takes no arguments (1 given)", () -> method("abc", "upper", 1L));
    }

    private Object Ops_maketrans(Object... args) {
        return dev.tint.eval.runtime.Ops.call(dev.tint.eval.runtime.PyType.STR.dict().get("maketrans"), args, null);
    }

    static dev.tint.eval.runtime.PyDict dict(Object... kv) {
        dev.tint.eval.runtime.PyDict d = new dev.tint.eval.runtime.PyDict();
        for (int i = 0; i < kv.length; i += 2) {
            d.put(kv[i], kv[i + 1]);
        }
        return d;
    }
}
