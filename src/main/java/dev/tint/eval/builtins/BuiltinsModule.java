package dev.tint.eval.builtins;

import dev.tint.eval.Interpreter;
import dev.tint.eval.runtime.BuiltinFunction;
import dev.tint.eval.runtime.ExceptionTypes;
import dev.tint.eval.runtime.Namespace;
import dev.tint.eval.runtime.NotImplemented;
import dev.tint.eval.runtime.PyBuiltin;
import dev.tint.eval.runtime.PyEllipsis;
import dev.tint.eval.runtime.PyType;
import java.util.Map;

/**
 * Fills an interpreter's builtins namespace: the builtin functions, the built-in types (whose
 * methods and constructors are installed here too) and the exception types.
 */
public final class BuiltinsModule {
    private BuiltinsModule() {}

    private static boolean typesInstalled;

    /** Installs the methods and constructors of the built-in types (once per JVM: the types are shared). */
    public static synchronized void installTypes() {
        if (typesInstalled) {
            return;
        }
        Constructors.install();
        StrMethods.install();
        ListMethods.install();
        DictMethods.install();
        SetMethods.install();
        NumberMethods.install();
        ExceptionMethods.install();
        IteratorBuiltins.install();
        typesInstalled = true;
    }

    public static void install(Interpreter interp) {
        installTypes();
        Namespace b = interp.builtins();

        for (PyType t : new PyType[] {PyType.INT, PyType.BOOL, PyType.FLOAT, PyType.STR, PyType.LIST, PyType.TUPLE,
                PyType.DICT, PyType.SET, PyType.FROZENSET, PyType.RANGE, PyType.SLICE, PyType.OBJECT, PyType.TYPE,
                IteratorBuiltins.MAP, IteratorBuiltins.FILTER, IteratorBuiltins.ZIP, IteratorBuiltins.ENUMERATE,
                IteratorBuiltins.REVERSED}) {
            b.set(t.name(), t);
        }
        for (Map.Entry<String, PyType> e : ExceptionTypes.all().entrySet()) {
            b.set(e.getKey(), e.getValue());
        }
        b.set("NotImplemented", NotImplemented.VALUE);
        b.set("Ellipsis", PyEllipsis.ELLIPSIS);
        b.set("__debug__", Boolean.TRUE);

        IoFunctions io = new IoFunctions(interp);
        function(b, "print", io::print);
        function(b, "input", io::input);
        function(b, "help", io::help);
        b.set("exit", new Quitter("exit"));
        b.set("quit", new Quitter("quit"));

        function(b, "len", CoreFunctions::len);
        function(b, "abs", CoreFunctions::abs);
        function(b, "round", CoreFunctions::round);
        function(b, "divmod", CoreFunctions::divmod);
        function(b, "pow", CoreFunctions::pow);
        function(b, "any", CoreFunctions::any);
        function(b, "all", CoreFunctions::all);
        function(b, "chr", CoreFunctions::chr);
        function(b, "ord", CoreFunctions::ord);
        function(b, "hex", (a, k) -> CoreFunctions.radix("hex", a, k, 16, "0x"));
        function(b, "oct", (a, k) -> CoreFunctions.radix("oct", a, k, 8, "0o"));
        function(b, "bin", (a, k) -> CoreFunctions.radix("bin", a, k, 2, "0b"));
        function(b, "hash", CoreFunctions::hash);
        function(b, "id", CoreFunctions::id);
        function(b, "repr", CoreFunctions::repr);
        function(b, "ascii", CoreFunctions::ascii);
        function(b, "format", CoreFunctions::format);
        function(b, "callable", CoreFunctions::callable);
        function(b, "getattr", CoreFunctions::getattr);
        function(b, "setattr", CoreFunctions::setattr);
        function(b, "hasattr", CoreFunctions::hasattr);
        function(b, "delattr", CoreFunctions::delattr);
        function(b, "dir", CoreFunctions::dir);
        function(b, "isinstance", CoreFunctions::isinstance);
        function(b, "issubclass", CoreFunctions::issubclass);
        function(b, "sorted", CoreFunctions::sorted);
        function(b, "min", (a, k) -> CoreFunctions.minMax(a, k, false));
        function(b, "max", (a, k) -> CoreFunctions.minMax(a, k, true));
        function(b, "sum", CoreFunctions::sum);
        function(b, "iter", IteratorBuiltins::iter);
        function(b, "next", IteratorBuiltins::next);
    }

    private static void function(Namespace b, String name, BuiltinFunction body) {
        b.set(name, new PyBuiltin(name, BuiltinDocs.doc(name), body));
    }
}
