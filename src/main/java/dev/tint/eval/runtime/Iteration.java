package dev.tint.eval.runtime;

/** {@code iter(x)} for every iterable kind, and the iterators of the built-in containers. */
public final class Iteration {
    private Iteration() {}

    public static PyIterator iter(Object o) {
        PyIterator it = iterOrNull(o);
        if (it == null) {
            throw Errors.notA(o, "iterable");
        }
        return it;
    }

    /** The iterator, or null when the value is not iterable. */
    public static PyIterator iterOrNull(Object o) {
        if (o instanceof PyList l) {
            return new ListIterator(l);
        }
        if (o instanceof PyRange r) {
            return new PyRange.Iter(r);
        }
        if (o instanceof PyTuple t) {
            return new ArrayIterator(t.items(), t.size(), "tuple_iterator");
        }
        if (o instanceof String s) {
            return new StrIterator(s);
        }
        if (o instanceof PyDict d) {
            return new DictIterator(d, DictView.Kind.KEYS);
        }
        if (o instanceof PySet s) {
            return new SetIterator(s);
        }
        if (o instanceof PyIterator it) {
            return it;
        }
        if (o instanceof DictView v) {
            return v.iterator();
        }
        if (o instanceof PyIterable i) {
            return i.pyIter();
        }
        return null;
    }

    /** Lists grow while iterated (appending in a for loop is legal), so read the live size. */
    public static final class ListIterator extends PyIterator {
        private final PyList list;
        private int index;

        public ListIterator(PyList list) {
            this.list = list;
        }

        @Override
        public Object next() {
            if (index < list.size()) {
                return list.get(index++);
            }
            index = Integer.MAX_VALUE;
            return null;
        }

        @Override
        protected String typeName() {
            return "list_iterator";
        }
    }

    public static final class ArrayIterator extends PyIterator {
        private final Object[] items;
        private final int size;
        private final String name;
        private int index;

        public ArrayIterator(Object[] items, int size, String name) {
            this.items = items;
            this.size = size;
            this.name = name;
        }

        @Override
        public Object next() {
            return index < size ? items[index++] : null;
        }

        @Override
        protected String typeName() {
            return name;
        }
    }

    static final class StrIterator extends PyIterator {
        private final String s;
        private int offset;

        StrIterator(String s) {
            this.s = s;
        }

        @Override
        public Object next() {
            if (offset >= s.length()) {
                return null;
            }
            char c = s.charAt(offset);
            if (Character.isHighSurrogate(c) && offset + 1 < s.length()) {
                String r = s.substring(offset, offset + 2);
                offset += 2;
                return r;
            }
            offset++;
            return Strs.single(c);
        }

        @Override
        protected String typeName() {
            return "str_ascii_iterator";
        }
    }

    public static final class DictIterator extends PyIterator {
        private final PyDict dict;
        private final DictView.Kind kind;
        private final int size;
        private int entry;

        public DictIterator(PyDict dict, DictView.Kind kind) {
            this.dict = dict;
            this.kind = kind;
            this.size = dict.size();
        }

        @Override
        public Object next() {
            if (dict.size() != size) {
                throw Errors.runtime("dictionary changed size during iteration");
            }
            int e = entry < 0 ? -1 : dict.nextEntry(entry);
            if (e < 0) {
                entry = -1;
                return null;
            }
            entry = e + 1;
            return switch (kind) {
                case KEYS -> dict.keyAt(e);
                case VALUES -> dict.valueAt(e);
                case ITEMS -> PyTuple.pair(dict.keyAt(e), dict.valueAt(e));
            };
        }

        @Override
        protected String typeName() {
            return switch (kind) {
                case KEYS -> "dict_keyiterator";
                case VALUES -> "dict_valueiterator";
                case ITEMS -> "dict_itemiterator";
            };
        }
    }

    static final class SetIterator extends PyIterator {
        private final PySet set;
        private final int size;
        private int slot;

        SetIterator(PySet set) {
            this.set = set;
            this.size = set.size();
        }

        @Override
        public Object next() {
            if (set.size() != size) {
                throw Errors.runtime("Set changed size during iteration");
            }
            int e = slot < 0 ? -1 : set.nextSlot(slot);
            if (e < 0) {
                slot = -1;
                return null;
            }
            slot = e + 1;
            return set.keyAt(e);
        }

        @Override
        protected String typeName() {
            return "set_iterator";
        }
    }
}
