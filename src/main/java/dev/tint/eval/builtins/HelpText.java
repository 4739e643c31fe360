package dev.tint.eval.builtins;

import dev.tint.error.ScriptError;
import dev.tint.eval.nodes.PyFunction;
import dev.tint.eval.objects.PyClass;
import dev.tint.eval.objects.PyClassMethod;
import dev.tint.eval.objects.PyProperty;
import dev.tint.eval.objects.PyStaticMethod;
import dev.tint.eval.runtime.CodeInfo;
import dev.tint.eval.runtime.Namespace;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyBoundMethod;
import dev.tint.eval.runtime.PyBuiltin;
import dev.tint.eval.runtime.PyMethodDescriptor;
import dev.tint.eval.runtime.PyModule;
import dev.tint.eval.runtime.PyNone;
import dev.tint.eval.runtime.PyType;
import dev.tint.source.Source;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pages {@code help(obj)} prints: a port of CPython 3.13's pydoc text rendering (as seen
 * when stdout is not a terminal: no pager, no bold) for the objects Tint has: functions,
 * lambdas, methods, classes with their sections and what they inherit, modules, and instances
 * (the page of their class).
 */
public final class HelpText {
    /** CPython's sys.builtin_module_names among the modules Tint has. */
    private static final Set<String> BUILTIN_MODULES = Set.of("builtins", "sys", "itertools", "time");
    private static final Set<String> HIDDEN_NAMES = Set.of("__author__", "__builtins__", "__cached__",
            "__credits__", "__date__", "__doc__", "__file__", "__spec__", "__loader__", "__module__", "__name__",
            "__package__", "__path__", "__qualname__", "__slots__", "__version__", "__static_attributes__",
            "__firstlineno__");
    private static final String RULE = "-".repeat(70);

    /** What help() with no argument prints: CPython starts its interactive help utility instead. */
    public static final String NO_ARGUMENT = String.join("\n",
            "Tint has no interactive help utility (CPython's help() with no argument starts one).",
            "  help(obj)   the documentation of a function, class, method, module or object,",
            "              as CPython shows it: help(print), help(MyClass), help(math)",
            "  help        typed alone in the REPL: its keys and : commands (also :help)",
            "");

    /** What help("text") prints: Tint has none of pydoc's topics, keywords or names looked up by string. */
    public static String topic(String text) {
        return "help(" + dev.tint.eval.runtime.Reprs.repr(text) + "): help on topics, keywords and names given as"
                + " strings is not available in Tint; use help(object), e.g. help(print)\n";
    }

    private final Map<String, PyModule> modules;
    private final Namespace builtins;

    public HelpText(Map<String, PyModule> modules, Namespace builtins) {
        this.modules = modules;
        this.builtins = builtins;
    }

    /** What {@code help(thing)} writes: pydoc's render_doc page plus the newline help() adds. */
    public String page(Object thing) {
        return renderDoc(thing) + "\n";
    }

    // ---------------------------------------------------------------- render_doc

    private String renderDoc(Object object) {
        Object n = object instanceof PyProperty p ? (p.getter() == PyNone.NONE ? null : Ops.findAttr(p.getter(), "__name__"))
                : Ops.findAttr(object, "__name__");
        String name = n instanceof String s ? s : null;
        String desc = describe(object);
        Object module = getModule(object);
        if (name != null && name.contains(".")) {
            desc += " in " + name.substring(0, name.lastIndexOf('.'));
        } else if (module != null && module != object) {
            desc += " in module " + moduleName(module);
        }
        if (!(object instanceof PyModule || object instanceof PyType || isRoutine(object)
                || object instanceof PyProperty || rawDoc(object) != null)) {
            object = Ops.typeOf(object);
            desc += " object";
        }
        return "Help on " + desc + ":\n\n" + document(object, name, null, null, null);
    }

    private String describe(Object thing) {
        if (thing instanceof PyModule m) {
            if (BUILTIN_MODULES.contains(m.name())) {
                return "built-in module " + m.name();
            }
            return (m.findAttribute("__path__") != null ? "package " : "module ") + m.name();
        }
        if (isBuiltin(thing)) {
            return "built-in function " + routineName(thing);
        }
        if (thing instanceof PyType t) {
            return "class " + t.name();
        }
        if (thing instanceof PyFunction f) {
            return "function " + f.name();
        }
        if (thing instanceof PyBoundMethod) {
            return "method " + routineName(thing);
        }
        return Ops.typeName(thing);
    }

    private String document(Object object, String name, String mod, PyType cl, PyType homecls) {
        if (object instanceof PyModule m) {
            return docModule(m);
        }
        if (object instanceof PyType t) {
            return docClass(t, name, mod);
        }
        if (isRoutine(object)) {
            return docRoutine(object, name, mod, cl, homecls);
        }
        if (object instanceof PyProperty) {
            return docData(object, name);
        }
        return docOther(object, name, -1, null);
    }

    // ---------------------------------------------------------------- kinds of objects

    private static boolean isRoutine(Object o) {
        return o instanceof PyFunction || o instanceof PyBoundMethod || o instanceof PyBuiltin
                || o instanceof PyMethodDescriptor;
    }

    /** inspect.isbuiltin: a built-in function, or a built-in method bound to its object. */
    private static boolean isBuiltin(Object o) {
        return o instanceof PyBuiltin || o instanceof PyBoundMethod m && m.function() instanceof PyMethodDescriptor;
    }

    /** inspect.ismethod: a Python function bound to an object (or a class, for class methods). */
    private static boolean isMethod(Object o) {
        return o instanceof PyBoundMethod m && !(m.function() instanceof PyMethodDescriptor);
    }

    private static String routineName(Object o) {
        if (o instanceof PyBuiltin b) {
            return b.name();
        }
        if (o instanceof PyMethodDescriptor d) {
            return d.name();
        }
        Object n = Ops.findAttr(o, "__name__");
        return n instanceof String s ? s : "";
    }

    /** inspect.getmodule: the module an object was defined in (a PyModule, or "builtins"), or null. */
    private Object getModule(Object o) {
        if (o instanceof PyModule) {
            return o;
        }
        String name = null;
        if (o instanceof PyType t) {
            name = t.module();
        } else if (o instanceof PyBuiltin b) {
            BuiltinTypeDocs.Member f = moduleFunction(b);
            if (f != null && f.kind().startsWith("function:")) {
                return f.kind().substring(9); // defined in a C module Tint does not have, e.g. _heapq
            }
            return moduleOfBuiltin(o);
        } else if (o instanceof PyFunction || isMethod(o) || Ops.typeOf(o) instanceof PyClass) {
            Object m = Ops.findAttr(o, "__module__");
            name = m instanceof String s ? s : null;
        }
        if (name == null) {
            return null;
        }
        if (name.equals("builtins")) {
            return "builtins";
        }
        return modules.get(name);
    }

    /** The module whose namespace holds a built-in function (Tint's built-ins do not record it). */
    private Object moduleOfBuiltin(Object b) {
        for (String n : builtins.boundNames()) {
            if (builtins.get(n) == b) {
                return "builtins";
            }
        }
        PyModule main = null;
        for (PyModule m : modules.values()) {
            for (String n : m.namespace().boundNames()) {
                if (m.namespace().get(n) == b) {
                    if (!m.name().equals("__main__")) {
                        return m;
                    }
                    main = m; // a script's variable may hold it too: its module is the other one
                }
            }
        }
        return main;
    }

    /** CPython's signature and docstring of a function of a Java-native module (math.sqrt), or null. */
    private BuiltinTypeDocs.Member moduleFunction(PyBuiltin b) {
        if (moduleOfBuiltin(b) instanceof PyModule m) {
            Map<String, BuiltinTypeDocs.Member> functions = BuiltinTypeDocs.members("module:" + m.name());
            return functions == null ? null : functions.get(b.name());
        }
        return null;
    }

    private static String moduleName(Object module) {
        return module instanceof PyModule m ? m.name() : module.toString();
    }

    private static String moduleOf(Object o) {
        Object m = Ops.findAttr(o, "__module__");
        return m instanceof String s ? s : null;
    }

    /** pydoc.classname: a class's name, qualified by its module when that is not modname. */
    private static String className(PyType c, String modname) {
        return c.module().equals(modname) ? c.name() : c.module() + "." + c.name();
    }

    // ---------------------------------------------------------------- routines

    private String docRoutine(Object object, String name, String mod, PyType cl, PyType homecls) {
        String realname = routineName(object);
        if (name == null) {
            name = realname;
        }
        if (homecls == null) {
            homecls = cl;
        }
        String note = "";
        boolean skipdocs = false;
        Object imfunc = null;
        if (object instanceof PyBoundMethod bm && (isMethod(bm) || !(bm.self() instanceof PyModule))) {
            Object imself = bm.self();
            if (imself == cl && cl != null) {
                imfunc = isMethod(bm) ? bm.function() : null;
            } else if (imself instanceof PyType t) {
                note = " class method of " + className(t, mod);
            } else {
                note = " method of " + className(Ops.typeOf(imself), mod) + " instance";
            }
        } else if (object instanceof PyMethodDescriptor d) {
            if (cl == null) {
                note = " unbound " + className(d.owner(), mod) + " method";
            } else if (d.owner() != homecls) {
                note = " from " + className(d.owner(), mod);
            }
        } else {
            imfunc = object;
        }
        if (imfunc instanceof PyFunction f && homecls != null
                && (!String.valueOf(moduleOf(f)).equals(homecls.module())
                || !f.qualname().equals(homecls.qualname() + "." + realname))) {
            String pname = parentName(f, mod);
            if (pname != null) {
                note = " from " + pname;
            }
        }
        String title;
        if (name.equals(realname)) {
            title = realname;
        } else {
            if (cl != null && rawClassAttribute(cl, realname) == object) {
                skipdocs = true;
                if (note.startsWith(" from ")) {
                    note = "";
                }
            }
            title = name + " = " + realname;
        }
        BuiltinTypeDocs.Member fromTable = object instanceof PyBuiltin b ? moduleFunction(b) : null;
        String argspec = fromTable == null ? HelpSignature.argspec(object)
                : fromTable.entry().equals("-") ? null : fromTable.entry();
        if (argspec != null && realname.equals("<lambda>")) {
            title = name + " lambda ";
            argspec = argspec.substring(1, argspec.length() - 1);
        }
        if (argspec == null || argspec.isEmpty()) {
            argspec = "(...)";
        }
        String decl = title + argspec + note;
        if (skipdocs) {
            return decl + "\n";
        }
        String doc = getdoc(object);
        return decl + "\n" + (doc.isEmpty() ? "" : rstrip(indent(doc, "    ")) + "\n");
    }

    /** pydoc.parentname: the enclosing class's (qualified) name, or the module's when it is not modname. */
    private static String parentName(PyFunction f, String modname) {
        String module = String.valueOf(moduleOf(f));
        String q = f.qualname();
        if (q.contains(".")) {
            String n = q.substring(0, q.lastIndexOf('.'));
            return module.equals(modname) ? n : module + "." + n;
        }
        return module.equals(modname) ? null : module;
    }

    /** inspect.getattr_static on a class: the value in the first class dict along the MRO holding name. */
    private static Object rawClassAttribute(PyType cl, String name) {
        for (PyType t = cl; t != null; t = t.base()) {
            if (t instanceof PyClass && t.dict().containsKey(name)) {
                return t.dict().get(name);
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- data

    private String docData(Object object, String name) {
        StringBuilder sb = new StringBuilder();
        if (name != null) {
            sb.append(name).append('\n');
        }
        String doc = getdoc(object);
        if (!doc.isEmpty()) {
            sb.append(indent(doc, "    ")).append('\n');
        }
        return sb.toString();
    }

    /** pydoc's docother: {@code name = repr}, cut to maxlen (negative: not cut), and the value's doc. */
    private String docOther(Object object, String name, int maxlen, String doc) {
        String repr = HelpRepr.repr(object);
        if (maxlen >= 0) {
            String line = (name != null ? name + " = " : "") + repr;
            int chop = maxlen - line.length();
            if (chop < 0) {
                repr = repr.substring(0, Math.max(0, repr.length() + chop)) + "...";
            }
        }
        String line = (name != null ? name + " = " : "") + repr;
        if (doc == null || doc.isEmpty()) {
            doc = getdoc(object);
        }
        if (!doc.isEmpty()) {
            line += "\n" + indent(doc, "    ") + "\n";
        }
        return line;
    }

    // ---------------------------------------------------------------- classes

    /** One attribute of a class as inspect.classify_class_attrs (with pydoc's fix-ups) sees it. */
    private record Attr(String name, String kind, PyType home, Object value) {}

    /** The synthesized __dict__ and __weakref__ descriptors of a class's instances. */
    private record SlotDescriptor(String doc) {}

    private static final SlotDescriptor DICT = new SlotDescriptor("dictionary for instance variables");
    private static final SlotDescriptor WEAKREF = new SlotDescriptor("list of weak references to the object");

    private static List<PyType> mro(PyType t) {
        List<PyType> out = new ArrayList<>();
        for (PyType p = t; p != null; p = p.base()) {
            out.add(p);
        }
        if (out.get(out.size() - 1) != PyType.OBJECT) {
            out.add(PyType.OBJECT);
        }
        return out;
    }

    /** The names in a class's own __dict__, with their values (BuiltinTypeDocs.Member for built-in types). */
    private static Map<String, Object> ownMembers(PyType t) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, BuiltinTypeDocs.Member> table = t instanceof PyClass ? null : BuiltinTypeDocs.members(t.name());
        if (table != null && "builtins".equals(t.module())) {
            out.putAll(table);
            return out;
        }
        out.putAll(t.dict());
        if (t instanceof PyClass) {
            if (!(t.base() instanceof PyClass)) {
                out.put("__weakref__", WEAKREF);
                if (t.base() == PyType.OBJECT) {
                    out.put("__dict__", DICT);
                }
            }
        }
        return out;
    }

    private List<Attr> classifyClassAttrs(PyType cls) {
        Map<String, Attr> found = new LinkedHashMap<>();
        for (PyType t : mro(cls)) {
            for (Map.Entry<String, Object> e : ownMembers(t).entrySet()) {
                if (found.containsKey(e.getKey())) {
                    continue;
                }
                Object v = e.getValue();
                String kind;
                if (v instanceof BuiltinTypeDocs.Member m) {
                    kind = m.kind() == null ? "-" : m.kind();
                } else if (v instanceof SlotDescriptor) {
                    kind = "data descriptor";
                } else if (v instanceof PyStaticMethod) {
                    kind = "static method";
                } else if (v instanceof PyClassMethod) {
                    kind = "class method";
                } else if (v instanceof PyProperty p) {
                    kind = p.setter() == PyNone.NONE ? "readonly property" : "data descriptor";
                } else if (v instanceof dev.tint.eval.runtime.PyDescriptor) {
                    kind = "data descriptor";
                } else if (isRoutine(v)) {
                    kind = v instanceof PyBoundMethod ? "static method" : "method";
                } else {
                    kind = "data";
                }
                found.put(e.getKey(), new Attr(e.getKey(), kind, t, v));
            }
        }
        return new ArrayList<>(found.values());
    }

    private static boolean visibleName(String name, List<String> all, Object obj) {
        if (HIDDEN_NAMES.contains(name)) {
            return false;
        }
        if (name.startsWith("__") && name.endsWith("__")) {
            return true;
        }
        if (name.startsWith("_") && obj != null && Ops.findAttr(obj, "_fields") != null) {
            return true;
        }
        if (all != null) {
            return all.contains(name);
        }
        return !name.startsWith("_");
    }

    private String docClass(PyType object, String name, String mod) {
        String realname = object.name();
        if (name == null) {
            name = realname;
        }
        String title = name.equals(realname) ? "class " + realname : name + " = class " + realname;
        PyType base = object.base() == null && object != PyType.OBJECT ? PyType.OBJECT : object.base();
        if (base != null) {
            title += "(" + className(base, object.module()) + ")";
        }
        List<String> contents = new ArrayList<>();
        String argspec = HelpSignature.argspec(object);
        if (argspec != null && !argspec.equals("()")) {
            contents.add(name + argspec + "\n");
        }
        String doc = getdoc(object);
        if (!doc.isEmpty()) {
            contents.add(doc + "\n");
        }
        Deque<PyType> mro = new ArrayDeque<>(mro(object));
        if (mro.size() > 2) {
            contents.add("Method resolution order:");
            for (PyType t : mro) {
                contents.add("    " + className(t, object.module()));
            }
            contents.add("");
        }
        List<String> subclasses = new ArrayList<>();
        for (PyType sub : object.subclasses()) {
            if (!sub.name().startsWith("_") && "builtins".equals(sub.module())) {
                subclasses.add(sub.name());
            }
        }
        subclasses.sort(Comparator.comparing(s -> s.toLowerCase(java.util.Locale.ROOT)));
        if (!subclasses.isEmpty()) {
            contents.add("Built-in subclasses:");
            for (String s : subclasses.subList(0, Math.min(4, subclasses.size()))) {
                contents.add("    " + s);
            }
            if (subclasses.size() > 4) {
                contents.add("    ... and " + (subclasses.size() - 4) + " other subclasses");
            }
            contents.add("");
        }

        boolean[] needRule = {false};
        List<Attr> attrs = new ArrayList<>();
        for (Attr a : classifyClassAttrs(object)) {
            if (visibleName(a.name(), null, object)) {
                attrs.add(a);
            }
        }
        while (!attrs.isEmpty()) {
            PyType thisclass = mro.isEmpty() ? attrs.get(0).home() : mro.pollFirst();
            List<Attr> mine = new ArrayList<>();
            List<Attr> inherited = new ArrayList<>();
            for (Attr a : attrs) {
                (a.home() == thisclass ? mine : inherited).add(a);
            }
            if (object != PyType.OBJECT && thisclass == PyType.OBJECT) {
                attrs = inherited;
                continue;
            }
            String tag = thisclass == object ? "defined here" : "inherited from " + className(thisclass, object.module());
            mine.sort(Comparator.comparing(Attr::name));
            mine = spill(contents, needRule, "Methods " + tag + ":\n", mine, "method", object, mod);
            mine = spill(contents, needRule, "Class methods " + tag + ":\n", mine, "class method", object, mod);
            mine = spill(contents, needRule, "Static methods " + tag + ":\n", mine, "static method", object, mod);
            mine = spill(contents, needRule, "Readonly properties " + tag + ":\n", mine, "readonly property", object, mod);
            mine = spill(contents, needRule, "Data descriptors " + tag + ":\n", mine, "data descriptor", object, mod);
            spill(contents, needRule, "Data and other attributes " + tag + ":\n", mine, "data", object, mod);
            attrs = inherited;
        }
        String text = String.join("\n", contents);
        if (text.isEmpty()) {
            return title + "\n";
        }
        return title + "\n" + indent(rstrip(text), " |  ") + "\n";
    }

    /** One section of a class page (pydoc's spill, spilldescriptors and spilldata). */
    private List<Attr> spill(List<String> contents, boolean[] needRule, String msg, List<Attr> attrs, String kind,
                             PyType object, String mod) {
        List<Attr> ok = new ArrayList<>();
        List<Attr> rest = new ArrayList<>();
        for (Attr a : attrs) {
            (a.kind().equals(kind) ? ok : rest).add(a);
        }
        if (ok.isEmpty()) {
            return rest;
        }
        if (needRule[0]) {
            contents.add(RULE);
        }
        needRule[0] = true;
        contents.add(msg);
        for (Attr a : ok) {
            if (a.value() instanceof BuiltinTypeDocs.Member m) {
                contents.add(m.entry());
            } else if (a.value() instanceof SlotDescriptor d) {
                contents.add(a.name() + "\n" + indent(d.doc(), "    ") + "\n");
            } else if (kind.equals("readonly property") || kind.equals("data descriptor")) {
                contents.add(docData(a.value(), a.name()));
            } else if (kind.equals("data")) {
                String doc = getdoc(a.value());
                contents.add(docOther(classAttribute(object, a.name(), a.value()), a.name(), 70, doc) + "\n");
            } else {
                Object value = classAttribute(object, a.name(), a.value());
                contents.add(document(value, a.name(), mod, object, a.home()));
            }
        }
        return rest;
    }

    /** getattr(cls, name): the attribute as seen through the class (descriptors applied). */
    private static Object classAttribute(PyType cls, String name, Object raw) {
        try {
            Object v = Ops.findAttr(cls, name);
            return v == null ? raw : v;
        } catch (ScriptError e) {
            return raw;
        }
    }

    // ---------------------------------------------------------------- modules

    private String docModule(PyModule object) {
        String name = object.name();
        String[] split = splitDoc(getdoc(object));
        StringBuilder result = new StringBuilder(section("NAME", name + (split[0].isEmpty() ? "" : " - " + split[0])));
        List<String> all = null;
        Object allValue = object.findAttribute("__all__");
        if (allValue != null) {
            all = new ArrayList<>();
            try {
                for (Object v : listOf(allValue)) {
                    all.add(Ops.str(v));
                }
            } catch (ScriptError e) {
                all = null;
            }
        }
        if (isStdlib(object)) {
            result.append(section("MODULE REFERENCE", "https://docs.python.org/3.13/library/"
                    + name.toLowerCase(java.util.Locale.ROOT) + ".html\n\n"
                    + "The following documentation is automatically generated from the Python\n"
                    + "source files.  It may be incomplete, incorrect or include features that\n"
                    + "are considered implementation detail and may vary between Python\n"
                    + "implementations.  When in doubt, consult the module reference at the\n"
                    + "location listed above.\n"));
        }
        if (!split[1].isEmpty()) {
            result.append(section("DESCRIPTION", split[1]));
        }
        Map<String, Object> members = new java.util.TreeMap<>();
        for (String n : object.attributeNames()) {
            Object v = object.findAttribute(n);
            if (v != null) {
                members.put(n, v);
            }
        }
        List<Map.Entry<String, PyType>> classes = new ArrayList<>();
        List<Map.Entry<String, Object>> funcs = new ArrayList<>();
        List<Map.Entry<String, Object>> data = new ArrayList<>();
        for (Map.Entry<String, Object> e : members.entrySet()) {
            Object v = e.getValue();
            String key = e.getKey();
            if (v instanceof PyType t) {
                if ((all != null || (getModule(v) == null ? object : getModule(v)) == object)
                        && visibleName(key, all, object)) {
                    classes.add(Map.entry(key, t));
                }
            } else if (isRoutine(v)) {
                if ((all != null || (getModule(v) == null ? object : getModule(v)) == object)
                        && visibleName(key, all, object)) {
                    funcs.add(Map.entry(key, v));
                }
            } else if (!(v instanceof PyModule) && visibleName(key, all, object)) {
                data.add(Map.entry(key, v));
            }
        }
        if (!classes.isEmpty()) {
            List<PyType> list = new ArrayList<>();
            for (Map.Entry<String, PyType> e : classes) {
                list.add(e.getValue());
            }
            List<String> contents = new ArrayList<>();
            contents.add(formatTree(classTree(list), name, null, ""));
            for (Map.Entry<String, PyType> e : classes) {
                contents.add(docClass(e.getValue(), e.getKey(), name));
            }
            result.append(section("CLASSES", String.join("\n", contents)));
        }
        if (!funcs.isEmpty()) {
            List<String> contents = new ArrayList<>();
            for (Map.Entry<String, Object> e : funcs) {
                contents.add(document(e.getValue(), e.getKey(), name, null, null));
            }
            result.append(section("FUNCTIONS", String.join("\n", contents)));
        }
        if (!data.isEmpty()) {
            List<String> contents = new ArrayList<>();
            for (Map.Entry<String, Object> e : data) {
                contents.add(docOther(e.getValue(), e.getKey(), 70, null));
            }
            result.append(section("DATA", String.join("\n", contents)));
        }
        for (String[] s : new String[][] {{"__version__", "VERSION"}, {"__date__", "DATE"},
                {"__author__", "AUTHOR"}, {"__credits__", "CREDITS"}}) {
            Object v = object.findAttribute(s[0]);
            if (v != null) {
                String text = Ops.str(v);
                if (s[0].equals("__version__") && text.startsWith("$Revision: ") && text.endsWith("$")) {
                    text = text.substring(11, text.length() - 1).strip();
                }
                result.append(section(s[1], text));
            }
        }
        Object file = object.findAttribute("__file__");
        result.append(section("FILE", file instanceof String f ? f : "(built-in)"));
        return result.toString();
    }

    private static List<Object> listOf(Object iterable) {
        List<Object> out = new ArrayList<>();
        dev.tint.eval.runtime.PyIterator it = dev.tint.eval.runtime.Iteration.iter(iterable);
        for (Object v = it.next(); v != null; v = it.next()) {
            out.add(v);
        }
        return out;
    }

    /** A module of the bundled standard library: native, or loaded from {@code <stdlib>/}. */
    private static boolean isStdlib(PyModule m) {
        if (m.name().equals("__main__")) {
            return false;
        }
        Object file = m.findAttribute("__file__");
        return file == null || file instanceof String f && f.startsWith("<stdlib>/");
    }

    /** An entry of inspect.getclasstree: a class and its bases, then (if any) its subclasses' entries. */
    private record TreeEntry(PyType cls, List<TreeEntry> children) {}

    private static List<TreeEntry> classTree(List<PyType> classes) {
        Map<PyType, List<PyType>> children = new LinkedHashMap<>();
        List<PyType> roots = new ArrayList<>();
        for (PyType c : classes) {
            PyType parent = c.base() == null && c != PyType.OBJECT ? PyType.OBJECT : c.base();
            if (parent != null) {
                List<PyType> list = children.computeIfAbsent(parent, k -> new ArrayList<>());
                if (!list.contains(c)) {
                    list.add(c);
                }
            } else if (!roots.contains(c)) {
                roots.add(c);
            }
        }
        for (PyType parent : children.keySet()) {
            if (!classes.contains(parent)) {
                roots.add(parent);
            }
        }
        return walkTree(roots, children);
    }

    private static List<TreeEntry> walkTree(List<PyType> classes, Map<PyType, List<PyType>> children) {
        List<PyType> sorted = new ArrayList<>(classes);
        sorted.sort(Comparator.comparing(PyType::module).thenComparing(PyType::name));
        List<TreeEntry> out = new ArrayList<>();
        for (PyType c : sorted) {
            out.add(new TreeEntry(c, children.containsKey(c) ? walkTree(children.get(c), children) : null));
        }
        return out;
    }

    private static String formatTree(List<TreeEntry> tree, String modname, PyType parent, String prefix) {
        StringBuilder sb = new StringBuilder();
        for (TreeEntry e : tree) {
            sb.append(prefix).append(className(e.cls(), modname));
            PyType base = e.cls().base() == null && e.cls() != PyType.OBJECT ? PyType.OBJECT : e.cls().base();
            if (base != null && base != parent) {
                sb.append('(').append(className(base, modname)).append(')');
            }
            sb.append('\n');
            if (e.children() != null) {
                sb.append(formatTree(e.children(), modname, e.cls(), prefix + "    "));
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- docstrings

    /** pydoc.getdoc: the cleaned docstring (own, else inherited), else the comments above the source. */
    String getdoc(Object object) {
        String result = rawDoc(object);
        if (result == null || result.isEmpty()) {
            result = comments(object);
        }
        if (result == null || result.isEmpty()) {
            return "";
        }
        return rstrip(result).replaceFirst("^ *\n", "");
    }

    /** pydoc._getdoc: the own or inherited docstring, cleaned, or null. */
    private String rawDoc(Object object) {
        String doc = ownDoc(object);
        if (doc == null) {
            try {
                doc = findDoc(object);
            } catch (ScriptError e) {
                return null;
            }
        }
        return doc == null ? null : cleandoc(doc);
    }

    /** pydoc._getowndoc: an object's own __doc__ (not the one its type supplies to instances). */
    private String ownDoc(Object o) {
        Object doc = null;
        if (o instanceof PyFunction f) {
            doc = f.findAttribute("__doc__");
        } else if (o instanceof PyBoundMethod m) {
            doc = m.function() instanceof PyFunction f ? f.findAttribute("__doc__") : null;
        } else if (o instanceof PyClass c) {
            doc = c.dict().get("__doc__");
        } else if (o instanceof PyBuiltin b) {
            doc = b.doc() == null || b.doc().isEmpty() ? null : b.doc();
            BuiltinTypeDocs.Member f = doc == null ? moduleFunction(b) : null;
            if (f != null) {
                doc = f.doc();
            }
        } else if (o instanceof PyModule m) {
            doc = m.findAttribute("__doc__");
        } else if (o instanceof PyProperty p) {
            doc = p.getter() instanceof PyFunction f ? f.findAttribute("__doc__") : null;
        } else if (o instanceof PyStaticMethod s) {
            doc = ownDoc(s.function());
        } else if (o instanceof PyClassMethod c) {
            doc = ownDoc(c.function());
        }
        return doc instanceof String s ? s : null;
    }

    /** pydoc._finddoc: the docstring of what a method or property overrides, along the class's MRO. */
    private String findDoc(Object obj) {
        String name;
        PyType cls;
        if (isMethod(obj)) {
            PyBoundMethod m = (PyBoundMethod) obj;
            name = routineName(m.function());
            if (m.self() instanceof PyType t && Ops.findAttr(t, name) instanceof PyBoundMethod b
                    && b.function() == m.function()) {
                cls = t;
            } else {
                cls = Ops.typeOf(m.self());
            }
        } else if (obj instanceof PyFunction f) {
            name = f.name();
            cls = findClass(f);
            if (cls == null || Ops.findAttr(cls, name) != obj) {
                return null;
            }
        } else if (obj instanceof PyProperty p && p.getter() instanceof PyFunction f) {
            name = f.name();
            cls = findClass(f);
            if (cls == null || Ops.findAttr(cls, name) != obj) {
                return null;
            }
        } else {
            return null;
        }
        for (PyType base : mro(cls)) {
            Map<String, Object> own = ownMembers(base);
            if (!own.containsKey(name)) {
                continue;
            }
            Object v = own.get(name);
            String doc;
            if (v instanceof BuiltinTypeDocs.Member m) {
                doc = m.doc();
            } else if (v instanceof SlotDescriptor d) {
                doc = d.doc();
            } else {
                doc = ownDoc(v);
            }
            if (doc != null) {
                return doc;
            }
        }
        return null;
    }

    /** pydoc._findclass: the class a function's qualified name says it was defined in. */
    private PyType findClass(PyFunction f) {
        PyModule m = modules.get(String.valueOf(moduleOf(f)));
        if (m == null) {
            return null;
        }
        Object cls = m;
        String[] parts = f.qualname().split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            cls = Ops.findAttr(cls, parts[i]);
            if (cls == null) {
                return null;
            }
        }
        return cls instanceof PyType t ? t : null;
    }

    /** inspect.getcomments: the block of comments just above a function's or class's source, or atop a module's. */
    private static String comments(Object object) {
        if (object instanceof PyModule m) {
            return moduleComments(m);
        }
        CodeInfo info = null;
        if (object instanceof PyBoundMethod m && m.function() instanceof PyFunction f) {
            info = f.code().info();
        } else if (object instanceof PyFunction f) {
            info = f.code().info();
        } else if (object instanceof PyClass c) {
            info = c.definition();
        }
        if (info == null || !readable(info.source())) {
            return null;
        }
        String[] lines = info.source().text().split("\n", -1);
        int lnum = info.firstLine() - 1;
        if (lnum <= 0 || lnum >= lines.length) {
            return null;
        }
        int indent = indentSize(lines[lnum]);
        int end = lnum - 1;
        if (!(lines[end].stripLeading().startsWith("#") && indentSize(lines[end]) == indent)) {
            return null;
        }
        List<String> comments = new ArrayList<>();
        comments.add(expandTabs(lines[end]).stripLeading());
        if (end > 0) {
            end--;
            String comment = expandTabs(lines[end]).stripLeading();
            while (comment.startsWith("#") && indentSize(lines[end]) == indent) {
                comments.add(0, comment);
                end--;
                if (end < 0) {
                    break;
                }
                comment = expandTabs(lines[end]).stripLeading();
            }
        }
        while (!comments.isEmpty() && comments.get(0).strip().equals("#")) {
            comments.remove(0);
        }
        while (!comments.isEmpty() && comments.get(comments.size() - 1).strip().equals("#")) {
            comments.remove(comments.size() - 1);
        }
        return comments.isEmpty() ? "" : String.join("\n", comments) + "\n";
    }

    /** The comment block at the top of a module's file (after a #! line and blank lines). */
    private static String moduleComments(PyModule m) {
        String text = moduleSource(m);
        if (text == null) {
            return null;
        }
        String[] lines = text.split("\n", -1);
        int start = lines.length > 0 && lines[0].startsWith("#!") ? 1 : 0;
        while (start < lines.length && (lines[start].strip().isEmpty() || lines[start].strip().equals("#"))) {
            start++;
        }
        if (start < lines.length && lines[start].startsWith("#")) {
            StringBuilder sb = new StringBuilder();
            for (int end = start; end < lines.length && lines[end].startsWith("#"); end++) {
                sb.append(expandTabs(lines[end])).append('\n');
            }
            return sb.toString();
        }
        return null;
    }

    private static String moduleSource(PyModule m) {
        Source source = m.source();
        return source == null || !readable(source) ? null : source.text();
    }

    /** Whether inspect could read the source back: a file (or the bundled library), not {@code <string>} or {@code <stdin>}. */
    private static boolean readable(Source source) {
        String name = source.name();
        return !name.startsWith("<") || name.startsWith("<stdlib>/");
    }

    private static int indentSize(String line) {
        String expanded = expandTabs(line);
        return expanded.length() - expanded.stripLeading().length();
    }

    /** str.expandtabs(): tabs to the next multiple of 8 columns. */
    static String expandTabs(String s) {
        if (s.indexOf('\t') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        int col = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                int n = 8 - col % 8;
                sb.append(" ".repeat(n));
                col += n;
            } else {
                sb.append(c);
                col = c == '\n' || c == '\r' ? 0 : col + 1;
            }
        }
        return sb.toString();
    }

    /** inspect.cleandoc: tabs expanded, the first line's leading spaces and the common indentation of the others removed. */
    static String cleandoc(String doc) {
        String[] lines = expandTabs(doc).split("\n", -1);
        int margin = Integer.MAX_VALUE;
        for (int i = 1; i < lines.length; i++) {
            int content = stripLeadingSpaces(lines[i]).length();
            if (content > 0) {
                margin = Math.min(margin, lines[i].length() - content);
            }
        }
        lines[0] = stripLeadingSpaces(lines[0]);
        if (margin < Integer.MAX_VALUE) {
            for (int i = 1; i < lines.length; i++) {
                lines[i] = lines[i].length() > margin ? lines[i].substring(margin) : "";
            }
        }
        int start = 0;
        int end = lines.length;
        while (end > start && lines[end - 1].isEmpty()) {
            end--;
        }
        while (start < end && lines[start].isEmpty()) {
            start++;
        }
        return String.join("\n", java.util.Arrays.copyOfRange(lines, start, end));
    }

    private static String stripLeadingSpaces(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return s.substring(i);
    }

    /** pydoc.splitdoc: the one-line synopsis (if the doc has one) and the rest. */
    private static String[] splitDoc(String doc) {
        String[] lines = doc.strip().split("\n", -1);
        if (lines.length == 1) {
            return new String[] {lines[0], ""};
        }
        if (lines.length >= 2 && lines[1].stripTrailing().isEmpty()) {
            return new String[] {lines[0], String.join("\n", java.util.Arrays.copyOfRange(lines, 2, lines.length))};
        }
        return new String[] {"", String.join("\n", lines)};
    }

    // ---------------------------------------------------------------- text

    /** TextDoc.indent: each line prefixed, trailing whitespace removed. */
    static String indent(String text, String prefix) {
        if (text.isEmpty()) {
            return "";
        }
        String[] lines = text.split("\n", -1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(rstrip(prefix + lines[i]));
        }
        return sb.toString();
    }

    private static String section(String title, String contents) {
        return title + "\n" + rstrip(indent(contents, "    ")) + "\n\n";
    }

    private static String rstrip(String s) {
        return s.stripTrailing();
    }
}
