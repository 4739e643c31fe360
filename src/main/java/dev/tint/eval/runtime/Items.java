package dev.tint.eval.runtime;

import java.math.BigInteger;

/** Subscription: {@code x[i]}, {@code x[a:b:c]}, item assignment and deletion. */
public final class Items {
    private Items() {}

    public static Object getItem(Object container, Object index) {
        if (container instanceof PyList l) {
            if (index instanceof Long i) {
                return listGet(l, i);
            }
            if (index instanceof PySlice s) {
                return sliceList(l, s);
            }
            return listGet(l, sequenceIndex(index, "list"));
        }
        if (container instanceof PyDict d) {
            Object v = d.get(index);
            if (v == null) {
                if (d instanceof PyDict && container instanceof PyMissing m) {
                    return m.pyMissing(index);
                }
                throw Errors.key(index);
            }
            return v;
        }
        if (container instanceof PyTuple t) {
            if (index instanceof PySlice s) {
                return sliceTuple(t, s);
            }
            long i = sequenceIndex(index, "tuple");
            long n = t.size();
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw Errors.index("tuple index out of range");
            }
            return t.get((int) i);
        }
        if (container instanceof String s) {
            if (index instanceof PySlice sl) {
                return sliceStr(s, sl);
            }
            long i;
            if (index instanceof Long l) {
                i = l;
            } else if (index instanceof Boolean || index instanceof BigInteger) {
                i = Ops.indexValue(index);
            } else {
                Object v = Ops.userIndex(index);
                if (v == null) {
                    throw Errors.type("string indices must be integers, not '%s'", Ops.typeName(index));
                }
                if (v instanceof BigInteger) {
                    throw Errors.index("cannot fit '" + Ops.typeName(index) + "' into an index-sized integer");
                }
                i = (Long) v;
            }
            long n = Strs.length(s);
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw Errors.index("string index out of range");
            }
            return Strs.charAt(s, (int) i);
        }
        if (container instanceof PyRange r) {
            if (index instanceof PySlice s) {
                long[] ix = s.indices(r.length());
                // As CPython: the sliced range runs from r[start] to r[stop] by step * slice step.
                return new PyRange(r.start + ix[0] * r.step, r.start + ix[1] * r.step, r.step * ix[2]);
            }
            Object iv = index instanceof Long ? index : Ops.asIndexOrNull(index);
            if (iv == null) {
                throw Errors.type("range indices must be integers or slices, not %s", Ops.typeName(index));
            }
            if (iv instanceof BigInteger) {
                throw Errors.index("range object index out of range");
            }
            long i = (Long) iv;
            long n = r.length();
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw Errors.index("range object index out of range");
            }
            return r.get(i);
        }
        if (container instanceof PySubscriptable p) {
            return p.pyGetItem(index);
        }
        if (container instanceof PyType t) {
            return t; // list[int] and friends: generic aliases are transparent in Tint
        }
        throw Errors.type("'%s' object is not subscriptable", Ops.typeName(container));
    }

    private static Object listGet(PyList l, long i) {
        long n = l.size();
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Errors.index("list index out of range");
        }
        return l.get((int) i);
    }

    /**
     * A list/tuple/range index, as CPython's sequence subscripts: ints and bools, or a user object's
     * __index__; big ints give "cannot fit 'T' into an index-sized integer" naming the subscript's type.
     */
    private static long sequenceIndex(Object index, String typeName) {
        if (index instanceof Long l) {
            return l;
        }
        if (index instanceof Boolean || index instanceof BigInteger) {
            return Ops.indexValue(index);
        }
        Object v = Ops.userIndex(index);
        if (v instanceof Long l) {
            return l;
        }
        if (v != null) {
            throw Errors.index("cannot fit '" + Ops.typeName(index) + "' into an index-sized integer");
        }
        throw Errors.type("%s indices must be integers or slices, not %s", typeName, Ops.typeName(index));
    }

    public static PyList sliceList(PyList l, PySlice s) {
        long[] ix = s.indices(l.size());
        int len = (int) ix[3];
        Object[] out = new Object[len];
        if (ix[2] == 1) {
            System.arraycopy(l.array(), (int) ix[0], out, 0, len);
        } else {
            for (int k = 0; k < len; k++) {
                out[k] = l.get((int) (ix[0] + k * ix[2]));
            }
        }
        return PyList.adopt(out, len);
    }

    private static PyTuple sliceTuple(PyTuple t, PySlice s) {
        long[] ix = s.indices(t.size());
        if (ix[2] == 1 && ix[0] == 0 && ix[3] == t.size()) {
            return t;
        }
        Object[] out = new Object[(int) ix[3]];
        for (int k = 0; k < out.length; k++) {
            out[k] = t.get((int) (ix[0] + k * ix[2]));
        }
        return PyTuple.of(out);
    }

    private static String sliceStr(String s, PySlice sl) {
        long[] ix = sl.indices(Strs.length(s));
        if (ix[2] == 1) {
            return Strs.substring(s, (int) ix[0], (int) (ix[0] + ix[3]));
        }
        StringBuilder sb = new StringBuilder((int) ix[3]);
        if (!Strs.hasAstral(s)) {
            for (long k = 0; k < ix[3]; k++) {
                sb.append(s.charAt((int) (ix[0] + k * ix[2])));
            }
        } else {
            int[] cps = Strs.codePoints(s);
            for (long k = 0; k < ix[3]; k++) {
                sb.appendCodePoint(cps[(int) (ix[0] + k * ix[2])]);
            }
        }
        return sb.toString();
    }

    public static void setItem(Object container, Object index, Object value) {
        if (container instanceof PyList l) {
            if (index instanceof PySlice s) {
                assignSlice(l, s, value);
                return;
            }
            long i = sequenceIndex(index, "list");
            long n = l.size();
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw Errors.index("list assignment index out of range");
            }
            l.set((int) i, value);
            return;
        }
        if (container instanceof PyDict d) {
            d.put(index, value);
            return;
        }
        if (container instanceof PySubscriptable p) {
            p.pySetItem(index, value);
            return;
        }
        throw Errors.type("'%s' object does not support item assignment", Ops.typeName(container));
    }

    private static void assignSlice(PyList l, PySlice s, Object value) {
        Object[] items;
        if (value instanceof PyList v) {
            items = v.toArray();
        } else if (value instanceof PyTuple t) {
            items = t.items();
        } else {
            PyIterator it = Iteration.iterOrNull(value);
            if (it == null) {
                throw Errors.type("must assign iterable to extended slice");
            }
            PyList tmp = new PyList();
            for (Object v = it.next(); v != null; v = it.next()) {
                tmp.append(v);
            }
            items = tmp.toArray();
        }
        long[] ix = s.indices(l.size());
        if (ix[2] == 1) {
            int from = (int) ix[0];
            int to = Math.max(from, (int) ix[1]);
            l.replace(from, to, items, items.length);
            return;
        }
        if (items.length != ix[3]) {
            throw Errors.value("attempt to assign sequence of size %d to extended slice of size %d",
                    items.length, ix[3]);
        }
        for (int k = 0; k < items.length; k++) {
            l.set((int) (ix[0] + k * ix[2]), items[k]);
        }
    }

    public static void delItem(Object container, Object index) {
        if (container instanceof PyList l) {
            if (index instanceof PySlice s) {
                long[] ix = s.indices(l.size());
                if (ix[2] == 1) {
                    int from = (int) ix[0];
                    l.replace(from, (int) (from + ix[3]), new Object[0], 0);
                    return;
                }
                boolean[] drop = new boolean[l.size()];
                for (long k = 0; k < ix[3]; k++) {
                    drop[(int) (ix[0] + k * ix[2])] = true;
                }
                Object[] keep = new Object[l.size()];
                int n = 0;
                for (int i = 0; i < l.size(); i++) {
                    if (!drop[i]) {
                        keep[n++] = l.get(i);
                    }
                }
                l.setContents(keep, n);
                return;
            }
            long i = sequenceIndex(index, "list");
            long n = l.size();
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw Errors.index("list assignment index out of range");
            }
            l.remove((int) i);
            return;
        }
        if (container instanceof PyDict d) {
            if (d.remove(index) == null) {
                throw Errors.key(index);
            }
            return;
        }
        if (container instanceof PySubscriptable p) {
            p.pyDelItem(index);
            return;
        }
        if (container instanceof PyTuple || container instanceof String) {
            throw Errors.type("'%s' object doesn't support item deletion", Ops.typeName(container));
        }
        throw Errors.type("'%s' object does not support item deletion", Ops.typeName(container));
    }
}
