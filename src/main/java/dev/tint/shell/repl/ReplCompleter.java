package dev.tint.shell.repl;

import dev.tint.eval.Interpreter;
import dev.tint.eval.runtime.Attributes;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyModule;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: keywords, builtins and session names; {@code obj.attr} after evaluating only
 * the names and attribute chain before the dot (never a call); module names after
 * {@code import}/{@code from}.
 */
public final class ReplCompleter implements Completer {
    static final Set<String> KEYWORDS = new TreeSet<>(List.of("False", "None", "True", "and", "as", "assert",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
            "try", "while"));
    static final List<String> MODULES = List.of("bisect", "collections", "copy", "functools", "heapq", "itertools",
            "json", "math", "operator", "random", "statistics", "string", "sys", "time", "traceback");

    private final Interpreter interpreter;

    public ReplCompleter(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String before = line.line().substring(0, line.cursor());
        String trimmed = before.stripLeading();
        if (trimmed.startsWith("import ") || (trimmed.startsWith("from ") && !trimmed.contains(" import"))) {
            for (String m : MODULES) {
                candidates.add(new Candidate(m, m, "modules", "module", null, null, true));
            }
            return;
        }
        String word = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        int dot = word.lastIndexOf('.');
        if (dot > 0) {
            Object target = evaluateChain(word.substring(0, dot));
            if (target == null) {
                return;
            }
            String prefix = word.substring(0, dot + 1);
            for (String name : Attributes.names(target)) {
                if (name.startsWith("_") && !word.substring(dot + 1).startsWith("_")) {
                    continue;
                }
                Object value = Ops.findAttr(target, name);
                String description = value == null ? null : Ops.typeName(value);
                candidates.add(new Candidate(prefix + name, name, "attributes", description, null, null, true));
            }
            return;
        }
        for (String k : KEYWORDS) {
            candidates.add(new Candidate(k, k, "keywords", "keyword", null, null, true));
        }
        for (String n : interpreter.builtins().boundNames()) {
            if (!n.startsWith("_")) {
                candidates.add(new Candidate(n, n, "builtins", Ops.typeName(interpreter.builtins().get(n)), null, null,
                        true));
            }
        }
        PyModule main = interpreter.mainModule();
        for (String n : main.namespace().boundNames()) {
            if (!n.startsWith("__")) {
                candidates.add(new Candidate(n, n, "session", Ops.typeName(main.namespace().get(n)), null, null, true));
            }
        }
    }

    /** Resolves {@code a.b.c} by name and attribute lookups only, or null when any step fails. */
    private Object evaluateChain(String chain) {
        String[] parts = chain.split("\\.");
        Object value = interpreter.mainModule().namespace().get(parts[0]);
        if (value == null) {
            value = interpreter.builtins().get(parts[0]);
        }
        for (int i = 1; value != null && i < parts.length; i++) {
            if (!isIdentifier(parts[i])) {
                return null;
            }
            try {
                value = Ops.findAttr(value, parts[i]);
            } catch (RuntimeException e) {
                return null; // a property that raises: no completions rather than an error
            }
        }
        return value;
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || !Character.isJavaIdentifierStart(s.charAt(0))) {
            return false;
        }
        return s.chars().allMatch(Character::isJavaIdentifierPart);
    }
}
