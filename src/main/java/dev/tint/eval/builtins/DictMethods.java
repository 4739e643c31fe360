package dev.tint.eval.builtins;

import dev.tint.eval.runtime.DictOps;
import dev.tint.eval.runtime.DictView;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.ExceptionTypes;
import dev.tint.eval.runtime.Iteration;
import dev.tint.eval.runtime.PyBaseException;
import dev.tint.eval.runtime.PyBuiltin;
import dev.tint.eval.runtime.PyDict;
import dev.tint.eval.runtime.PyIterator;
import dev.tint.eval.runtime.PyNone;
import dev.tint.eval.runtime.PySet;
import dev.tint.eval.runtime.PyTuple;
import dev.tint.eval.runtime.PyType;
import dev.tint.error.ScriptError;

/** The methods of {@code dict}. */
public final class DictMethods {
    private DictMethods() {}

    static void install() {
        PyType t = PyType.DICT;
        t.defineMethod("keys", (self, a, k) -> {
            Check.noArgs("dict.keys", a, k);
            return new DictView((PyDict) self, DictView.Kind.KEYS);
        });
        t.defineMethod("values", (self, a, k) -> {
            Check.noArgs("dict.values", a, k);
            return new DictView((PyDict) self, DictView.Kind.VALUES);
        });
        t.defineMethod("items", (self, a, k) -> {
            Check.noArgs("dict.items", a, k);
            return new DictView((PyDict) self, DictView.Kind.ITEMS);
        });
        t.defineMethod("get", (self, a, k) -> {
            Check.range("dict.get", "get", a, k, 1, 2);
            Object v = ((PyDict) self).get(a[0]);
            return v != null ? v : a.length > 1 ? a[1] : PyNone.NONE;
        });
        t.defineMethod("setdefault", (self, a, k) -> {
            Check.range("dict.setdefault", "setdefault", a, k, 1, 2);
            PyDict d = (PyDict) self;
            Object v = d.get(a[0]);
            if (v != null) {
                return v;
            }
            Object dflt = a.length > 1 ? a[1] : PyNone.NONE;
            d.put(a[0], dflt);
            return dflt;
        });
        t.defineMethod("pop", (self, a, k) -> {
            Check.range("dict.pop", "pop", a, k, 1, 2);
            PyDict d = (PyDict) self;
            Object v = d.remove(a[0]);
            if (v != null) {
                return v;
            }
            if (a.length > 1) {
                return a[1];
            }
            throw Errors.key(a[0]);
        });
        t.defineMethod("popitem", (self, a, k) -> {
            Check.noArgs("dict.popitem", a, k);
            PyDict d = (PyDict) self;
            int e = d.previousEntry(Integer.MAX_VALUE);
            if (e < 0) {
                throw new ScriptError(new PyBaseException(ExceptionTypes.KEY_ERROR,
                        new Object[] {"popitem(): dictionary is empty"}, null));
            }
            Object key = d.keyAt(e);
            Object value = d.valueAt(e);
            d.remove(key);
            return PyTuple.pair(key, value);
        });
        t.defineMethod("update", (self, a, k) -> {
            update((PyDict) self, a, k);
            return PyNone.NONE;
        });
        t.defineMethod("clear", (self, a, k) -> {
            Check.noArgs("dict.clear", a, k);
            ((PyDict) self).clear();
            return PyNone.NONE;
        });
        t.defineMethod("copy", (self, a, k) -> {
            Check.noArgs("dict.copy", a, k);
            return ((PyDict) self).copy();
        });
        PyBuiltin plain = new PyBuiltin("fromkeys",
                "Create a new dictionary with keys from iterable and values set to value.",
                (a, k) -> {
                    Check.range("dict.fromkeys", "fromkeys", a, k, 1, 2);
                    return fromkeys(a[0], a.length > 1 ? a[1] : PyNone.NONE);
                });
        t.dict().put("fromkeys", new FromKeys(plain));
    }

    /** dict.fromkeys: on a subclass it makes an instance of that class and fills it through __setitem__. */
    static final class FromKeys implements dev.tint.eval.runtime.PyObject, dev.tint.eval.runtime.PyDescriptor,
            dev.tint.eval.runtime.PyCallable {
        private final PyBuiltin plain;

        FromKeys(PyBuiltin plain) {
            this.plain = plain;
        }

        @Override
        public Object get(Object instance, PyType owner) {
            if (owner == null || owner == PyType.DICT) {
                return plain;
            }
            return new PyBuiltin("fromkeys", null, (a, k) -> {
                Check.range("dict.fromkeys", "fromkeys", a, k, 1, 2);
                Object d = dev.tint.eval.runtime.Ops.call(owner);
                Object value = a.length > 1 ? a[1] : PyNone.NONE;
                PyIterator it = Iteration.iter(a[0]);
                for (Object key = it.next(); key != null; key = it.next()) {
                    dev.tint.eval.runtime.Items.setItem(d, key, value);
                }
                return d;
            });
        }

        /** Called straight from dict's dict: dict.fromkeys itself. */
        @Override
        public Object call(Object[] args, String[] kwnames) {
            return plain.call(args, kwnames);
        }

        @Override
        public PyType type() {
            return plain.type();
        }
    }

    /** {@code d.update(other, **kwargs)} (also the dict() constructor's filling). */
    public static void update(PyDict d, Object[] a, String[] k) {
        int nkw = k == null ? 0 : k.length;
        int npos = a.length - nkw;
        if (npos > 1) {
            throw Errors.type("update expected at most 1 argument, got %d", npos);
        }
        if (npos == 1) {
            DictOps.update(d, a[0]);
        }
        for (int i = 0; i < nkw; i++) {
            d.put(k[i], a[npos + i]);
        }
    }

    static PyDict fromkeys(Object iterable, Object value) {
        PyDict d = new PyDict();
        if (iterable instanceof PyDict src) {
            for (int i = src.nextEntry(0); i >= 0; i = src.nextEntry(i + 1)) {
                d.put(src.keyAt(i), src.hashAt(i), value);
            }
            return d;
        }
        if (iterable instanceof PySet src) {
            for (int i = src.nextSlot(0); i >= 0; i = src.nextSlot(i + 1)) {
                d.put(src.keyAt(i), src.hashAt(i), value);
            }
            return d;
        }
        PyIterator it = Iteration.iter(iterable);
        for (Object key = it.next(); key != null; key = it.next()) {
            d.put(key, value);
        }
        return d;
    }
}
