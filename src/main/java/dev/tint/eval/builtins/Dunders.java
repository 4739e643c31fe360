package dev.tint.eval.builtins;

import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyObject;
import dev.tint.eval.runtime.PyType;

/**
 * Calls of special methods ({@code __index__}, {@code __abs__}, {@code __round__} ...) that
 * instances of user classes may define. Built-in values never reach here with such a method:
 * their behaviour is coded directly, so a lookup happens only for objects of types defined
 * outside the builtins module.
 */
final class Dunders {
    private Dunders() {}

    /** Whether o's type comes from Tint code (a class statement) rather than the runtime. */
    static boolean isUserObject(Object o) {
        return o instanceof PyObject && !"builtins".equals(Ops.typeOf(o).module()) && !(o instanceof PyType);
    }

    /** The bound special method, or null when o is built-in or does not define it. */
    static Object find(Object o, String name) {
        if (!isUserObject(o)) {
            return null;
        }
        return Ops.findAttr(o, name);
    }

    /** Calls o.name(args) if defined; null when not. */
    static Object call(Object o, String name, Object... args) {
        Object m = find(o, name);
        return m == null ? null : Ops.call(m, args);
    }

    /** o.__index__() checked to return an int (Long or BigInteger), or null when o has none. */
    static Object index(Object o) {
        return Ops.userIndex(o);
    }
}
