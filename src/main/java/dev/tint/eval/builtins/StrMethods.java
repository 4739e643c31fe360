package dev.tint.eval.builtins;

import dev.tint.eval.runtime.Args;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.ExceptionTypes;
import dev.tint.eval.runtime.Items;
import dev.tint.eval.runtime.Iteration;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyBuiltin;
import dev.tint.eval.runtime.PyDict;
import dev.tint.eval.runtime.PyIterator;
import dev.tint.eval.runtime.PyList;
import dev.tint.eval.runtime.PyNone;
import dev.tint.eval.runtime.PyTuple;
import dev.tint.eval.runtime.PyType;
import dev.tint.eval.runtime.Reprs;
import dev.tint.eval.runtime.Strs;
import dev.tint.error.ScriptError;

/**
 * The methods of {@code str}. Indices are code points (Python's), so every position that crosses
 * the API goes through {@link Strs}; strings without astral characters take the direct path.
 */
final class StrMethods {
    private StrMethods() {}

    private static final Params SPLIT = new Params("split", 0, 0, 2, "sep", "maxsplit");
    private static final Params RSPLIT = new Params("rsplit", 0, 0, 2, "sep", "maxsplit");
    private static final Params SPLITLINES = new Params("splitlines", 0, 0, 1, "keepends");
    private static final Params EXPANDTABS = new Params("expandtabs", 0, 0, 1, "tabsize");
    private static final Params REPLACE = new Params("replace", 2, 2, 3, "old", "new", "count");

    static void install() {
        PyType t = PyType.STR;
        t.defineMethod("capitalize", (self, a, k) -> {
            Check.noArgs("str.capitalize", a, k);
            return Unicode.capitalize((String) self);
        });
        t.defineMethod("casefold", (self, a, k) -> {
            Check.noArgs("str.casefold", a, k);
            return Unicode.casefold((String) self);
        });
        t.defineMethod("lower", (self, a, k) -> {
            Check.noArgs("str.lower", a, k);
            return Unicode.lower((String) self);
        });
        t.defineMethod("upper", (self, a, k) -> {
            Check.noArgs("str.upper", a, k);
            return Unicode.upper((String) self);
        });
        t.defineMethod("swapcase", (self, a, k) -> {
            Check.noArgs("str.swapcase", a, k);
            return Unicode.swapcase((String) self);
        });
        t.defineMethod("title", (self, a, k) -> {
            Check.noArgs("str.title", a, k);
            return Unicode.title((String) self);
        });
        t.defineMethod("center", (self, a, k) -> pad((String) self, "center", a, k));
        t.defineMethod("ljust", (self, a, k) -> pad((String) self, "ljust", a, k));
        t.defineMethod("rjust", (self, a, k) -> pad((String) self, "rjust", a, k));
        t.defineMethod("zfill", (self, a, k) -> zfill((String) self, Check.index(Check.oneArg("str.zfill", a, k))));
        t.defineMethod("count", (self, a, k) -> count((String) self, a, k));
        t.defineMethod("find", (self, a, k) -> (long) find((String) self, "find", a, k, false));
        t.defineMethod("rfind", (self, a, k) -> (long) find((String) self, "rfind", a, k, true));
        t.defineMethod("index", (self, a, k) -> index((String) self, "index", a, k, false));
        t.defineMethod("rindex", (self, a, k) -> index((String) self, "rindex", a, k, true));
        t.defineMethod("startswith", (self, a, k) -> affix((String) self, "startswith", a, k, false));
        t.defineMethod("endswith", (self, a, k) -> affix((String) self, "endswith", a, k, true));
        t.defineMethod("expandtabs", (self, a, k) -> {
            Object[] p = EXPANDTABS.bind(a, k);
            return expandtabs((String) self, p[0] == null ? 8 : Check.index(p[0]));
        });
        t.defineMethod("format", (self, a, k) -> StrFormat.format((String) self, a, k));
        t.defineMethod("format_map", (self, a, k) ->
                StrFormat.formatMap((String) self, Check.oneArg("str.format_map", a, k)));
        t.defineMethod("isalnum", (self, a, k) -> {
            Check.noArgs("str.isalnum", a, k);
            return all((String) self, Unicode::isAlnum);
        });
        t.defineMethod("isalpha", (self, a, k) -> {
            Check.noArgs("str.isalpha", a, k);
            return all((String) self, Unicode::isAlpha);
        });
        t.defineMethod("isascii", (self, a, k) -> {
            Check.noArgs("str.isascii", a, k);
            String s = (String) self;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= 128) {
                    return false;
                }
            }
            return true;
        });
        t.defineMethod("isdecimal", (self, a, k) -> {
            Check.noArgs("str.isdecimal", a, k);
            return all((String) self, Unicode::isDecimal);
        });
        t.defineMethod("isdigit", (self, a, k) -> {
            Check.noArgs("str.isdigit", a, k);
            return all((String) self, Unicode::isDigit);
        });
        t.defineMethod("isnumeric", (self, a, k) -> {
            Check.noArgs("str.isnumeric", a, k);
            return all((String) self, Unicode::isNumeric);
        });
        t.defineMethod("isspace", (self, a, k) -> {
            Check.noArgs("str.isspace", a, k);
            return all((String) self, Unicode::isSpace);
        });
        t.defineMethod("isprintable", (self, a, k) -> {
            Check.noArgs("str.isprintable", a, k);
            String s = (String) self;
            return s.isEmpty() || all(s, Reprs::isPrintable);
        });
        t.defineMethod("isidentifier", (self, a, k) -> {
            Check.noArgs("str.isidentifier", a, k);
            return Unicode.isIdentifier((String) self);
        });
        t.defineMethod("islower", (self, a, k) -> {
            Check.noArgs("str.islower", a, k);
            return isLower((String) self);
        });
        t.defineMethod("isupper", (self, a, k) -> {
            Check.noArgs("str.isupper", a, k);
            return isUpper((String) self);
        });
        t.defineMethod("istitle", (self, a, k) -> {
            Check.noArgs("str.istitle", a, k);
            return isTitle((String) self);
        });
        t.defineMethod("join", (self, a, k) -> join((String) self, Check.oneArg("str.join", a, k)));
        t.defineMethod("strip", (self, a, k) -> strip((String) self, "strip", a, k, true, true));
        t.defineMethod("lstrip", (self, a, k) -> strip((String) self, "lstrip", a, k, true, false));
        t.defineMethod("rstrip", (self, a, k) -> strip((String) self, "rstrip", a, k, false, true));
        t.defineMethod("partition", (self, a, k) ->
                partition((String) self, Check.oneArg("str.partition", a, k), false));
        t.defineMethod("rpartition", (self, a, k) ->
                partition((String) self, Check.oneArg("str.rpartition", a, k), true));
        t.defineMethod("removeprefix", (self, a, k) -> {
            String s = (String) self;
            String p = affixArg("removeprefix", Check.oneArg("str.removeprefix", a, k));
            return s.startsWith(p) ? s.substring(p.length()) : s;
        });
        t.defineMethod("removesuffix", (self, a, k) -> {
            String s = (String) self;
            String p = affixArg("removesuffix", Check.oneArg("str.removesuffix", a, k));
            return !p.isEmpty() && s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s;
        });
        t.defineMethod("replace", (self, a, k) -> {
            Object[] p = REPLACE.bind(a, k);
            String old = Args.str("replace", p[0], 1);
            String repl = Args.str("replace", p[1], 2);
            long count = p[2] == null ? -1 : Check.indexClamped(p[2]);
            return replace((String) self, old, repl, count);
        });
        t.defineMethod("split", (self, a, k) -> {
            Object[] p = SPLIT.bind(a, k);
            return split((String) self, p[0], p[1], false);
        });
        t.defineMethod("rsplit", (self, a, k) -> {
            Object[] p = RSPLIT.bind(a, k);
            return split((String) self, p[0], p[1], true);
        });
        t.defineMethod("splitlines", (self, a, k) -> {
            Object[] p = SPLITLINES.bind(a, k);
            return splitlines((String) self, p[0] != null && Ops.truthy(p[0]));
        });
        t.defineMethod("translate", (self, a, k) -> translate((String) self, Check.oneArg("str.translate", a, k)));
        t.dict().put("maketrans", new PyBuiltin("maketrans",
                "Return a translation table usable for str.translate().", StrMethods::maketrans));
    }

    // ---- predicates ----

    private interface CodePointTest {
        boolean test(int cp);
    }

    private static boolean all(String s, CodePointTest test) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!test.test(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static boolean isLower(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Unicode.isUpper(cp) || Unicode.isTitle(cp)) {
                return false;
            }
            if (!cased && Unicode.isLower(cp)) {
                cased = true;
            }
        }
        return cased;
    }

    private static boolean isUpper(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Unicode.isLower(cp) || Unicode.isTitle(cp)) {
                return false;
            }
            if (!cased && Unicode.isUpper(cp)) {
                cased = true;
            }
        }
        return cased;
    }

    private static boolean isTitle(String s) {
        boolean cased = false;
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Unicode.isUpper(cp) || Unicode.isTitle(cp)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (Unicode.isLower(cp)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    // ---- padding ----

    private static String pad(String s, String name, Object[] a, String[] k) {
        Check.methodRange("str", name, a, k, 1, 2);
        long width = Check.indexClamped(a[0]);
        int fill = ' ';
        if (a.length > 1) {
            if (!(a[1] instanceof String f)) {
                throw Errors.type("The fill character must be a unicode character, not %s", Ops.typeName(a[1]));
            }
            if (Strs.length(f) != 1) {
                throw Errors.type("The fill character must be exactly one character long");
            }
            fill = f.codePointAt(0);
        }
        int len = Strs.length(s);
        if (width <= len) {
            return s;
        }
        long marg = width - len;
        long left;
        switch (name) {
            case "ljust":
                left = 0;
                break;
            case "rjust":
                left = marg;
                break;
            default:
                left = marg / 2 + (marg & width & 1);
                break;
        }
        checkSize(width);
        String f = Strs.fromCodePoint(fill);
        return f.repeat((int) left) + s + f.repeat((int) (marg - left));
    }

    private static void checkSize(long n) {
        if (n > Integer.MAX_VALUE - 64) {
            throw Errors.raise(ExceptionTypes.MEMORY_ERROR, null);
        }
    }

    private static String zfill(String s, long width) {
        int len = Strs.length(s);
        if (width <= len) {
            return s;
        }
        checkSize(width);
        String zeros = "0".repeat((int) (width - len));
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            return s.charAt(0) + zeros + s.substring(1);
        }
        return zeros + s;
    }

    // ---- searching ----

    /** Start and end after CPython's ADJUST_INDICES: end within [0, len], start >= 0 (may exceed len). */
    private static long[] adjust(Object[] a, int from, int len) {
        long start = a.length > from ? Check.sliceBound(a[from], 0) : 0;
        long end = a.length > from + 1 ? Check.sliceBound(a[from + 1], Long.MAX_VALUE / 2) : Long.MAX_VALUE / 2;
        if (end > len) {
            end = len;
        } else if (end < 0) {
            end += len;
            if (end < 0) {
                end = 0;
            }
        }
        if (start < 0) {
            start += len;
            if (start < 0) {
                start = 0;
            }
        }
        return new long[] {start, end};
    }

    private static Object count(String s, Object[] a, String[] k) {
        Check.range("str.count", "count", a, k, 1, 3);
        String sub = Args.str("count", a[0], 1);
        int len = Strs.length(s);
        long[] se = adjust(a, 1, len);
        long start = se[0];
        long end = se[1];
        int subLen = Strs.length(sub);
        if (end - start < subLen) {
            return 0L;
        }
        if (subLen == 0) {
            return end - start + 1;
        }
        int from = Strs.offset(s, (int) start);
        int to = Strs.offset(s, (int) end);
        long n = 0;
        int i = s.indexOf(sub, from);
        while (i >= 0 && i + sub.length() <= to) {
            n++;
            i = s.indexOf(sub, i + sub.length());
        }
        return n;
    }

    /** The code point index of sub in s[start:end], or -1. */
    private static int find(String s, String name, Object[] a, String[] k, boolean reverse) {
        Check.methodRange("str", name, a, k, 1, 3);
        String sub = Args.str(name, a[0], 1);
        int len = Strs.length(s);
        long[] se = adjust(a, 1, len);
        return findIn(s, sub, se[0], se[1], reverse);
    }

    static int findIn(String s, String sub, long start, long end, boolean reverse) {
        int subLen = Strs.length(sub);
        if (end - start < subLen) {
            return -1;
        }
        if (subLen == 0) {
            return (int) (reverse ? end : start);
        }
        int from = Strs.offset(s, (int) start);
        int to = Strs.offset(s, (int) end);
        int i;
        if (reverse) {
            i = s.lastIndexOf(sub, to - sub.length());
            if (i < from) {
                i = -1;
            }
        } else {
            i = s.indexOf(sub, from);
            if (i >= 0 && i + sub.length() > to) {
                i = -1;
            }
        }
        if (i < 0 || !Strs.hasAstral(s)) {
            return i;
        }
        return s.codePointCount(0, i);
    }

    private static Object index(String s, String name, Object[] a, String[] k, boolean reverse) {
        int i = find(s, name, a, k, reverse);
        if (i < 0) {
            throw Errors.value("substring not found");
        }
        return (long) i;
    }

    private static Object affix(String s, String name, Object[] a, String[] k, boolean end) {
        Check.methodRange("str", name, a, k, 1, 3);
        Object prefix = a[0];
        int len = Strs.length(s);
        long[] se = adjust(a, 1, len);
        if (prefix instanceof PyTuple t) {
            for (Object p : t.items()) {
                if (!(p instanceof String ps)) {
                    throw Errors.type("tuple for %s must only contain str, not %s", name, Ops.typeName(p));
                }
                if (tailMatch(s, ps, se[0], se[1], end)) {
                    return true;
                }
            }
            return false;
        }
        if (!(prefix instanceof String ps)) {
            throw Errors.type("%s first arg must be str or a tuple of str, not %s", name, Ops.typeName(prefix));
        }
        return tailMatch(s, ps, se[0], se[1], end);
    }

    private static boolean tailMatch(String s, String sub, long start, long end, boolean atEnd) {
        int subLen = Strs.length(sub);
        if (end - subLen < start) {
            return false;
        }
        if (subLen == 0) {
            return true;
        }
        long at = atEnd ? end - subLen : start;
        return s.startsWith(sub, Strs.offset(s, (int) at));
    }

    private static String affixArg(String name, Object o) {
        if (o instanceof String s) {
            return s;
        }
        throw Errors.type("%s() argument must be str, not %s", name, Ops.typeName(o));
    }

    // ---- tabs, joining, stripping ----

    private static String expandtabs(String s, long tabsize) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        long column = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                if (tabsize > 0) {
                    long spaces = tabsize - (column % tabsize);
                    checkSize(sb.length() + spaces);
                    column += spaces;
                    sb.append(" ".repeat((int) spaces));
                }
            } else {
                sb.appendCodePoint(cp);
                column++;
                if (cp == '\n' || cp == '\r') {
                    column = 0;
                }
            }
        }
        return sb.toString();
    }

    private static String join(String sep, Object iterable) {
        Object[] items;
        int n;
        if (iterable instanceof PyList l) {
            items = l.array();
            n = l.size();
        } else if (iterable instanceof PyTuple t) {
            items = t.items();
            n = t.size();
        } else {
            PyIterator it = Iteration.iterOrNull(iterable);
            if (it == null) {
                throw Errors.type("can only join an iterable");
            }
            PyList collected = new PyList();
            for (Object v = it.next(); v != null; v = it.next()) {
                collected.append(v);
            }
            items = collected.array();
            n = collected.size();
        }
        if (n == 1 && items[0] instanceof String only) {
            return only;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            Object v = items[i];
            if (!(v instanceof String str)) {
                throw Errors.type("sequence item %d: expected str instance, %s found", i, Ops.typeName(v));
            }
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(str);
        }
        return sb.toString();
    }

    private static String strip(String s, String name, Object[] a, String[] k, boolean left, boolean right) {
        Check.methodRange("str", name, a, k, 0, 1);
        Object chars = a.length == 0 ? PyNone.NONE : a[0];
        if (chars == PyNone.NONE) {
            return stripWith(s, Unicode::isSpace, left, right);
        }
        if (!(chars instanceof String set)) {
            throw Errors.type("%s arg must be None or str", name);
        }
        if (set.isEmpty()) {
            return s;
        }
        return stripWith(s, cp -> set.indexOf(cp) >= 0, left, right);
    }

    private static String stripWith(String s, CodePointTest strip, boolean left, boolean right) {
        int i = 0;
        int j = s.length();
        if (left) {
            while (i < j) {
                int cp = s.codePointAt(i);
                if (!strip.test(cp)) {
                    break;
                }
                i += Character.charCount(cp);
            }
        }
        if (right) {
            while (j > i) {
                int cp = s.codePointBefore(j);
                if (!strip.test(cp)) {
                    break;
                }
                j -= Character.charCount(cp);
            }
        }
        return s.substring(i, j);
    }

    private static PyTuple partition(String s, Object sepArg, boolean reverse) {
        if (!(sepArg instanceof String sep)) {
            throw Errors.type("must be str, not %s", Ops.typeName(sepArg));
        }
        if (sep.isEmpty()) {
            throw Errors.value("empty separator");
        }
        int i = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (i < 0) {
            return reverse ? PyTuple.of(new Object[] {"", "", s}) : PyTuple.of(new Object[] {s, "", ""});
        }
        return PyTuple.of(new Object[] {s.substring(0, i), sep, s.substring(i + sep.length())});
    }

    // ---- replace and split ----

    static String replace(String s, String old, String repl, long count) {
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        if (count == 0) {
            return s;
        }
        if (old.isEmpty()) {
            long len = Strs.length(s);
            long n = Math.min(count, len + 1);
            checkSize(s.length() + n * repl.length());
            StringBuilder sb = new StringBuilder((int) (s.length() + n * repl.length()));
            long index = 0;
            for (int i = 0; i < s.length(); index++) {
                int cp = s.codePointAt(i);
                if (index < n) {
                    sb.append(repl);
                }
                sb.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            if (len < n) {
                sb.append(repl);
            }
            return sb.toString();
        }
        int i = s.indexOf(old);
        if (i < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int last = 0;
        long done = 0;
        while (i >= 0 && done < count) {
            sb.append(s, last, i).append(repl);
            last = i + old.length();
            done++;
            i = s.indexOf(old, last);
        }
        sb.append(s, last, s.length());
        return sb.toString();
    }

    private static PyList split(String s, Object sepArg, Object maxArg, boolean reverse) {
        long max = maxArg == null ? -1 : Check.indexClamped(maxArg);
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        if (sepArg == null || sepArg == PyNone.NONE) {
            return reverse ? rsplitWhitespace(s, max) : splitWhitespace(s, max);
        }
        if (!(sepArg instanceof String sep)) {
            throw Errors.type("must be str or None, not %s", Ops.typeName(sepArg));
        }
        if (sep.isEmpty()) {
            throw Errors.value("empty separator");
        }
        PyList out = new PyList();
        if (!reverse) {
            int last = 0;
            int i = s.indexOf(sep);
            while (i >= 0 && max-- > 0) {
                out.append(s.substring(last, i));
                last = i + sep.length();
                i = s.indexOf(sep, last);
            }
            out.append(s.substring(last));
            return out;
        }
        int end = s.length();
        int i = s.lastIndexOf(sep, end - sep.length());
        while (i >= 0 && max-- > 0) {
            out.append(s.substring(i + sep.length(), end));
            end = i;
            i = s.lastIndexOf(sep, end - sep.length());
        }
        out.append(s.substring(0, end));
        Sorting.reverse(out.array(), 0, out.size());
        return out;
    }

    private static PyList splitWhitespace(String s, long max) {
        PyList out = new PyList();
        int n = s.length();
        int i = 0;
        while (max-- > 0) {
            while (i < n && Unicode.isSpace(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            if (i == n) {
                break;
            }
            int j = i;
            i += Character.charCount(s.codePointAt(i));
            while (i < n && !Unicode.isSpace(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            out.append(s.substring(j, i));
        }
        if (i < n) {
            while (i < n && Unicode.isSpace(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            if (i != n) {
                out.append(s.substring(i));
            }
        }
        return out;
    }

    private static PyList rsplitWhitespace(String s, long max) {
        PyList out = new PyList();
        int i = s.length(); // exclusive end of the unscanned part
        while (max-- > 0) {
            while (i > 0 && Unicode.isSpace(s.codePointBefore(i))) {
                i -= Character.charCount(s.codePointBefore(i));
            }
            if (i == 0) {
                break;
            }
            int j = i;
            i -= Character.charCount(s.codePointBefore(i));
            while (i > 0 && !Unicode.isSpace(s.codePointBefore(i))) {
                i -= Character.charCount(s.codePointBefore(i));
            }
            out.append(s.substring(i, j));
        }
        if (i > 0) {
            while (i > 0 && Unicode.isSpace(s.codePointBefore(i))) {
                i -= Character.charCount(s.codePointBefore(i));
            }
            if (i > 0) {
                out.append(s.substring(0, i));
            }
        }
        Sorting.reverse(out.array(), 0, out.size());
        return out;
    }

    private static PyList splitlines(String s, boolean keepends) {
        PyList out = new PyList();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (i < n && !Unicode.isLineBreak(s.charAt(i))) {
                i++;
            }
            int eol = i;
            if (i < n) {
                if (s.charAt(i) == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                    i += 2;
                } else {
                    i++;
                }
                if (keepends) {
                    eol = i;
                }
            }
            out.append(s.substring(j, eol));
        }
        return out;
    }

    // ---- translate ----

    private static String translate(String s, Object table) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            Object mapped;
            try {
                mapped = Items.getItem(table, (long) cp);
            } catch (ScriptError e) {
                if (e.exception().type().isSubtypeOf(ExceptionTypes.LOOKUP_ERROR)) {
                    sb.appendCodePoint(cp);
                    continue;
                }
                throw e;
            }
            if (mapped == PyNone.NONE) {
                continue;
            }
            if (mapped instanceof String r) {
                sb.append(r);
            } else if (mapped instanceof Long || mapped instanceof Boolean || mapped instanceof java.math.BigInteger) {
                long v = mapped instanceof java.math.BigInteger ? -1 : Ops.indexValue(mapped);
                if (v < 0 || v > 0x10FFFF) {
                    throw Errors.value("character mapping must be in range(0x110000)");
                }
                sb.appendCodePoint((int) v);
            } else {
                throw Errors.type("character mapping must return integer, None or str");
            }
        }
        return sb.toString();
    }

    private static Object maketrans(Object[] a, String[] k) {
        Check.range("str.maketrans", "maketrans", a, k, 1, 3);
        PyDict out = new PyDict();
        if (a.length == 1) {
            if (!(a[0] instanceof PyDict d)) {
                throw Errors.type("if you give only one argument to maketrans it must be a dict");
            }
            for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
                Object key = d.keyAt(i);
                if (key instanceof String ks) {
                    if (Strs.length(ks) != 1) {
                        throw Errors.value("string keys in translate table must be of length 1");
                    }
                    out.put((long) ks.codePointAt(0), d.valueAt(i));
                } else if (key instanceof Long || key instanceof Boolean || key instanceof java.math.BigInteger) {
                    out.put(key instanceof Boolean b ? (Object) (b ? 1L : 0L) : key, d.valueAt(i));
                } else {
                    throw Errors.type("keys in translate table must be strings or integers");
                }
            }
            return out;
        }
        if (!(a[0] instanceof String x)) {
            throw Errors.type("first maketrans argument must be a string if there is a second argument");
        }
        String y = Args.str("maketrans", a[1], 2);
        if (Strs.length(x) != Strs.length(y)) {
            throw Errors.value("the first two maketrans arguments must have equal length");
        }
        int[] xs = Strs.codePoints(x);
        int[] ys = Strs.codePoints(y);
        for (int i = 0; i < xs.length; i++) {
            out.put((long) xs[i], (long) ys[i]);
        }
        if (a.length == 3) {
            String z = Args.str("maketrans", a[2], 3);
            for (int cp : Strs.codePoints(z)) {
                out.put((long) cp, PyNone.NONE);
            }
        }
        return out;
    }
}
