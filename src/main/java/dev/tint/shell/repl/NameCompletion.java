package dev.tint.shell.repl;

import dev.tint.eval.Interpreter;
import dev.tint.eval.nodes.PyFunction;
import dev.tint.eval.objects.PyProperty;
import dev.tint.eval.runtime.Attributes;
import dev.tint.eval.runtime.Namespace;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyBoundMethod;
import dev.tint.eval.runtime.PyType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names, as CPython's rlcompleter completes them: keywords, session names and builtins for a
 * plain name; for {@code a.b.c} the attributes of {@code a.b}, found by name and attribute
 * lookups only (never a call or a subscript). A callable gets {@code (} (or {@code ()} when it
 * takes no arguments), a keyword its usual space or colon, anything else nothing.
 */
final class NameCompletion {
    /** Keywords completed with nothing after them; try and finally get a colon; the rest a space. */
    private static final Set<String> BARE_KEYWORDS = Set.of("False", "None", "True", "break", "continue", "pass",
            "else");

    private final Interpreter interpreter;

    NameCompletion(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    /** Proposals for the name or attribute chain that ends the text before the cursor. */
    List<Proposal> propose(String before) {
        int start = before.length();
        while (start > 0 && (Identifiers.isPart(before.charAt(start - 1)) || before.charAt(start - 1) == '.')) {
            start--;
        }
        String chain = before.substring(start);
        if (chain.isEmpty()) {
            return globals("", start);
        }
        if (!Identifiers.isStart(chain.charAt(0))) {
            return List.of(); // ".x" after a call, subscript or literal; a number
        }
        int dot = chain.lastIndexOf('.');
        if (dot < 0) {
            return globals(chain, start);
        }
        String[] parts = chain.substring(0, dot).split("\\.", -1);
        return attributes(parts, chain.substring(dot + 1), start + dot + 1);
    }

    private List<Proposal> globals(String typed, int start) {
        List<Proposal> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String k : ReplCompleter.KEYWORDS) {
            if (k.startsWith(typed)) {
                seen.add(k);
                out.add(new Proposal(start, k + keywordSuffix(k), k, "keywords", "keyword"));
            }
        }
        addNames(interpreter.mainModule().namespace(), "session", typed, start, seen, out);
        addNames(interpreter.builtins(), "builtins", typed, start, seen, out);
        return out;
    }

    private static void addNames(Namespace ns, String group, String typed, int start, Set<String> seen,
                                 List<Proposal> out) {
        for (String name : ns.boundNames()) {
            if (!Identifiers.offered(name, typed) || name.equals("__builtins__") || !seen.add(name)) {
                continue;
            }
            Object value = ns.get(name);
            if (value != null) {
                out.add(new Proposal(start, name + callSuffix(value), name, group, Ops.typeName(value)));
            }
        }
    }

    static String keywordSuffix(String keyword) {
        if (keyword.equals("try") || keyword.equals("finally")) {
            return ":";
        }
        return BARE_KEYWORDS.contains(keyword) ? "" : " ";
    }

    private List<Proposal> attributes(String[] chain, String typed, int start) {
        Object target = evaluate(chain);
        if (target == null) {
            return List.of();
        }
        List<String> names = Attributes.names(target);
        // As rlcompleter: no _names unless asked for, no __names__ after a single _, but all of
        // them rather than nothing.
        String hidden = typed.isEmpty() ? "_" : typed.equals("_") ? "__" : null;
        List<Proposal> out = new ArrayList<>();
        while (true) {
            for (String name : names) {
                if (name.startsWith(typed) && (hidden == null || !name.startsWith(hidden))) {
                    out.add(attribute(target, name, start));
                }
            }
            if (!out.isEmpty() || hidden == null) {
                return out;
            }
            hidden = hidden.equals("_") ? "__" : null;
        }
    }

    /** An attribute's proposal; a property's getter is not run to describe it. */
    private static Proposal attribute(Object target, String name, int start) {
        if (!(target instanceof PyType) && Ops.typeOf(target).lookup(name) instanceof PyProperty) {
            return new Proposal(start, name, name, "attributes", "property");
        }
        Object value;
        try {
            value = Attributes.find(target, name);
        } catch (RuntimeException e) {
            value = null;
        }
        String description = value == null ? null : Ops.typeName(value);
        return new Proposal(start, name + callSuffix(value), name, "attributes", description);
    }

    /** {@code a.b.c} by a name lookup and attribute lookups, or null when a step fails or raises. */
    private Object evaluate(String[] chain) {
        for (String part : chain) {
            if (!Identifiers.isIdentifier(part)) {
                return null;
            }
        }
        Object value = interpreter.mainModule().namespace().get(chain[0]);
        if (value == null) {
            value = interpreter.builtins().get(chain[0]);
        }
        for (int i = 1; value != null && i < chain.length; i++) {
            try {
                value = Attributes.find(value, chain[i]);
            } catch (RuntimeException | StackOverflowError e) {
                return null; // a property or __getattr__ that raises: no completions, no error
            }
        }
        return value;
    }

    /** {@code (} for a callable, {@code ()} for a function that takes no arguments, else nothing. */
    static String callSuffix(Object value) {
        if (value == null || !Ops.isCallable(value)) {
            return "";
        }
        if (value instanceof PyFunction f && f.code().parameterCount() == 0) {
            return "()";
        }
        if (value instanceof PyBoundMethod m && m.function() instanceof PyFunction f
                && f.code().parameterCount() == 1) {
            return "()";
        }
        return "(";
    }
}
