package dev.tint.eval.objects;

import dev.tint.eval.nodes.PyFunction;
import dev.tint.eval.runtime.PyBoundMethod;
import dev.tint.eval.runtime.PyDescriptor;
import dev.tint.eval.runtime.PyType;

/** How a class attribute becomes the value seen through an instance or the class. */
public final class Methods {
    private Methods() {}

    /** The function inside a method-like wrapper (plain, static, class method or property getter). */
    static PyFunction functionOf(Object v) {
        if (v instanceof PyFunction fn) {
            return fn;
        }
        if (v instanceof PyStaticMethod s && s.function() instanceof PyFunction fn) {
            return fn;
        }
        if (v instanceof PyClassMethod c && c.function() instanceof PyFunction fn) {
            return fn;
        }
        if (v instanceof PyProperty p && p.getter() instanceof PyFunction fn) {
            return fn;
        }
        return null;
    }

    /** A class attribute accessed through instance (or through the class when instance is null). */
    public static Object bind(Object attr, Object instance, PyType owner) {
        if (attr instanceof PyFunction || attr instanceof dev.tint.eval.runtime.PyMethodDescriptor) {
            return instance == null ? attr : new PyBoundMethod(instance, attr);
        }
        if (attr instanceof PyDescriptor d) {
            return d.get(instance, owner);
        }
        return attr;
    }
}
