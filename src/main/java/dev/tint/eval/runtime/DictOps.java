package dev.tint.eval.runtime;

/** Dict operations shared by operators, methods and the dict() constructor. */
public final class DictOps {
    private DictOps() {}

    /** {@code d.update(other)}: a mapping, or an iterable of key/value pairs. */
    public static void update(PyDict d, Object other) {
        if (other instanceof PyBacked b && b.backing() instanceof PyDict o
                && Ops.typeOf(other).lookup("__iter__") instanceof PyMethodDescriptor) {
            other = o; // a dict subclass without its own __iter__: its items directly, as CPython
        }
        if (other instanceof PyDict o) {
            for (int i = o.nextEntry(0); i >= 0; i = o.nextEntry(i + 1)) {
                d.put(o.keyAt(i), o.hashAt(i), o.valueAt(i));
            }
            return;
        }
        Object keysMethod = Ops.findAttr(other, "keys");
        if (keysMethod != null && !(other instanceof PyList) && !(other instanceof PyTuple)) {
            PyIterator keys = Iteration.iter(Ops.call(keysMethod));
            for (Object k = keys.next(); k != null; k = keys.next()) {
                d.put(k, Items.getItem(other, k));
            }
            return;
        }
        PyIterator it = Iteration.iterOrNull(other);
        if (it == null) {
            throw Errors.type("'%s' object is not iterable", Ops.typeName(other));
        }
        int index = 0;
        for (Object item = it.next(); item != null; item = it.next(), index++) {
            PyIterator pair = Iteration.iterOrNull(item);
            if (pair == null) {
                throw Errors.type("cannot convert dictionary update sequence element #%d to a sequence", index);
            }
            Object k = pair.next();
            Object v = k == null ? null : pair.next();
            Object extra = v == null ? null : pair.next();
            if (k == null || v == null || extra != null) {
                int n = k == null ? 0 : (v == null ? 1 : 3);
                if (extra != null) {
                    while (pair.next() != null) {
                        n++;
                    }
                }
                throw Errors.value("dictionary update sequence element #%d has length %d; 2 is required", index, n);
            }
            d.put(k, v);
        }
    }
}
