package dev.tint.eval.builtins;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What CPython 3.13's pydoc knows about the members of object and of the built-in exceptions,
 * the classes a Tint class can derive from: each member's pydoc kind, own docstring and the
 * entry a subclass's help page shows for it; and the signatures and docstrings of the functions
 * of Tint's Java-native modules (type {@code module:math}, entry the signature). Read from
 * {@code /help/builtin-types.txt}, which {@code scripts/gen-help-tables} writes with CPython.
 */
final class BuiltinTypeDocs {
    /** One name in a built-in type's own __dict__. */
    record Member(String type, String name, String kind, String doc, String entry) {
        boolean visible() {
            return kind != null;
        }
    }

    private static Map<String, Map<String, Member>> table;

    private BuiltinTypeDocs() {}

    /** The members of the named built-in type (in name order), or null for a type not in the table. */
    static synchronized Map<String, Member> members(String type) {
        if (table == null) {
            table = load();
        }
        return table.get(type);
    }

    private static Map<String, Map<String, Member>> load() {
        Map<String, Map<String, Member>> out = new HashMap<>();
        try (InputStream in = BuiltinTypeDocs.class.getResourceAsStream("/help/builtin-types.txt")) {
            if (in == null) {
                return out;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                List<String> f = fields(line);
                if (f.size() != 5) {
                    continue;
                }
                Member m = new Member(f.get(0), f.get(1), f.get(2).equals("-") ? null : f.get(2),
                        f.get(3).equals("-") ? null : f.get(3), f.get(4));
                out.computeIfAbsent(m.type(), k -> new LinkedHashMap<>()).put(m.name(), m);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Tab-separated fields with \\, \t and \n escapes. */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                out.add(sb.toString());
                sb.setLength(0);
            } else if (c == '\\' && i + 1 < line.length()) {
                char e = line.charAt(++i);
                sb.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
            } else {
                sb.append(c);
            }
        }
        out.add(sb.toString());
        return out;
    }
}
