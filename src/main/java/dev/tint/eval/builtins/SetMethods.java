package dev.tint.eval.builtins;

import dev.tint.eval.runtime.BuiltinMethod;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.ExceptionTypes;
import dev.tint.eval.runtime.Iteration;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyBaseException;
import dev.tint.eval.runtime.PyDict;
import dev.tint.eval.runtime.PyIterator;
import dev.tint.eval.runtime.PyNone;
import dev.tint.eval.runtime.PySet;
import dev.tint.eval.runtime.PyType;
import dev.tint.eval.runtime.SetOps;
import dev.tint.error.ScriptError;

/**
 * The methods of {@code set} and {@code frozenset}, following CPython's setobject.c in which
 * operand is iterated and which is probed, since that decides the layout and so the printed
 * order of the result.
 */
final class SetMethods {
    private SetMethods() {}

    static void install() {
        for (PyType t : new PyType[] {PyType.SET, PyType.FROZENSET}) {
            String q = t.name() + ".";
            define(t, "copy", (self, a, k) -> {
                Check.noArgs(q + "copy", a, k);
                PySet s = (PySet) self;
                return s.isFrozen() ? s : s.copy(false);
            });
            define(t, "union", (self, a, k) -> {
                Check.noKeywords(q + "union", k);
                PySet s = (PySet) self;
                PySet r = s.copy(s.isFrozen());
                for (Object other : a) {
                    if (other != s) {
                        SetOps.addAll(r, other);
                    }
                }
                return r;
            });
            define(t, "intersection", (self, a, k) -> {
                Check.noKeywords(q + "intersection", k);
                return intersectionMulti((PySet) self, a);
            });
            define(t, "difference", (self, a, k) -> {
                Check.noKeywords(q + "difference", k);
                PySet s = (PySet) self;
                if (a.length == 0) {
                    return s.copy(s.isFrozen());
                }
                PySet r = difference(s, a[0]);
                for (int i = 1; i < a.length; i++) {
                    differenceUpdate(r, a[i]);
                }
                return r;
            });
            define(t, "symmetric_difference", (self, a, k) -> {
                Object other = Check.oneArg(q + "symmetric_difference", a, k);
                PySet s = (PySet) self;
                PySet r = SetOps.fromIterable(other, s.isFrozen());
                symmetricDifferenceUpdate(r, s);
                return r;
            });
            define(t, "issubset", (self, a, k) -> issubset((PySet) self, Check.oneArg(q + "issubset", a, k)));
            define(t, "issuperset", (self, a, k) -> {
                PySet s = (PySet) self;
                Object other = Check.oneArg(q + "issuperset", a, k);
                if (other instanceof PySet o) {
                    return SetOps.isSubset(o, s);
                }
                PyIterator it = Iteration.iter(other);
                for (Object v = it.next(); v != null; v = it.next()) {
                    if (!s.contains(v)) {
                        return false;
                    }
                }
                return true;
            });
            define(t, "isdisjoint", (self, a, k) -> isdisjoint((PySet) self, Check.oneArg(q + "isdisjoint", a, k)));
        }

        PyType t = PyType.SET;
        define(t, "add", (self, a, k) -> {
            ((PySet) self).add(Check.oneArg("set.add", a, k));
            return PyNone.NONE;
        });
        define(t, "discard", (self, a, k) -> {
            discard((PySet) self, Check.oneArg("set.discard", a, k));
            return PyNone.NONE;
        });
        define(t, "remove", (self, a, k) -> {
            Object key = Check.oneArg("set.remove", a, k);
            if (!discard((PySet) self, key)) {
                throw Errors.key(key);
            }
            return PyNone.NONE;
        });
        define(t, "pop", (self, a, k) -> {
            Check.noArgs("set.pop", a, k);
            Object v = ((PySet) self).pop();
            if (v == null) {
                throw new ScriptError(new PyBaseException(ExceptionTypes.KEY_ERROR,
                        new Object[] {"pop from an empty set"}, null));
            }
            return v;
        });
        define(t, "clear", (self, a, k) -> {
            Check.noArgs("set.clear", a, k);
            ((PySet) self).clear();
            return PyNone.NONE;
        });
        define(t, "update", (self, a, k) -> {
            Check.noKeywords("set.update", k);
            for (Object other : a) {
                SetOps.addAll((PySet) self, other);
            }
            return PyNone.NONE;
        });
        define(t, "intersection_update", (self, a, k) -> {
            Check.noKeywords("set.intersection_update", k);
            PySet s = (PySet) self;
            s.takeContents(intersectionMulti(s, a));
            return PyNone.NONE;
        });
        define(t, "difference_update", (self, a, k) -> {
            Check.noKeywords("set.difference_update", k);
            for (Object other : a) {
                differenceUpdate((PySet) self, other);
            }
            return PyNone.NONE;
        });
        define(t, "symmetric_difference_update", (self, a, k) -> {
            Object other = Check.oneArg("set.symmetric_difference_update", a, k);
            PySet s = (PySet) self;
            if (other instanceof PyDict d) {
                for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
                    if (!s.discardEntry(d.keyAt(i), d.hashAt(i))) {
                        s.addEntry(d.keyAt(i), d.hashAt(i));
                    }
                }
                return PyNone.NONE;
            }
            symmetricDifferenceUpdate(s, other instanceof PySet o ? o : SetOps.fromIterable(other, false));
            return PyNone.NONE;
        });
    }

    private static void define(PyType t, String name, BuiltinMethod body) {
        t.defineMethod(name, body);
    }

    /** Discards key; an unhashable set argument is looked up as the equal frozenset, as CPython does. */
    private static boolean discard(PySet s, Object key) {
        if (key instanceof PySet k && !k.isFrozen()) {
            return s.discard(k.copy(true));
        }
        return s.discard(key);
    }

    private static PySet intersectionMulti(PySet s, Object[] others) {
        if (others.length == 0) {
            return s.copy(s.isFrozen());
        }
        PySet result = s;
        for (Object other : others) {
            result = intersection(result, other, s.isFrozen());
        }
        return result;
    }

    static PySet intersection(PySet s, Object other, boolean frozen) {
        if (other instanceof PySet o) {
            return SetOps.intersection(s, o, frozen);
        }
        PySet r = new PySet(frozen);
        PyIterator it = Iteration.iter(other);
        for (Object v = it.next(); v != null; v = it.next()) {
            long h = Ops.hash(v);
            if (s.containsEntry(v, h)) {
                r.addEntry(v, h);
            }
        }
        return r;
    }

    static PySet difference(PySet s, Object other) {
        boolean frozen = s.isFrozen();
        int otherSize;
        if (other instanceof PySet o) {
            otherSize = o.size();
        } else if (other instanceof PyDict d) {
            otherSize = d.size();
        } else {
            PySet r = s.copy(frozen);
            differenceUpdate(r, other);
            return r;
        }
        if ((s.size() >> 2) > otherSize) {
            PySet r = s.copy(frozen);
            differenceUpdate(r, other);
            return r;
        }
        PySet r = new PySet(frozen);
        for (int i = s.nextSlot(0); i >= 0; i = s.nextSlot(i + 1)) {
            Object key = s.keyAt(i);
            boolean present = other instanceof PySet o ? o.containsEntry(key, s.hashAt(i))
                    : ((PyDict) other).get(key, s.hashAt(i)) != null;
            if (!present) {
                r.addEntry(key, s.hashAt(i));
            }
        }
        return r;
    }

    static void differenceUpdate(PySet s, Object other) {
        if (other instanceof PySet o) {
            SetOps.differenceUpdate(s, o);
            return;
        }
        PyIterator it = Iteration.iter(other);
        for (Object v = it.next(); v != null; v = it.next()) {
            s.discard(v);
        }
        s.removeDummiesIfSparse();
    }

    private static void symmetricDifferenceUpdate(PySet s, PySet other) {
        SetOps.symmetricDifferenceUpdate(s, other);
    }

    private static boolean issubset(PySet s, Object other) {
        PySet o = other instanceof PySet os ? os : SetOps.fromIterable(other, false);
        return SetOps.isSubset(s, o);
    }

    private static boolean isdisjoint(PySet s, Object other) {
        if (other == s) {
            return s.size() == 0;
        }
        if (other instanceof PySet o) {
            PySet iterated = o;
            PySet probed = s;
            if (o.size() > s.size()) {
                iterated = s;
                probed = o;
            }
            for (int i = iterated.nextSlot(0); i >= 0; i = iterated.nextSlot(i + 1)) {
                if (probed.containsEntry(iterated.keyAt(i), iterated.hashAt(i))) {
                    return false;
                }
            }
            return true;
        }
        PyIterator it = Iteration.iter(other);
        for (Object v = it.next(); v != null; v = it.next()) {
            if (s.contains(v)) {
                return false;
            }
        }
        return true;
    }
}
