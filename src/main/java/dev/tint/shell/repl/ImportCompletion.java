package dev.tint.shell.repl;

import dev.tint.eval.Interpreter;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyList;
import dev.tint.eval.runtime.PyModule;
import dev.tint.eval.runtime.PyTuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Import statements: module names after {@code import} and {@code from} (submodules after
 * {@code pkg.}), the {@code import} keyword after {@code from m}, and after
 * {@code from m import} the public names of {@code m}. A module is imported for that only when it
 * is already in {@code sys.modules} or is a bundled standard library module that nothing on the
 * search path shadows: completion never runs the user's module code.
 */
final class ImportCompletion {
    private static final String ALIAS = "(?:\\s+as\\s+\\w+)?\\s*,\\s*";
    private static final Pattern IMPORT = Pattern.compile("(?U)import\\s+(?:[\\w.]+" + ALIAS + ")*([\\w.]*)");
    private static final Pattern FROM_MODULE = Pattern.compile("(?U)from\\s+([\\w.]*)");
    private static final Pattern FROM_KEYWORD = Pattern.compile("(?U)from\\s+[\\w.]+\\s+(\\w*)");
    private static final Pattern FROM_NAMES =
            Pattern.compile("(?U)from\\s+([\\w.]+)\\s+import\\s+(?:\\(\\s*)?(?:\\w+" + ALIAS + ")*(\\w*)");

    private final Interpreter interpreter;
    private final ModuleIndex modules;

    ImportCompletion(Interpreter interpreter) {
        this.interpreter = interpreter;
        this.modules = new ModuleIndex(interpreter);
    }

    /**
     * Proposals when the statement being typed is an import; null when it is not one (an import
     * where nothing fits, {@code import m as}, gets an empty list).
     */
    List<Proposal> propose(String before, int statementStart) {
        String statement = before.substring(statementStart);
        int offset = statementStart + statement.length() - statement.stripLeading().length();
        statement = statement.stripLeading();
        if (!startsWithKeyword(statement, "import") && !startsWithKeyword(statement, "from")) {
            return null;
        }
        Matcher m = IMPORT.matcher(statement);
        if (m.matches()) {
            return moduleNames(m.group(1), offset + m.start(1));
        }
        m = FROM_MODULE.matcher(statement);
        if (m.matches()) {
            return moduleNames(m.group(1), offset + m.start(1));
        }
        m = FROM_KEYWORD.matcher(statement);
        if (m.matches()) {
            return "import".startsWith(m.group(1))
                    ? List.of(new Proposal(offset + m.start(1), "import ", "import", "keywords", "keyword"))
                    : List.of();
        }
        m = FROM_NAMES.matcher(statement);
        if (m.matches()) {
            return members(m.group(1), m.group(2), offset + m.start(2));
        }
        return List.of();
    }

    private static boolean startsWithKeyword(String s, String keyword) {
        return s.startsWith(keyword) && s.length() > keyword.length()
                && Character.isWhitespace(s.charAt(keyword.length()));
    }

    private List<Proposal> moduleNames(String dotted, int start) {
        if (dotted.startsWith(".")) {
            return List.of(); // relative imports: no package to look in at the prompt
        }
        int dot = dotted.lastIndexOf('.');
        Map<String, String> names = dot < 0 ? modules.topLevel() : modules.submodules(dotted.substring(0, dot));
        String typed = dotted.substring(dot + 1);
        List<Proposal> out = new ArrayList<>();
        for (Map.Entry<String, String> e : names.entrySet()) {
            if (Identifiers.offered(e.getKey(), typed)) {
                out.add(new Proposal(start + dot + 1, e.getKey(), e.getKey(), "modules", e.getValue()));
            }
        }
        return out;
    }

    private List<Proposal> members(String moduleName, String typed, int start) {
        PyModule module = importable(moduleName);
        if (module == null) {
            return List.of();
        }
        List<Proposal> out = new ArrayList<>();
        for (String name : publicNames(module, typed)) {
            Object value = module.findAttribute(name);
            out.add(new Proposal(start, name, name, "attributes", value == null ? null : Ops.typeName(value)));
        }
        for (Map.Entry<String, String> e : modules.submodules(moduleName).entrySet()) {
            if (Identifiers.offered(e.getKey(), typed) && module.findAttribute(e.getKey()) == null) {
                out.add(new Proposal(start, e.getKey(), e.getKey(), "modules", e.getValue()));
            }
        }
        return out;
    }

    /** The module, if it is loaded or can be imported without running user code; else null. */
    private PyModule importable(String name) {
        PyModule loaded = interpreter.modules().get(name);
        if (loaded != null) {
            return loaded;
        }
        if (name.startsWith(".") || !modules.isBundled(name) || modules.anyBundledShadowed()) {
            return null;
        }
        try {
            return interpreter.importModule(name, null);
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    /** {@code __all__} when the module has one, else its names without a leading underscore. */
    private static List<String> publicNames(PyModule module, String typed) {
        List<String> out = new ArrayList<>();
        Object all = module.findAttribute("__all__");
        Object[] listed = all instanceof PyList list ? listItems(list) : all instanceof PyTuple t ? t.items() : null;
        if (listed != null) {
            for (Object o : listed) {
                if (o instanceof String s && s.startsWith(typed)) {
                    out.add(s);
                }
            }
            return out;
        }
        for (String name : module.namespace().boundNames()) {
            if (Identifiers.offered(name, typed)) {
                out.add(name);
            }
        }
        out.sort(null);
        return out;
    }

    private static Object[] listItems(PyList list) {
        Object[] items = new Object[list.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = list.get(i);
        }
        return items;
    }
}
