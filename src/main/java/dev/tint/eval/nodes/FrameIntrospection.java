package dev.tint.eval.nodes;

import dev.tint.eval.runtime.Cell;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.Frame;
import dev.tint.eval.runtime.PyBuiltin;
import dev.tint.eval.runtime.PyDict;
import dev.tint.eval.runtime.PyList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The builtins that look at the caller's frame: {@code locals()}, {@code globals()},
 * {@code vars()} and {@code dir()} without arguments. A call site that finds one of them
 * answers with its own frame; the builtin alone (called indirectly) cannot see a frame.
 */
public final class FrameIntrospection {
    private static final String[] NAMES = {"locals", "globals", "vars", "dir"};

    private FrameIntrospection() {}

    /** Registers the frame-needing builtins that the builtins module does not define itself. */
    public static void install(dev.tint.eval.runtime.Namespace builtins) {
        for (String name : new String[] {"locals", "globals", "vars"}) {
            if (builtins.get(name) == null) {
                builtins.set(name, new PyBuiltin(name, null, (args, kw) -> {
                    throw Errors.type("%s() must be called directly in Tint", name);
                }));
            }
        }
    }

    /** Whether a zero-argument call to this callee must be answered with the caller's frame. */
    static boolean wants(Object callee) {
        if (callee instanceof PyBuiltin b) {
            String n = b.name();
            for (String x : NAMES) {
                if (x.equals(n)) {
                    return true;
                }
            }
        }
        return false;
    }

    static Object call(Object callee, Frame f) {
        String name = ((PyBuiltin) callee).name();
        switch (name) {
            case "globals":
                return globals(f);
            case "dir": {
                List<String> names = new ArrayList<>();
                PyDict d = f.code.name().equals("<module>") || f.slots.length == 0 && f.function == null
                        ? globals(f) : locals(f);
                for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
                    names.add((String) d.keyAt(i));
                }
                Collections.sort(names);
                PyList out = new PyList();
                names.forEach(out::append);
                return out;
            }
            default:
                return f.function == null && f.classNamespace == null ? globals(f) : locals(f);
        }
    }

    private static PyDict globals(Frame f) {
        PyDict d = new PyDict();
        for (String n : f.globals.boundNames()) {
            d.put(n, f.globals.get(n));
        }
        return d;
    }

    private static PyDict locals(Frame f) {
        PyDict d = new PyDict();
        if (f.classNamespace != null) {
            f.classNamespace.forEach(d::put);
            return d;
        }
        String[] names = f.code.slotNames();
        for (int i = 0; i < names.length && i < f.slots.length; i++) {
            Object v = f.slots[i];
            if (v instanceof Cell c) {
                v = c.value;
            }
            if (v != null) {
                d.put(names[i], v);
            }
        }
        return d;
    }
}
