package dev.tint.eval.stdlib;

import dev.tint.ast.Operator;
import dev.tint.eval.Interpreter;
import dev.tint.eval.runtime.Args;
import dev.tint.eval.runtime.Arith;
import dev.tint.eval.runtime.Comparisons;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.Items;
import dev.tint.eval.runtime.Iteration;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyCallable;
import dev.tint.eval.runtime.PyIterator;
import dev.tint.eval.runtime.PyModule;
import dev.tint.eval.runtime.PyNone;
import dev.tint.eval.runtime.PyObject;
import dev.tint.eval.runtime.PyReprable;
import dev.tint.eval.runtime.PyTuple;
import dev.tint.eval.runtime.PyType;
import java.util.function.BinaryOperator;

/** {@code operator}: the operators as functions, plus itemgetter, attrgetter and methodcaller. */
public final class OperatorModule {
    private OperatorModule() {}

    static final PyType ITEMGETTER = new PyType("itemgetter", PyType.OBJECT).withModule("operator");
    static final PyType ATTRGETTER = new PyType("attrgetter", PyType.OBJECT).withModule("operator");
    static final PyType METHODCALLER = new PyType("methodcaller", PyType.OBJECT).withModule("operator");

    static {
        ITEMGETTER.setConstructor((a, k) -> {
            Args.noKeywords("itemgetter", k);
            if (a.length == 0) {
                throw Errors.type("itemgetter expected 1 argument, got 0");
            }
            return new Getter(ITEMGETTER, a.clone());
        });
        ATTRGETTER.setConstructor((a, k) -> {
            Args.noKeywords("attrgetter", k);
            if (a.length == 0) {
                throw Errors.type("attrgetter expected 1 argument, got 0");
            }
            for (Object o : a) {
                if (!(o instanceof String)) {
                    throw Errors.type("attribute name must be a string");
                }
            }
            return new Getter(ATTRGETTER, a.clone());
        });
        METHODCALLER.setConstructor((a, k) -> {
            int npos = Natives.positional(a, k);
            if (npos < 1) {
                throw Errors.type("methodcaller needs at least one argument, the method name");
            }
            if (!(a[0] instanceof String)) {
                throw Errors.type("method name must be a string");
            }
            return new MethodCaller(a, k);
        });
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = Natives.module("operator", "Operator interface.");
        binary(m, "add", Arith::add);
        binary(m, "sub", Arith::sub);
        binary(m, "mul", Arith::mul);
        binary(m, "truediv", Arith::trueDiv);
        binary(m, "floordiv", Arith::floorDiv);
        binary(m, "mod", Arith::mod);
        binary(m, "pow", Arith::pow);
        binary(m, "lshift", Arith::lshift);
        binary(m, "rshift", Arith::rshift);
        binary(m, "and_", Arith::bitAnd);
        binary(m, "or_", Arith::bitOr);
        binary(m, "xor", Arith::bitXor);
        binary(m, "matmul", (x, y) -> Arith.binary(Operator.MATMUL, x, y));
        binary(m, "concat", (x, y) -> {
            if (x instanceof String || x instanceof dev.tint.eval.runtime.PyList || x instanceof PyTuple) {
                return Arith.add(x, y);
            }
            throw Errors.type("'%s' object can't be concatenated", Ops.typeName(x));
        });
        binary(m, "iadd", (x, y) -> Arith.inplace(Operator.ADD, x, y));
        binary(m, "isub", (x, y) -> Arith.inplace(Operator.SUB, x, y));
        binary(m, "imul", (x, y) -> Arith.inplace(Operator.MUL, x, y));
        binary(m, "eq", (x, y) -> Comparisons.eq(x, y));
        binary(m, "ne", (x, y) -> !Comparisons.eq(x, y));
        binary(m, "lt", (x, y) -> Comparisons.lt(x, y));
        binary(m, "le", (x, y) -> Comparisons.le(x, y));
        binary(m, "gt", (x, y) -> Comparisons.gt(x, y));
        binary(m, "ge", (x, y) -> Comparisons.ge(x, y));
        binary(m, "is_", (x, y) -> identical(x, y));
        binary(m, "is_not", (x, y) -> !identical(x, y));
        binary(m, "contains", (x, y) -> Ops.contains(x, y));
        binary(m, "getitem", Items::getItem);
        binary(m, "countOf", (x, y) -> {
            long n = 0;
            PyIterator it = Iteration.iter(x);
            for (Object v = it.next(); v != null; v = it.next()) {
                if (v == y || Ops.eq(v, y)) {
                    n++;
                }
            }
            return n;
        });
        binary(m, "indexOf", (x, y) -> {
            long n = 0;
            PyIterator it = Iteration.iter(x);
            for (Object v = it.next(); v != null; v = it.next()) {
                if (v == y || Ops.eq(v, y)) {
                    return n;
                }
                n++;
            }
            throw Errors.value("sequence.index(x): x not in sequence");
        });
        Natives.def(m, "setitem", (a, k) -> {
            Natives.exactly("setitem", a, k, 3);
            Items.setItem(a[0], a[1], a[2]);
            return PyNone.NONE;
        });
        Natives.def(m, "delitem", (a, k) -> {
            Natives.exactly("delitem", a, k, 2);
            Items.delItem(a[0], a[1]);
            return PyNone.NONE;
        });
        unary(m, "neg", Arith::neg);
        unary(m, "pos", Arith::pos);
        unary(m, "invert", Arith::invert);
        unary(m, "inv", Arith::invert);
        unary(m, "not_", x -> !Ops.truthy(x));
        unary(m, "truth", Ops::truthy);
        unary(m, "index", Natives::index);
        unary(m, "abs", x -> Ops.call(interp.builtins().get("abs"), x));
        Natives.set(m, "itemgetter", ITEMGETTER);
        Natives.set(m, "attrgetter", ATTRGETTER);
        Natives.set(m, "methodcaller", METHODCALLER);
        return m;
    }

    private static boolean identical(Object x, Object y) {
        if (x == y) {
            return true;
        }
        // small ints, bools and interned strings are shared objects in CPython
        if (x instanceof Boolean || y instanceof Boolean) {
            return x.equals(y);
        }
        if (x instanceof Long a && y instanceof Long b) {
            return a.longValue() == b.longValue() && a >= -5 && a <= 256;
        }
        return false;
    }

    private static void binary(PyModule m, String name, BinaryOperator<Object> f) {
        Natives.def(m, name, (a, k) -> {
            Natives.exactly(name, a, k, 2);
            return f.apply(a[0], a[1]);
        });
    }

    private static void unary(PyModule m, String name, java.util.function.UnaryOperator<Object> f) {
        Natives.def(m, name, (a, k) -> {
            Natives.exactlyOne(name, a, k);
            return f.apply(a[0]);
        });
    }

    /** itemgetter / attrgetter objects. */
    static final class Getter implements PyObject, PyCallable, PyReprable {
        private final PyType type;
        private final Object[] keys;

        Getter(PyType type, Object[] keys) {
            this.type = type;
            this.keys = keys;
        }

        private Object one(Object obj, Object key) {
            if (type == ITEMGETTER) {
                return Items.getItem(obj, key);
            }
            Object v = obj;
            for (String part : ((String) key).split("\\.", -1)) {
                v = Ops.getAttr(v, part);
            }
            return v;
        }

        @Override
        public Object call(Object[] args, String[] kwnames) {
            Args.noKeywords(type.name(), kwnames);
            if (args.length != 1) {
                throw Errors.type("%s expected 1 argument, got %d", type.name(), args.length);
            }
            if (keys.length == 1) {
                return one(args[0], keys[0]);
            }
            Object[] out = new Object[keys.length];
            for (int i = 0; i < keys.length; i++) {
                out[i] = one(args[0], keys[i]);
            }
            return PyTuple.of(out);
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public String pyRepr() {
            StringBuilder sb = new StringBuilder("operator.").append(type.name()).append('(');
            for (int i = 0; i < keys.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Ops.repr(keys[i]));
            }
            return sb.append(')').toString();
        }
    }

    static final class MethodCaller implements PyObject, PyCallable, PyReprable {
        private final String name;
        private final Object[] args;
        private final String[] kwnames;

        MethodCaller(Object[] all, String[] kw) {
            this.name = (String) all[0];
            this.args = java.util.Arrays.copyOfRange(all, 1, all.length);
            this.kwnames = kw;
        }

        @Override
        public Object call(Object[] a, String[] k) {
            Args.noKeywords("methodcaller", k);
            if (a.length != 1) {
                throw Errors.type("methodcaller expected 1 argument, got %d", a.length);
            }
            return Ops.call(Ops.getAttr(a[0], name), args, kwnames);
        }

        @Override
        public PyType type() {
            return METHODCALLER;
        }

        @Override
        public String pyRepr() {
            StringBuilder sb = new StringBuilder("operator.methodcaller(").append(Ops.repr(name));
            int npos = args.length - (kwnames == null ? 0 : kwnames.length);
            for (int i = 0; i < npos; i++) {
                sb.append(", ").append(Ops.repr(args[i]));
            }
            if (kwnames != null) {
                for (int i = 0; i < kwnames.length; i++) {
                    sb.append(", ").append(kwnames[i]).append('=').append(Ops.repr(args[npos + i]));
                }
            }
            return sb.append(')').toString();
        }
    }
}
