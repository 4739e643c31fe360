package dev.tint.eval.stdlib;

import dev.tint.eval.objects.PyInstance;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyDict;
import dev.tint.eval.runtime.PyModule;
import dev.tint.eval.runtime.PyNone;
import java.util.Map;

/** {@code _tint_copy}: making an instance without calling __init__, and its attribute dict. */
public final class CopyNative {
    private CopyNative() {}

    public static PyModule create() {
        PyModule m = Natives.module("_tint_copy", "Instance support for the copy module.");
        Natives.def(m, "is_instance", (a, k) -> {
            Natives.exactlyOne("is_instance", a, k);
            return a[0] instanceof PyInstance;
        });
        Natives.def(m, "new_like", (a, k) -> {
            Natives.exactlyOne("new_like", a, k);
            if (!(a[0] instanceof PyInstance inst)) {
                throw Errors.type("cannot copy '%s' object", Ops.typeName(a[0]));
            }
            Object b = inst.backing();
            if (b != null) { // a list or dict subclass: an empty one, filled by the copy module
                return new PyInstance(inst.type(), b instanceof PyDict ? new PyDict() : new dev.tint.eval.runtime.PyList());
            }
            return new PyInstance(inst.type());
        });
        Natives.def(m, "get_dict", (a, k) -> {
            Natives.exactlyOne("get_dict", a, k);
            PyDict d = new PyDict();
            if (a[0] instanceof PyInstance inst) {
                PyDict attrs = inst.dict();
                for (int i = attrs.nextEntry(0); i >= 0; i = attrs.nextEntry(i + 1)) {
                    d.put(attrs.keyAt(i), attrs.valueAt(i));
                }
            }
            return d;
        });
        Natives.def(m, "set_dict", (a, k) -> {
            Natives.exactly("set_dict", a, k, 2);
            PyInstance inst = (PyInstance) a[0];
            PyDict d = (PyDict) a[1];
            for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
                inst.storeDirect((String) d.keyAt(i), d.valueAt(i));
            }
            return PyNone.NONE;
        });
        Natives.def(m, "id", (a, k) -> {
            Natives.exactlyOne("id", a, k);
            return (long) System.identityHashCode(a[0]);
        });
        return m;
    }
}
