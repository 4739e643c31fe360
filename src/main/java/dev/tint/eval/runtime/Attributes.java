package dev.tint.eval.runtime;

import dev.tint.error.ScriptError;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Attribute lookup and assignment ({@code obj.name}) for every kind of value. */
public final class Attributes {
    private Attributes() {}

    /** The attribute, or null when there is none. */
    public static Object find(Object obj, String name) {
        if (obj instanceof PyAttributes a) {
            Object v = a.findAttribute(name);
            if (v != null) {
                return v;
            }
        }
        if (obj instanceof PyType t) {
            Object v = typeAttribute(t, name);
            if (v != null) {
                return v;
            }
        }
        PyType type = Ops.typeOf(obj);
        Object v = type.lookup(name);
        if (v != null) {
            if (v instanceof PyMethodDescriptor) {
                return new PyBoundMethod(obj, v);
            }
            if (v instanceof PyDescriptor d) {
                return d.get(obj, type);
            }
            return v;
        }
        if ("__class__".equals(name)) {
            return type;
        }
        return null;
    }

    private static Object typeAttribute(PyType t, String name) {
        switch (name) {
            case "__name__":
                return t.name();
            case "__qualname__":
                return t.qualname();
            case "__bases__":
                return t.base() == null ? PyTuple.EMPTY : PyTuple.of(new Object[] {t.base()});
            case "__dict__":
                PyDict d = new PyDict();
                t.dict().forEach(d::put);
                return d;
            case "__subclasses__":
                return new PyBuiltin("__subclasses__", null, (args, kw) -> {
                    Args.exactly("__subclasses__", args, kw, 0);
                    PyList out = new PyList();
                    for (PyType sub : t.subclasses()) {
                        out.append(sub);
                    }
                    return out;
                });
            case "__module__":
                return t.module();
            case "__base__":
                return t.base() == null ? PyNone.NONE : t.base();
            case "__doc__":
                Object doc = t.lookup("__doc__");
                return doc == null ? PyNone.NONE : doc;
            case "__mro__":
                List<Object> mro = new ArrayList<>();
                for (PyType p = t; p != null; p = p.base()) {
                    mro.add(p);
                }
                if (mro.get(mro.size() - 1) != PyType.OBJECT) {
                    mro.add(PyType.OBJECT);
                }
                return PyTuple.of(mro.toArray());
            default:
                Object v = t.lookup(name);
                if (v instanceof PyDescriptor descriptor) {
                    return descriptor.get(null, t);
                }
                return v;
        }
    }

    public static void store(Object obj, String name, Object value) {
        if (obj instanceof PyAttributes a && a.storeAttribute(name, value)) {
            return;
        }
        if (obj instanceof PyType t) {
            throw Errors.type("cannot set '%s' attribute of immutable type '%s'", name, t.name());
        }
        if (find(obj, name) != null) {
            throw Errors.attribute("'%s' object attribute '%s' is read-only", Ops.typeName(obj), name);
        }
        throw Errors.attribute("'%s' object has no attribute '%s' and no __dict__ for setting new attributes",
                Ops.typeName(obj), name);
    }

    public static void delete(Object obj, String name) {
        if (obj instanceof PyDeletable d && d.deleteAttribute(name)) {
            return;
        }
        if (find(obj, name) == null) {
            throw missing(obj, name);
        }
        throw Errors.attribute("'%s' object attribute '%s' is read-only", Ops.typeName(obj), name);
    }

    /** AttributeError for a missing attribute, remembering what "Did you mean" needs. */
    public static ScriptError missing(Object obj, String name) {
        String message;
        if (obj instanceof PyModule m) {
            message = String.format("module '%s' has no attribute '%s'", m.name(), name);
        } else if (obj instanceof PyType t) {
            message = String.format("type object '%s' has no attribute '%s'", t.name(), name);
        } else {
            message = String.format("'%s' object has no attribute '%s'", Ops.typeName(obj), name);
        }
        ScriptError e = Errors.attribute("%s", message);
        e.exception().setAttribute("name", name);
        e.exception().setAttribute("obj", obj);
        e.exception().suggestionCandidates = () -> names(obj);
        return e;
    }

    /** The names {@code dir(obj)} lists, sorted. */
    public static List<String> names(Object obj) {
        TreeSet<String> out = new TreeSet<>();
        if (obj instanceof PyAttributes a) {
            out.addAll(a.attributeNames());
        }
        if (obj instanceof PyType t) {
            for (PyType p = t; p != null; p = p.base()) {
                out.addAll(p.dict().keySet());
            }
        }
        for (PyType p = Ops.typeOf(obj); p != null; p = p.base()) {
            out.addAll(p.dict().keySet());
        }
        out.add("__class__");
        return new ArrayList<>(out);
    }
}
