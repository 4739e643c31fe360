package dev.tint.eval.objects;

import dev.tint.eval.nodes.PyFunction;
import dev.tint.eval.runtime.Args;
import dev.tint.eval.runtime.Cell;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.ExceptionTypes;
import dev.tint.eval.runtime.Frame;
import dev.tint.eval.runtime.Namespace;
import dev.tint.eval.runtime.NotImplemented;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyBaseException;
import dev.tint.eval.runtime.PyBuiltin;
import dev.tint.eval.runtime.PyNone;
import dev.tint.eval.runtime.PyTuple;
import dev.tint.eval.runtime.PyType;
import dev.tint.eval.runtime.Reprs;

/**
 * The builtins classes need: property, staticmethod, classmethod, super, and the methods of
 * object and BaseException that {@code super().__init__(...)} and friends reach.
 */
public final class ClassBuiltins {
    private ClassBuiltins() {}

    public static void install(Namespace builtins) {
        PyStaticMethod.TYPE.setConstructor((args, kw) -> {
            Args.exactly("staticmethod", args, kw, 1);
            return new PyStaticMethod(args[0]);
        });
        PyClassMethod.TYPE.setConstructor((args, kw) -> {
            Args.exactly("classmethod", args, kw, 1);
            return new PyClassMethod(args[0]);
        });
        PyProperty.TYPE.setConstructor((args, kw) -> {
            Args.range("property", args, kw, 0, 4);
            Object get = args.length > 0 ? args[0] : PyNone.NONE;
            Object set = args.length > 1 ? args[1] : PyNone.NONE;
            Object del = args.length > 2 ? args[2] : PyNone.NONE;
            PyProperty p = PyProperty.of(get);
            return new PyProperty(get, set, del, p == null ? null : nameOf(get));
        });
        PySuper.TYPE.setConstructor((args, kw) -> {
            if (args.length == 0) {
                throw Errors.runtime("super(): no arguments");
            }
            Args.range("super", args, kw, 1, 2);
            if (!(args[0] instanceof PyType t)) {
                throw Errors.type("super() argument 1 must be a type, not %s", Ops.typeName(args[0]));
            }
            if (args.length == 1) {
                throw Errors.runtime("super() with one argument is not supported in Tint");
            }
            return new PySuper(t, args[1]);
        });
        builtins.set("staticmethod", PyStaticMethod.TYPE);
        builtins.set("classmethod", PyClassMethod.TYPE);
        builtins.set("property", PyProperty.TYPE);
        builtins.set("super", PySuper.TYPE);
        installObjectMethods();
        installExceptionMethods();
        installContainerDunders(PyType.LIST);
        installContainerDunders(PyType.DICT);
    }

    private static Object items(Object self) {
        return self instanceof dev.tint.eval.runtime.PyBacked b ? b.backing() : self;
    }

    /** The dunders a list or dict subclass reaches through super() or the base ({@code dict.__setitem__(self, k, v)}). */
    private static void installContainerDunders(PyType t) {
        boolean isList = t == PyType.LIST;
        t.defineMethod("__init__", (self, args, kw) -> {
            if (isList) {
                if (kw != null && kw.length > 0) {
                    throw Errors.type("list() takes no keyword arguments");
                }
                if (args.length > 1) {
                    throw Errors.type("list expected at most 1 argument, got %d", args.length);
                }
                dev.tint.eval.runtime.PyList l = (dev.tint.eval.runtime.PyList) self;
                l.clear();
                if (args.length == 1) {
                    dev.tint.eval.runtime.PyList src = dev.tint.eval.builtins.Constructors.listOf(args[0]);
                    for (int i = 0; i < src.size(); i++) {
                        l.append(src.get(i));
                    }
                }
            } else {
                int npos = args.length - (kw == null ? 0 : kw.length);
                if (npos > 1) {
                    throw Errors.type("dict expected at most 1 argument, got %d", npos);
                }
                dev.tint.eval.builtins.DictMethods.update((dev.tint.eval.runtime.PyDict) self, args, kw);
            }
            return PyNone.NONE;
        });
        t.defineMethod("__getitem__", (self, args, kw) -> {
            Args.exactly("__getitem__", args, kw, 1);
            Object items = items(self);
            if (!isList && self instanceof dev.tint.eval.runtime.PyBacked b) {
                Object v = ((dev.tint.eval.runtime.PyDict) items).get(args[0]);
                if (v == null) {
                    Object m = b.missing(args[0]);
                    if (m != null) {
                        return m;
                    }
                }
            }
            return dev.tint.eval.runtime.Items.getItem(items, args[0]);
        });
        t.defineMethod("__setitem__", (self, args, kw) -> {
            Args.exactly("__setitem__", args, kw, 2);
            dev.tint.eval.runtime.Items.setItem(self, args[0], args[1]);
            return PyNone.NONE;
        });
        t.defineMethod("__delitem__", (self, args, kw) -> {
            Args.exactly("__delitem__", args, kw, 1);
            dev.tint.eval.runtime.Items.delItem(self, args[0]);
            return PyNone.NONE;
        });
        t.defineMethod("__len__", (self, args, kw) -> {
            Args.exactly("__len__", args, kw, 0);
            return Ops.len(self);
        });
        t.defineMethod("__contains__", (self, args, kw) -> {
            Args.exactly("__contains__", args, kw, 1);
            return Ops.contains(self, args[0]);
        });
        t.defineMethod("__iter__", (self, args, kw) -> {
            Args.exactly("__iter__", args, kw, 0);
            return dev.tint.eval.runtime.Iteration.iter(self);
        });
        t.defineMethod("__repr__", (self, args, kw) -> Reprs.repr(self));
    }

    private static String nameOf(Object fn) {
        Object n = fn == PyNone.NONE ? null : Ops.findAttr(fn, "__name__");
        return n instanceof String s ? s : null;
    }

    private static void installObjectMethods() {
        PyType o = PyType.OBJECT;
        o.defineMethod("__init__", (self, args, kw) -> PyNone.NONE);
        o.defineMethod("__repr__", (self, args, kw) -> self instanceof PyInstance i ? i.defaultRepr() : Reprs.repr(self));
        o.defineMethod("__str__", (self, args, kw) -> Reprs.repr(self));
        o.defineMethod("__eq__", (self, args, kw) -> args.length == 1 && self == args[0] ? Boolean.TRUE : NotImplemented.VALUE);
        o.defineMethod("__ne__", (self, args, kw) -> args.length == 1 && self == args[0] ? Boolean.FALSE : NotImplemented.VALUE);
        o.defineMethod("__hash__", (self, args, kw) -> (long) System.identityHashCode(self));
        o.defineMethod("__setattr__", (self, args, kw) -> {
            Args.exactly("__setattr__", args, kw, 2);
            if (self instanceof PyInstance i && args[0] instanceof String name) {
                i.storeDirect(name, args[1]);
                return PyNone.NONE;
            }
            Ops.setAttr(self, Args.str("__setattr__", args[0], 1), args[1]);
            return PyNone.NONE;
        });
    }

    private static void installExceptionMethods() {
        PyType b = ExceptionTypes.BASE_EXCEPTION;
        b.defineMethod("__init__", (self, args, kw) -> {
            ((PyBaseException) self).setArgs(PyTuple.of(args.clone()));
            return PyNone.NONE;
        });
        b.defineMethod("__str__", (self, args, kw) -> ((PyBaseException) self).baseMessage());
        b.defineMethod("__repr__", (self, args, kw) -> ((PyBaseException) self).baseRepr());
    }

    /** Zero-argument super() inside a method: the defining class and the method's first argument. */
    public static Object zeroArgumentSuper(Frame f) {
        if (!(f.function instanceof PyFunction fn) || fn.definingClass() == null) {
            throw Errors.runtime("super(): __class__ cell not found");
        }
        if (f.slots.length == 0 || fn.code().parameterCount() == 0) {
            throw Errors.runtime("super(): no arguments");
        }
        Object first = f.slots[0];
        if (first instanceof Cell c) {
            first = c.value;
        }
        if (first == null) {
            throw Errors.runtime("super(): arg[0] deleted");
        }
        return new PySuper((PyType) fn.definingClass(), first);
    }
}
