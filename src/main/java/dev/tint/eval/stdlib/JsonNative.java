package dev.tint.eval.stdlib;

import dev.tint.error.ScriptError;
import dev.tint.eval.Interpreter;
import dev.tint.eval.builtins.Sorting;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.Ints;
import dev.tint.eval.runtime.Namespace;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyBaseException;
import dev.tint.eval.runtime.PyDict;
import dev.tint.eval.runtime.PyList;
import dev.tint.eval.runtime.PyModule;
import dev.tint.eval.runtime.PyNone;
import dev.tint.eval.runtime.PyTuple;
import dev.tint.eval.runtime.PyType;
import dev.tint.eval.runtime.Reprs;
import dev.tint.eval.text.FloatRepr;
import java.math.BigInteger;
import java.util.IdentityHashMap;

/**
 * {@code _tint_json}: the scanner and encoder behind {@code json} (CPython's {@code _json}),
 * with CPython's error messages and positions (in code points).
 */
public final class JsonNative {
    private JsonNative() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = Natives.module("_tint_json", "JSON scanner and encoder.");
        Natives.def(m, "scan", (a, k) -> {
            // scan(s, idx, error_class, (strict, object_hook, object_pairs_hook, parse_float, parse_int), parse_constant)
            Natives.exactly("scan", a, k, 5);
            Object[] h = ((PyTuple) a[3]).items();
            Scanner s = new Scanner((String) a[0], a[2], Ops.truthy(h[0]), h[1], h[2], h[3], h[4], a[4]);
            int idx = (int) Ops.indexValue(a[1]);
            Object v = s.scanOnce(idx);
            return PyTuple.pair(v, (long) s.next);
        });
        Natives.def(m, "skip_ws", (a, k) -> {
            Natives.exactly("skip_ws", a, k, 2);
            int[] cps = ((String) a[0]).codePoints().toArray();
            int i = (int) Ops.indexValue(a[1]);
            while (i < cps.length && isWs(cps[i])) {
                i++;
            }
            return (long) i;
        });
        Natives.def(m, "encode", (a, k) -> {
            // encode(o, (skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys), indent, item_sep, key_sep, default)
            Natives.exactly("encode", a, k, 6);
            Object[] f = ((PyTuple) a[1]).items();
            Encoder e = new Encoder(Ops.truthy(f[0]), Ops.truthy(f[1]), Ops.truthy(f[2]), Ops.truthy(f[3]),
                    Ops.truthy(f[4]), a[2] == PyNone.NONE ? null : (String) a[2], (String) a[3], (String) a[4], a[5]);
            StringBuilder sb = new StringBuilder();
            e.encode(a[0], 0, sb);
            return sb.toString();
        });
        Natives.def(m, "encode_basestring_ascii", (a, k) -> {
            Natives.exactlyOne("encode_basestring_ascii", a, k);
            StringBuilder sb = new StringBuilder();
            encodeString(checkStr(a[0]), true, sb);
            return sb.toString();
        });
        Natives.def(m, "encode_basestring", (a, k) -> {
            Natives.exactlyOne("encode_basestring", a, k);
            StringBuilder sb = new StringBuilder();
            encodeString(checkStr(a[0]), false, sb);
            return sb.toString();
        });
        Natives.def(m, "set_type_module", (a, k) -> {
            Natives.exactly("set_type_module", a, k, 2);
            ((PyType) a[0]).withModule((String) a[1]);
            return PyNone.NONE;
        });
        Natives.def(m, "make_submodule", (a, k) -> {
            // make_submodule(parent_name, leaf, dict): registers parent.leaf in sys.modules
            Natives.exactly("make_submodule", a, k, 3);
            String full = a[0] + "." + a[1];
            Namespace ns = new Namespace();
            PyModule sub = new PyModule(full, ns);
            ns.set("__doc__", PyNone.NONE);
            PyDict d = (PyDict) a[2];
            for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
                ns.set((String) d.keyAt(i), d.valueAt(i));
            }
            interp.modules().put(full, sub);
            PyModule parent = interp.modules().get((String) a[0]);
            if (parent != null) {
                parent.storeAttribute((String) a[1], sub);
            }
            return sub;
        });
        return m;
    }

    private static String checkStr(Object o) {
        if (o instanceof String s) {
            return s;
        }
        throw Errors.type("first argument must be a string, not %s", Ops.typeName(o));
    }

    static boolean isWs(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    // ------------------------------------------------------------------ decoding

    static final class Scanner {
        final String doc;
        final int[] s;
        final Object errorClass;
        final boolean strict;
        final Object objectHook;
        final Object pairsHook;
        final Object parseFloat;
        final Object parseInt;
        final Object parseConstant;
        int next;

        Scanner(String doc, Object errorClass, boolean strict, Object objectHook, Object pairsHook,
                Object parseFloat, Object parseInt, Object parseConstant) {
            this.doc = doc;
            this.s = doc.codePoints().toArray();
            this.errorClass = errorClass;
            this.strict = strict;
            this.objectHook = objectHook == PyNone.NONE ? null : objectHook;
            this.pairsHook = pairsHook == PyNone.NONE ? null : pairsHook;
            this.parseFloat = parseFloat == PyNone.NONE ? null : parseFloat;
            this.parseInt = parseInt == PyNone.NONE ? null : parseInt;
            this.parseConstant = parseConstant == PyNone.NONE ? null : parseConstant;
        }

        ScriptError error(String msg, int pos) {
            Object exc = Ops.call(errorClass, msg, doc, (long) pos);
            return new ScriptError((PyBaseException) exc);
        }

        /** "Expecting value" where CPython's scanner raises StopIteration(idx). */
        ScriptError stop(int idx) {
            return error("Expecting value", idx);
        }

        private boolean matches(int idx, String word) {
            if (idx + word.length() > s.length) {
                return false;
            }
            for (int i = 0; i < word.length(); i++) {
                if (s[idx + i] != word.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        private Object constant(String name, Object value, int idx) {
            next = idx + name.length();
            if (parseConstant != null) {
                return Ops.call(parseConstant, name);
            }
            return value;
        }

        Object scanOnce(int idx) {
            if (idx < 0) {
                throw Errors.value("idx cannot be negative");
            }
            if (idx >= s.length) {
                throw stop(idx);
            }
            int c = s[idx];
            switch (c) {
                case '"':
                    return scanString(idx + 1);
                case '{':
                    return parseObject(idx + 1);
                case '[':
                    return parseArray(idx + 1);
                case 'n':
                    if (matches(idx, "null")) {
                        next = idx + 4;
                        return PyNone.NONE;
                    }
                    break;
                case 't':
                    if (matches(idx, "true")) {
                        next = idx + 4;
                        return Boolean.TRUE;
                    }
                    break;
                case 'f':
                    if (matches(idx, "false")) {
                        next = idx + 5;
                        return Boolean.FALSE;
                    }
                    break;
                case 'N':
                    if (matches(idx, "NaN")) {
                        return constant("NaN", Double.NaN, idx);
                    }
                    break;
                case 'I':
                    if (matches(idx, "Infinity")) {
                        return constant("Infinity", Double.POSITIVE_INFINITY, idx);
                    }
                    break;
                case '-':
                    if (matches(idx, "-Infinity")) {
                        return constant("-Infinity", Double.NEGATIVE_INFINITY, idx);
                    }
                    break;
                default:
                    break;
            }
            return matchNumber(idx);
        }

        private boolean digit(int i) {
            return i < s.length && s[i] >= '0' && s[i] <= '9';
        }

        private Object matchNumber(int start) {
            int endIdx = s.length - 1;
            int idx = start;
            boolean isFloat = false;
            if (s[idx] == '-') {
                idx++;
                if (idx > endIdx) {
                    throw stop(start);
                }
            }
            if (s[idx] >= '1' && s[idx] <= '9') {
                idx++;
                while (idx <= endIdx && digit(idx)) {
                    idx++;
                }
            } else if (s[idx] == '0') {
                idx++;
            } else {
                throw stop(start);
            }
            if (idx < endIdx && s[idx] == '.' && digit(idx + 1)) {
                isFloat = true;
                idx += 2;
                while (idx <= endIdx && digit(idx)) {
                    idx++;
                }
            }
            if (idx < endIdx && (s[idx] == 'e' || s[idx] == 'E')) {
                int eStart = idx;
                idx++;
                if (idx < endIdx && (s[idx] == '-' || s[idx] == '+')) {
                    idx++;
                }
                while (idx <= endIdx && digit(idx)) {
                    idx++;
                }
                if (digit(idx - 1)) {
                    isFloat = true;
                } else {
                    idx = eStart;
                }
            }
            String text = new String(s, start, idx - start);
            next = idx;
            if (isFloat) {
                if (parseFloat != null) {
                    return Ops.call(parseFloat, text);
                }
                return Double.parseDouble(text);
            }
            if (parseInt != null) {
                return Ops.call(parseInt, text);
            }
            if (text.length() < 19) {
                return Long.parseLong(text);
            }
            int digits = text.startsWith("-") ? text.length() - 1 : text.length();
            if (digits > Reprs.MAX_STR_DIGITS) {
                throw Errors.value("Exceeds the limit (%d digits) for integer string conversion: value has %d digits; "
                        + "use sys.set_int_max_str_digits() to increase the limit", Reprs.MAX_STR_DIGITS, digits);
            }
            return Ints.normalize(new BigInteger(text));
        }

        private static int hex(int c) {
            if (c >= '0' && c <= '9') {
                return c - '0';
            }
            if (c >= 'a' && c <= 'f') {
                return c - 'a' + 10;
            }
            if (c >= 'A' && c <= 'F') {
                return c - 'A' + 10;
            }
            return -1;
        }

        /** scanstring: end is the index just after the opening quote. */
        String scanString(int end) {
            int begin = end - 1;
            int len = s.length;
            StringBuilder out = new StringBuilder();
            while (true) {
                int c = 0;
                int nxt;
                for (nxt = end; nxt < len; nxt++) {
                    c = s[nxt];
                    if (c == '"' || c == '\\') {
                        break;
                    }
                    if (c <= 0x1f && strict) {
                        throw error("Invalid control character at", nxt);
                    }
                }
                if (nxt >= len || !(c == '"' || c == '\\')) {
                    throw error("Unterminated string starting at", begin);
                }
                for (int i = end; i < nxt; i++) {
                    out.appendCodePoint(s[i]);
                }
                nxt++;
                if (c == '"') {
                    end = nxt;
                    break;
                }
                if (nxt == len) {
                    throw error("Unterminated string starting at", begin);
                }
                c = s[nxt];
                if (c != 'u') {
                    end = nxt + 1;
                    switch (c) {
                        case '"':
                        case '\\':
                        case '/':
                            break;
                        case 'b':
                            c = '\b';
                            break;
                        case 'f':
                            c = '\f';
                            break;
                        case 'n':
                            c = '\n';
                            break;
                        case 'r':
                            c = '\r';
                            break;
                        case 't':
                            c = '\t';
                            break;
                        default:
                            c = 0;
                    }
                    if (c == 0) {
                        throw error("Invalid \\escape", end - 2);
                    }
                } else {
                    c = 0;
                    nxt++;
                    end = nxt + 4;
                    if (end >= len) {
                        throw error("Invalid \\uXXXX escape", nxt - 1);
                    }
                    for (; nxt < end; nxt++) {
                        int d = hex(s[nxt]);
                        if (d < 0) {
                            throw error("Invalid \\uXXXX escape", end - 5);
                        }
                        c = (c << 4) | d;
                    }
                    if (Character.isHighSurrogate((char) c) && end + 6 < len && s[nxt] == '\\' && s[nxt + 1] == 'u') {
                        nxt += 2;
                        int c2 = 0;
                        end += 6;
                        for (; nxt < end; nxt++) {
                            int d = hex(s[nxt]);
                            if (d < 0) {
                                throw error("Invalid \\uXXXX escape", end - 5);
                            }
                            c2 = (c2 << 4) | d;
                        }
                        if (Character.isLowSurrogate((char) c2)) {
                            c = Character.toCodePoint((char) c, (char) c2);
                        } else {
                            end -= 6;
                        }
                    }
                }
                out.appendCodePoint(c);
            }
            next = end;
            return out.toString();
        }

        private int skip(int idx) {
            while (idx < s.length && isWs(s[idx])) {
                idx++;
            }
            return idx;
        }

        private Object parseObject(int idx) {
            int endIdx = s.length - 1;
            PyList pairs = pairsHook != null ? new PyList() : null;
            PyDict dict = pairsHook == null ? new PyDict() : null;
            idx = skip(idx);
            if (idx > endIdx || s[idx] != '}') {
                while (true) {
                    if (idx > endIdx || s[idx] != '"') {
                        throw error("Expecting property name enclosed in double quotes", idx);
                    }
                    String key = scanString(idx + 1);
                    idx = skip(next);
                    if (idx > endIdx || s[idx] != ':') {
                        throw error("Expecting ':' delimiter", idx);
                    }
                    idx = skip(idx + 1);
                    Object val = scanOnce(idx);
                    if (pairs != null) {
                        pairs.append(PyTuple.pair(key, val));
                    } else {
                        dict.put(key, val);
                    }
                    idx = skip(next);
                    if (idx <= endIdx && s[idx] == '}') {
                        break;
                    }
                    if (idx > endIdx || s[idx] != ',') {
                        throw error("Expecting ',' delimiter", idx);
                    }
                    int commaIdx = idx;
                    idx = skip(idx + 1);
                    if (idx <= endIdx && s[idx] == '}') {
                        throw error("Illegal trailing comma before end of object", commaIdx);
                    }
                }
            }
            int after = idx + 1;
            Object result;
            if (pairs != null) {
                result = Ops.call(pairsHook, pairs);
            } else if (objectHook != null) {
                result = Ops.call(objectHook, dict);
            } else {
                result = dict;
            }
            next = after;
            return result;
        }

        private Object parseArray(int idx) {
            int endIdx = s.length - 1;
            PyList list = new PyList();
            idx = skip(idx);
            if (idx > endIdx || s[idx] != ']') {
                while (true) {
                    Object val = scanOnce(idx);
                    list.append(val);
                    idx = skip(next);
                    if (idx <= endIdx && s[idx] == ']') {
                        break;
                    }
                    if (idx > endIdx || s[idx] != ',') {
                        throw error("Expecting ',' delimiter", idx);
                    }
                    int commaIdx = idx;
                    idx = skip(idx + 1);
                    if (idx <= endIdx && s[idx] == ']') {
                        throw error("Illegal trailing comma before end of array", commaIdx);
                    }
                }
            }
            if (idx > endIdx || s[idx] != ']') {
                throw error("Expecting value", endIdx);
            }
            next = idx + 1;
            return list;
        }
    }

    // ------------------------------------------------------------------ encoding

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static void unicodeEscape(int c, StringBuilder sb) {
        sb.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf])
                .append(HEX[c & 0xf]);
    }

    static void encodeString(String s, boolean ascii, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    sb.append("\\\"");
                    continue;
                case '\\':
                    sb.append("\\\\");
                    continue;
                case '\n':
                    sb.append("\\n");
                    continue;
                case '\r':
                    sb.append("\\r");
                    continue;
                case '\t':
                    sb.append("\\t");
                    continue;
                case '\b':
                    sb.append("\\b");
                    continue;
                case '\f':
                    sb.append("\\f");
                    continue;
                default:
                    break;
            }
            if (c < 0x20 || (ascii && c >= 0x7f)) {
                // UTF-16 code units are exactly the surrogate pairs json writes for astral characters
                unicodeEscape(c, sb);
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }

    static final class Encoder {
        final boolean skipkeys;
        final boolean ascii;
        final boolean checkCircular;
        final boolean allowNan;
        final boolean sortKeys;
        final String indent;
        final String itemSep;
        final String keySep;
        final Object dflt;
        final IdentityHashMap<Object, Boolean> markers = new IdentityHashMap<>();

        Encoder(boolean skipkeys, boolean ascii, boolean checkCircular, boolean allowNan, boolean sortKeys,
                String indent, String itemSep, String keySep, Object dflt) {
            this.skipkeys = skipkeys;
            this.ascii = ascii;
            this.checkCircular = checkCircular;
            this.allowNan = allowNan;
            this.sortKeys = sortKeys;
            this.indent = indent;
            this.itemSep = itemSep;
            this.keySep = keySep;
            this.dflt = dflt;
        }

        String floatStr(double d) {
            String text;
            if (Double.isNaN(d)) {
                text = "NaN";
            } else if (d == Double.POSITIVE_INFINITY) {
                text = "Infinity";
            } else if (d == Double.NEGATIVE_INFINITY) {
                text = "-Infinity";
            } else {
                return FloatRepr.repr(d);
            }
            if (!allowNan) {
                throw Errors.value("Out of range float values are not JSON compliant: %s", FloatRepr.repr(d));
            }
            return text;
        }

        private void enter(Object o) {
            if (checkCircular) {
                if (markers.containsKey(o)) {
                    throw Errors.value("Circular reference detected");
                }
                markers.put(o, Boolean.TRUE);
            }
        }

        private void leave(Object o) {
            if (checkCircular) {
                markers.remove(o);
            }
        }

        void encode(Object o, int level, StringBuilder sb) {
            if (o instanceof String str) {
                encodeString(str, ascii, sb);
            } else if (o == PyNone.NONE) {
                sb.append("null");
            } else if (o instanceof Boolean b) {
                sb.append(b ? "true" : "false");
            } else if (o instanceof Long || o instanceof BigInteger) {
                sb.append(Reprs.repr(o));
            } else if (o instanceof Double d) {
                sb.append(floatStr(d));
            } else if (o instanceof PyList l) {
                encodeList(l, l.toArray(), level, sb);
            } else if (o instanceof PyTuple t) {
                encodeList(t, t.items(), level, sb);
            } else if (o instanceof PyDict d) {
                encodeDict(d, level, sb);
            } else if (o instanceof dev.tint.eval.objects.PyInstance inst && inst.backing() instanceof PyList l) {
                encodeList(o, l.toArray(), level, sb); // a list subclass encodes as its items
            } else if (o instanceof dev.tint.eval.objects.PyInstance inst && inst.backing() instanceof PyDict d) {
                encodeDict(d, level, sb);
            } else if (o instanceof dev.tint.eval.objects.PyInstance inst && inst.type().lookup("_tint_namedtuple") != null
                    && inst.dict().get("_tuple") instanceof PyTuple t) {
                encodeList(o, t.items(), level, sb); // a namedtuple is a tuple in CPython
            } else if (o instanceof dev.tint.eval.objects.PyInstance inst && inst.type().lookup("_tint_mapping") != null
                    && inst.dict().get("_data") instanceof PyDict d) {
                encodeDict(d, level, sb); // Counter, OrderedDict and defaultdict are dicts in CPython
            } else {
                enter(o);
                Object r = Ops.call(dflt, o);
                encode(r, level, sb);
                leave(o);
            }
        }

        private void encodeList(Object container, Object[] items, int level, StringBuilder sb) {
            if (items.length == 0) {
                sb.append("[]");
                return;
            }
            enter(container);
            sb.append('[');
            String separator = itemSep;
            String newlineIndent = null;
            if (indent != null) {
                level++;
                newlineIndent = "\n" + indent.repeat(level);
                separator = itemSep + newlineIndent;
                sb.append(newlineIndent);
            }
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(separator);
                }
                encode(items[i], level, sb);
            }
            if (newlineIndent != null) {
                level--;
                sb.append('\n').append(indent.repeat(level));
            }
            sb.append(']');
            leave(container);
        }

        private void encodeDict(PyDict d, int level, StringBuilder sb) {
            if (d.size() == 0) {
                sb.append("{}");
                return;
            }
            enter(d);
            sb.append('{');
            String separator = itemSep;
            String newlineIndent = null;
            if (indent != null) {
                level++;
                newlineIndent = "\n" + indent.repeat(level);
                separator = itemSep + newlineIndent;
                sb.append(newlineIndent);
            }
            PyList items = new PyList(d.size());
            for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
                items.append(PyTuple.pair(d.keyAt(i), d.valueAt(i)));
            }
            if (sortKeys) {
                Sorting.sortList(items, null, false);
            }
            boolean first = true;
            for (int i = 0; i < items.size(); i++) {
                PyTuple item = (PyTuple) items.get(i);
                Object key = item.get(0);
                String k;
                if (key instanceof String s) {
                    k = s;
                } else if (key instanceof Double f) {
                    k = floatStr(f);
                } else if (key instanceof Boolean b) {
                    k = b ? "true" : "false";
                } else if (key == PyNone.NONE) {
                    k = "null";
                } else if (key instanceof Long || key instanceof BigInteger) {
                    k = Reprs.repr(key);
                } else if (skipkeys) {
                    continue;
                } else {
                    throw Errors.type("keys must be str, int, float, bool or None, not %s", Ops.typeName(key));
                }
                if (!first) {
                    sb.append(separator);
                }
                first = false;
                encodeString(k, ascii, sb);
                sb.append(keySep);
                encode(item.get(1), level, sb);
            }
            if (newlineIndent != null) {
                level--;
                sb.append('\n').append(indent.repeat(level));
            }
            sb.append('}');
            leave(d);
        }
    }
}
