package dev.tint.eval.objects;

import dev.tint.ast.Operator;
import dev.tint.error.ScriptError;
import dev.tint.eval.nodes.PyFunction;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.ExceptionTypes;
import dev.tint.eval.runtime.NotImplemented;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyAttributes;
import dev.tint.eval.runtime.PyCallable;
import dev.tint.eval.runtime.PyContainer;
import dev.tint.eval.runtime.PyDeletable;
import dev.tint.eval.runtime.PyDict;
import dev.tint.eval.runtime.PyEquatable;
import dev.tint.eval.runtime.PyHashable;
import dev.tint.eval.runtime.PyIterable;
import dev.tint.eval.runtime.PyIterator;
import dev.tint.eval.runtime.PyNone;
import dev.tint.eval.runtime.PyObject;
import dev.tint.eval.runtime.PyOperand;
import dev.tint.eval.runtime.PyOrderable;
import dev.tint.eval.runtime.PyReprable;
import dev.tint.eval.runtime.PySized;
import dev.tint.eval.runtime.PySubscriptable;
import dev.tint.eval.runtime.PyTruthy;
import dev.tint.eval.runtime.PyType;
import dev.tint.eval.runtime.Reprs;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * An instance of a user class: an attribute dict plus its class. Every protocol (operators,
 * comparisons, len, iteration, items, calls, repr) is answered by looking the dunder up on the
 * class, as CPython does; a missing dunder gives CPython's TypeError.
 */
public final class PyInstance implements PyObject, PyAttributes, PyDeletable, PyEquatable, PyOrderable,
        PyOperand, PyHashable, PySized, PyTruthy, PyIterable, PyContainer, PySubscriptable, PyCallable,
        PyReprable, dev.tint.eval.runtime.PyBacked {
    private final PyType type;
    /** The items of a list or dict subclass instance (a PyList or PyDict), else null. */
    private final Object backing;
    /** The instance's attributes: a real dict, so {@code obj.__dict__} is live as in CPython. */
    private final PyDict dict = new PyDict();

    public PyInstance(PyType type) {
        this.type = type;
        this.backing = null;
    }

    public PyInstance(PyType type, Object backing) {
        this.type = type;
        this.backing = backing;
    }

    @Override
    public Object backing() {
        return backing;
    }

    @Override
    public Object missing(Object key) {
        Object m = userDunder("__missing__");
        return m == null ? null : Ops.call(m, key);
    }

    /** The other operand as the built-in operation sees it: a list/dict subclass instance's items. */
    private Object sameKind(Object other) {
        Object o = other instanceof PyInstance i && i.backing != null ? i.backing : other;
        return o.getClass() == backing.getClass() ? o : null;
    }
    @Override
    public PyType type() {
        return type;
    }

    public PyDict dict() {
        return dict;
    }

    /** The class attribute for a dunder, or null (None marks an explicitly disabled one, e.g. __hash__). */
    private Object dunder(String name) {
        return type.lookup(name);
    }

    private Object callDunder(Object method, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = this;
        System.arraycopy(args, 0, all, 1, args.length);
        return Ops.call(method, all, null);
    }

    /** A user-defined dunder (a function in the class chain, not object's built-in default), or null. */
    Object userDunder(String name) {
        Object m = dunder(name);
        if (m == null || m == PyNone.NONE || m instanceof dev.tint.eval.runtime.PyMethodDescriptor) {
            return null; // absent, disabled, or object's built-in default
        }
        return Methods.bind(m, this, type);
    }

    // ---- attributes ----

    @Override
    public Object findAttribute(String name) {
        Object attr = type.lookup(name);
        if (attr instanceof PyProperty p) {
            return p.get(this, type);
        }
        Object own = dict.get(name);
        if (own != null) {
            return own;
        }
        if (attr != null) {
            return Methods.bind(attr, this, type);
        }
        if (name.equals("__dict__")) {
            return dict;
        }
        if (name.equals("__class__")) {
            return type;
        }
        Object getattr = type.lookup("__getattr__");
        if (getattr instanceof PyFunction fn) {
            return fn.call(new Object[] {this, name}, null);
        }
        return null;
    }

    @Override
    public boolean storeAttribute(String name, Object value) {
        Object attr = type.lookup(name);
        if (attr instanceof PyProperty p) {
            p.set(this, value);
            return true;
        }
        Object setattr = type.lookup("__setattr__");
        if (setattr instanceof PyFunction fn) {
            fn.call(new Object[] {this, name, value}, null);
            return true;
        }
        dict.put(name, value);
        return true;
    }

    /** object.__setattr__(self, name, value): stores without consulting a user __setattr__. */
    public void storeDirect(String name, Object value) {
        dict.put(name, value);
    }

    @Override
    public boolean deleteAttribute(String name) {
        Object attr = type.lookup(name);
        if (attr instanceof PyProperty p) {
            p.delete(this);
            return true;
        }
        Object delattr = type.lookup("__delattr__");
        if (delattr instanceof PyFunction fn) {
            fn.call(new Object[] {this, name}, null);
            return true;
        }
        if (dict.remove(name) == null) {
            throw dev.tint.eval.runtime.Attributes.missing(this, name);
        }
        return true;
    }

    @Override
    public List<String> attributeNames() {
        List<String> names = new ArrayList<>();
        for (int i = dict.nextEntry(0); i >= 0; i = dict.nextEntry(i + 1)) {
            if (dict.keyAt(i) instanceof String s) {
                names.add(s);
            }
        }
        return names;
    }

    // ---- text ----

    @Override
    public String pyRepr() {
        Object m = userDunder("__repr__");
        if (m != null) {
            Object r = Ops.call(m);
            if (!(r instanceof String s)) {
                throw Errors.type("__repr__ returned non-string (type %s)", Ops.typeName(r));
            }
            return s;
        }
        if (backing != null) {
            return Reprs.repr(backing);
        }
        return defaultRepr();
    }

    public String defaultRepr() {
        return "<" + type.qualifiedName() + " object at " + Reprs.address(this) + ">";
    }

    @Override
    public String pyStr() {
        Object m = userDunder("__str__");
        if (m != null) {
            Object r = Ops.call(m);
            if (!(r instanceof String s)) {
                throw Errors.type("__str__ returned non-string (type %s)", Ops.typeName(r));
            }
            return s;
        }
        return pyRepr();
    }

    // ---- comparisons and hashing ----

    @Override
    public Object pyEq(Object other) {
        Object m = userDunder("__eq__");
        if (m == null && backing != null) {
            Object o = sameKind(other);
            return o == null ? NotImplemented.VALUE : (Object) Ops.eq(backing, o);
        }
        return m == null ? NotImplemented.VALUE : Ops.call(m, other);
    }

    @Override
    public Object pyNe(Object other) {
        Object m = userDunder("__ne__");
        if (m != null) {
            return Ops.call(m, other);
        }
        if (backing != null && userDunder("__eq__") == null) {
            Object o = sameKind(other);
            return o == null ? NotImplemented.VALUE : (Object) !Ops.eq(backing, o);
        }
        return PyEquatable.super.pyNe(other);
    }

    @Override
    public Object pyCompare(String op, Object other) {
        String name = switch (op) {
            case "<" -> "__lt__";
            case "<=" -> "__le__";
            case ">" -> "__gt__";
            default -> "__ge__";
        };
        Object m = userDunder(name);
        if (m == null && backing instanceof dev.tint.eval.runtime.PyList) {
            Object o = sameKind(other);
            return o == null ? NotImplemented.VALUE : dev.tint.eval.runtime.Comparisons.richOrder(op, backing, o);
        }
        return m == null ? NotImplemented.VALUE : Ops.call(m, other);
    }

    @Override
    public long pyHash() {
        Object m = dunder("__hash__");
        if (m == PyNone.NONE || backing != null && userDunder("__hash__") == null) {
            throw Errors.type("unhashable type: '%s'", type.name());
        }
        Object bound = userDunder("__hash__");
        if (bound == null) {
            long h = System.identityHashCode(this);
            return h == -1 ? -2 : h;
        }
        Object r = Ops.call(bound);
        if (r instanceof Long || r instanceof BigInteger || r instanceof Boolean) {
            return Ops.hash(r);
        }
        throw Errors.type("__hash__ method should return an integer");
    }

    // ---- operators ----

    private static final java.util.Map<Operator, String[]> BINARY = new java.util.EnumMap<>(Operator.class);

    static {
        String[][] names = {
            {"ADD", "add"}, {"SUB", "sub"}, {"MUL", "mul"}, {"MATMUL", "matmul"}, {"DIV", "truediv"},
            {"FLOORDIV", "floordiv"}, {"MOD", "mod"}, {"POW", "pow"}, {"LSHIFT", "lshift"},
            {"RSHIFT", "rshift"}, {"BITOR", "or"}, {"BITXOR", "xor"}, {"BITAND", "and"}};
        for (String[] n : names) {
            BINARY.put(Operator.valueOf(n[0]), new String[] {"__" + n[1] + "__", "__r" + n[1] + "__", "__i" + n[1] + "__"});
        }
    }

    @Override
    public Object pyBinary(Operator op, Object other, boolean reflected) {
        Object m = userDunder(BINARY.get(op)[reflected ? 1 : 0]);
        if (m == null && backing != null) {
            Object o = sameKind(other);
            if (o != null) {
                return reflected ? dev.tint.eval.runtime.Arith.binary(op, o, backing)
                        : dev.tint.eval.runtime.Arith.binary(op, backing, o);
            }
            boolean repeat = op == Operator.MUL && backing instanceof dev.tint.eval.runtime.PyList
                    && (other instanceof Long || other instanceof Boolean || other instanceof BigInteger);
            if (repeat || !reflected && !(other instanceof PyInstance)) {
                return reflected ? dev.tint.eval.runtime.Arith.binary(op, other, backing)
                        : dev.tint.eval.runtime.Arith.binary(op, backing, other);
            }
        }
        return m == null ? NotImplemented.VALUE : Ops.call(m, other);
    }

    @Override
    public Object pyInplace(Operator op, Object other) {
        Object m = userDunder(BINARY.get(op)[2]);
        if (m == null && backing != null && userDunder(BINARY.get(op)[0]) == null
                && (op == Operator.ADD || op == Operator.MUL) == (backing instanceof dev.tint.eval.runtime.PyList)) {
            Object o = sameKind(other);
            Object r = dev.tint.eval.runtime.Arith.inplace(op, backing, o == null ? other : o);
            return r == backing ? this : r;
        }
        return m == null ? NotImplemented.VALUE : Ops.call(m, other);
    }

    @Override
    public Object pyUnary(String symbol) {
        String name = switch (symbol) {
            case "-" -> "__neg__";
            case "+" -> "__pos__";
            default -> "__invert__";
        };
        Object m = userDunder(name);
        return m == null ? NotImplemented.VALUE : Ops.call(m);
    }

    // ---- containers ----

    @Override
    public long pyLen() {
        Object m = userDunder("__len__");
        if (m == null && backing != null) {
            return Ops.len(backing);
        }
        if (m == null) {
            throw Errors.type("object of type '%s' has no len()", type.name());
        }
        Object r = Ops.call(m);
        if (!(r instanceof Long || r instanceof Boolean)) {
            throw Errors.type("'%s' object cannot be interpreted as an integer", Ops.typeName(r));
        }
        long n = Ops.indexValue(r);
        if (n < 0) {
            throw Errors.value("__len__() should return >= 0");
        }
        return n;
    }

    @Override
    public boolean truthy() {
        Object m = userDunder("__bool__");
        if (m != null) {
            Object r = Ops.call(m);
            if (!(r instanceof Boolean b)) {
                throw Errors.type("__bool__ should return bool, returned %s", Ops.typeName(r));
            }
            return b;
        }
        if (userDunder("__len__") != null || backing != null) {
            return pyLen() != 0;
        }
        return true;
    }

    /** What iter(obj) returns: __iter__'s own result (often obj itself), or null without __iter__. */
    public Object iterResult() {
        Object m = userDunder("__iter__");
        if (m == null) {
            return backing != null ? dev.tint.eval.runtime.Iteration.iter(backing) : null;
        }
        Object it = Ops.call(m);
        if (it instanceof PyIterator || it instanceof PyInstance inst && inst.userDunder("__next__") != null) {
            return it;
        }
        throw Errors.type("iter() returned non-iterator of type '%s'", Ops.typeName(it));
    }

    @Override
    public PyIterator pyIter() {
        Object m = userDunder("__iter__");
        if (m != null) {
            Object it = Ops.call(m);
            if (it instanceof PyIterator pi) {
                return pi;
            }
            if (it instanceof PyInstance inst && inst.userDunder("__next__") != null) {
                return new DunderIterator(inst);
            }
            throw Errors.type("iter() returned non-iterator of type '%s'", Ops.typeName(it));
        }
        if (backing != null) {
            return dev.tint.eval.runtime.Iteration.iter(backing);
        }
        if (userDunder("__getitem__") != null) {
            return new SequenceIterator(this);
        }
        return null;
    }

    /** next(obj) on an instance with __next__: the value, or null when it raised StopIteration. */
    public Object next() {
        Object m = userDunder("__next__");
        if (m == null) {
            throw Errors.type("'%s' object is not an iterator", type.name());
        }
        try {
            return Ops.call(m);
        } catch (ScriptError e) {
            if (e.exception().type().isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
                return null;
            }
            throw e;
        }
    }

    @Override
    public boolean pyContains(Object item) {
        Object m = userDunder("__contains__");
        if (m != null) {
            return Ops.truthy(Ops.call(m, item));
        }
        if (backing != null) {
            return Ops.contains(backing, item);
        }
        PyIterator it = pyIter();
        if (it == null) {
            throw Errors.type("argument of type '%s' is not iterable", type.name());
        }
        for (Object v = it.next(); v != null; v = it.next()) {
            if (v == item || Ops.eq(v, item)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Object pyGetItem(Object index) {
        Object m = userDunder("__getitem__");
        if (m == null && backing instanceof PyDict d) {
            Object v = d.get(index);
            if (v == null) {
                v = missing(index);
            }
            return v != null ? v : dev.tint.eval.runtime.Items.getItem(d, index);
        }
        if (m == null && backing != null) {
            return dev.tint.eval.runtime.Items.getItem(backing, index);
        }
        if (m == null) {
            throw Errors.type("'%s' object is not subscriptable", type.name());
        }
        return Ops.call(m, index);
    }

    @Override
    public void pySetItem(Object index, Object value) {
        Object m = userDunder("__setitem__");
        if (m == null && backing != null) {
            dev.tint.eval.runtime.Items.setItem(backing, index, value);
            return;
        }
        if (m == null) {
            throw Errors.type("'%s' object does not support item assignment", type.name());
        }
        Ops.call(m, index, value);
    }

    @Override
    public void pyDelItem(Object index) {
        Object m = userDunder("__delitem__");
        if (m == null && backing != null) {
            dev.tint.eval.runtime.Items.delItem(backing, index);
            return;
        }
        if (m == null) {
            throw Errors.type("'%s' object does not support item deletion", type.name());
        }
        Ops.call(m, index);
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        Object m = userDunder("__call__");
        if (m == null) {
            throw Errors.type("'%s' object is not callable", type.name());
        }
        return Ops.call(m, args, kwnames);
    }

    @Override
    public boolean pyCallable() {
        return userDunder("__call__") != null;
    }

    /** Adapts an instance with __next__ to the runtime's iterator protocol. */
    static final class DunderIterator extends PyIterator {
        private final PyInstance source;

        DunderIterator(PyInstance source) {
            this.source = source;
        }

        @Override
        public Object next() {
            return source.next();
        }
    }

    /** The old sequence protocol: __getitem__(0), (1), ... until IndexError. */
    static final class SequenceIterator extends PyIterator {
        private final PyInstance source;
        private long index;
        private boolean done;

        SequenceIterator(PyInstance source) {
            this.source = source;
        }

        @Override
        public Object next() {
            if (done) {
                return null;
            }
            try {
                return source.pyGetItem(index++);
            } catch (ScriptError e) {
                if (e.exception().type().isSubtypeOf(ExceptionTypes.INDEX_ERROR)
                        || e.exception().type().isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
                    done = true;
                    return null;
                }
                throw e;
            }
        }
    }
}
