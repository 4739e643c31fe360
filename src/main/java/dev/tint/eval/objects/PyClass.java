package dev.tint.eval.objects;

import dev.tint.eval.nodes.PyFunction;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyBaseException;
import dev.tint.eval.runtime.PyNone;
import dev.tint.eval.runtime.PyType;
import java.util.Map;

/**
 * A class made by a {@code class} statement. Instances are {@link PyInstance}s, or exception
 * objects when the class derives from BaseException. Single inheritance: its MRO is the chain.
 */
public final class PyClass extends PyType implements dev.tint.eval.runtime.PyAttributes {
    public PyClass(String name, PyType base, String module, Map<String, Object> namespace) {
        super(name, base);
        withModule(module);
        PyType kind = null;
        for (PyType t = base; t != null; t = t.base()) {
            if (t == PyType.LIST || t == PyType.DICT) {
                kind = t;
            }
        }
        this.backingKind = kind;
        dict().putAll(namespace);
        if (namespace.containsKey("__eq__") && !namespace.containsKey("__hash__")) {
            dict().put("__hash__", PyNone.NONE); // defining __eq__ alone makes instances unhashable
        }
        for (Object v : namespace.values()) {
            PyFunction fn = Methods.functionOf(v);
            if (fn != null) {
                fn.setDefiningClass(this);
            }
        }
    }

    /** list or dict when the class derives from one (its instances keep their items in one), else null. */
    private final PyType backingKind;

    public PyType backingKind() {
        return backingKind;
    }

    /** The class statement's code (its source and first line), for help(); null for classes made otherwise. */
    private dev.tint.eval.runtime.CodeInfo definition;

    public dev.tint.eval.runtime.CodeInfo definition() {
        return definition;
    }

    public void setDefinition(dev.tint.eval.runtime.CodeInfo definition) {
        this.definition = definition;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        Object self;
        if (isExceptionType()) {
            self = new UserException(this, args);
        } else if (backingKind != null) {
            self = new PyInstance(this, backingKind == PyType.LIST ? new dev.tint.eval.runtime.PyList()
                    : new dev.tint.eval.runtime.PyDict());
        } else {
            self = new PyInstance(this);
        }
        Object init = lookup("__init__");
        if (backingKind != null && !(init instanceof PyFunction)) {
            Object[] all = new Object[args.length + 1];
            all[0] = self;
            System.arraycopy(args, 0, all, 1, args.length);
            Ops.call(init, all, kwnames);
        } else if (init instanceof PyFunction fn) {
            Object[] all = new Object[args.length + 1];
            all[0] = self;
            System.arraycopy(args, 0, all, 1, args.length);
            Object r = fn.call(all, kwnames);
            if (r != PyNone.NONE) {
                throw Errors.type("__init__() should return None, not '%s'", Ops.typeName(r));
            }
        } else if (!isExceptionType() && args.length > 0) {
            throw Errors.type("%s() takes no arguments", name());
        } else if (isExceptionType() && kwnames != null && kwnames.length > 0) {
            throw Errors.type("%s() takes no keyword arguments", name());
        }
        return self;
    }

    /** Class attributes are looked up by the type machinery; this only accepts assignments. */
    @Override
    public Object findAttribute(String attr) {
        return null;
    }

    @Override
    public boolean storeAttribute(String attr, Object value) {
        dict().put(attr, value);
        return true;
    }

    /** An exception instance of a user class: a real exception object with attributes and methods. */
    public static final class UserException extends PyBaseException {
        UserException(PyClass type, Object[] args) {
            super(type, args, null);
        }

        private Object userMethod(String name) {
            Object m = type().lookup(name);
            return m instanceof PyFunction ? Methods.bind(m, this, type()) : null;
        }

        @Override
        public Object findAttribute(String name) {
            Object attr = type().lookup(name);
            if (attr instanceof PyProperty p) {
                return p.get(this, type());
            }
            Object v = super.findAttribute(name);
            if (v != null) {
                return v;
            }
            return attr == null ? null : Methods.bind(attr, this, type());
        }

        @Override
        public boolean storeAttribute(String name, Object value) {
            if (type().lookup(name) instanceof PyProperty p) {
                p.set(this, value);
                return true;
            }
            return super.storeAttribute(name, value);
        }

        @Override
        public String message() {
            Object m = userMethod("__str__");
            if (m == null) {
                return super.message();
            }
            Object r = Ops.call(m);
            if (!(r instanceof String s)) {
                throw Errors.type("__str__ returned non-string (type %s)", Ops.typeName(r));
            }
            return s;
        }

        @Override
        public String repr() {
            Object m = userMethod("__repr__");
            if (m == null) {
                return super.repr();
            }
            Object r = Ops.call(m);
            if (!(r instanceof String s)) {
                throw Errors.type("__repr__ returned non-string (type %s)", Ops.typeName(r));
            }
            return s;
        }
    }
}
