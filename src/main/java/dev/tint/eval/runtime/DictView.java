package dev.tint.eval.runtime;

/** {@code d.keys()}, {@code d.values()} and {@code d.items()}: live views of a dict. */
public final class DictView implements PyObject {
    public enum Kind { KEYS, VALUES, ITEMS }

    private final PyDict dict;
    private final Kind kind;

    static {
        for (PyType t : new PyType[] {PyType.DICT_KEYS, PyType.DICT_ITEMS}) {
            t.defineMethod("isdisjoint", (self, args, kw) -> {
                Args.exactly("isdisjoint", args, kw, 1);
                PyIterator it = Iteration.iter(args[0]);
                for (Object v = it.next(); v != null; v = it.next()) {
                    if (((DictView) self).contains(v)) {
                        return false;
                    }
                }
                return true;
            });
        }
    }

    public DictView(PyDict dict, Kind kind) {
        this.dict = dict;
        this.kind = kind;
    }

    public PyDict dict() {
        return dict;
    }

    public Kind kind() {
        return kind;
    }

    public PyIterator iterator() {
        return new Iteration.DictIterator(dict, kind);
    }

    public boolean contains(Object item) {
        switch (kind) {
            case KEYS:
                return dict.containsKey(item);
            case ITEMS:
                if (item instanceof PyTuple t && t.size() == 2) {
                    Object v = dict.get(t.get(0));
                    return v != null && (v == t.get(1) || Ops.eq(v, t.get(1)));
                }
                return false;
            default:
                for (int i = dict.nextEntry(0); i >= 0; i = dict.nextEntry(i + 1)) {
                    Object v = dict.valueAt(i);
                    if (v == item || Ops.eq(v, item)) {
                        return true;
                    }
                }
                return false;
        }
    }

    boolean viewEquals(DictView other) {
        if (kind == Kind.VALUES || other.kind == Kind.VALUES || kind != other.kind) {
            return this == other;
        }
        if (dict.size() != other.dict.size()) {
            return false;
        }
        PyIterator it = iterator();
        for (Object v = it.next(); v != null; v = it.next()) {
            if (!other.contains(v)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public PyType type() {
        return switch (kind) {
            case KEYS -> PyType.DICT_KEYS;
            case VALUES -> PyType.DICT_VALUES;
            case ITEMS -> PyType.DICT_ITEMS;
        };
    }
}
