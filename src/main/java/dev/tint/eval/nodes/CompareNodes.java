package dev.tint.eval.nodes;

import dev.tint.ast.CompareOperator;
import dev.tint.error.ScriptError;
import dev.tint.eval.runtime.Comparisons;
import dev.tint.eval.runtime.Frame;
import dev.tint.eval.runtime.Ops;
import dev.tint.source.Span;

/**
 * Comparisons. A single comparison answers {@link #evalBool} without boxing; a chain
 * {@code a < b < c} evaluates each middle operand once and stops at the first false link.
 */
public final class CompareNodes {
    private CompareNodes() {}

    public static ExprNode create(Span span, ExprNode left, CompareOperator[] ops, ExprNode[] rights) {
        if (ops.length == 1) {
            return new Single(span, left, ops[0], rights[0]);
        }
        return new Chain(span, left, ops, rights);
    }

    static boolean test(CompareOperator op, Object a, Object b) {
        switch (op) {
            case LT:
                return Comparisons.lt(a, b);
            case LE:
                return Comparisons.le(a, b);
            case GT:
                return Comparisons.gt(a, b);
            case GE:
                return Comparisons.ge(a, b);
            case EQ:
                return a instanceof Long x && b instanceof Long y ? x.longValue() == y.longValue() : Comparisons.eq(a, b);
            case NE:
                return a instanceof Long x && b instanceof Long y ? x.longValue() != y.longValue() : !Comparisons.eq(a, b);
            case IS:
                return identical(a, b);
            case IS_NOT:
                return !identical(a, b);
            case IN:
                return Ops.contains(b, a);
            default:
                return !Ops.contains(b, a);
        }
    }

    /** The comparison's Python value: a bool, or whatever a user dunder returned. */
    static Object compare(CompareOperator op, Object a, Object b) {
        if (Comparisons.isRich(a, b)) {
            switch (op) {
                case EQ:
                    return Comparisons.richEq(a, b);
                case NE:
                    return Comparisons.richNe(a, b);
                case LT:
                    return Comparisons.richOrder("<", a, b);
                case LE:
                    return Comparisons.richOrder("<=", a, b);
                case GT:
                    return Comparisons.richOrder(">", a, b);
                case GE:
                    return Comparisons.richOrder(">=", a, b);
                default:
                    break;
            }
        }
        return test(op, a, b);
    }

    /**
     * Python identity. Small ints and interned strings are shared objects in CPython; Tint boxes
     * freely, so equal ints in CPython's small-int cache (-5..256) and equal bools compare
     * identical, as CPython programs expect.
     */
    static boolean identical(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue() && x >= -5 && x <= 256;
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x.booleanValue() == y.booleanValue();
        }
        if (a instanceof String x && b instanceof String y) {
            return x.length() <= 1 && x.equals(y);
        }
        return false;
    }

    static final class Single extends ExprNode {
        private final ExprNode left;
        private final CompareOperator op;
        private final ExprNode right;

        Single(Span span, ExprNode left, CompareOperator op, ExprNode right) {
            super(span);
            this.left = left;
            this.op = op;
            this.right = right;
        }

        @Override
        public Object eval(Frame f) {
            Object a = left.eval(f);
            Object b = right.eval(f);
            if (a instanceof Long && b instanceof Long) {
                return longs(f, a, b);
            }
            try {
                return compare(op, a, b);
            } catch (ScriptError e) {
                throw e.at(f, span);
            }
        }

        private boolean longs(Frame f, Object a, Object b) {
            try {
                return test(op, a, b);
            } catch (ScriptError e) {
                throw e.at(f, span);
            }
        }

        @Override
        public boolean evalBool(Frame f) {
            Object a = left.eval(f);
            Object b = right.eval(f);
            if (a instanceof Long x && b instanceof Long y) {
                long p = x;
                long q = y;
                switch (op) {
                    case LT:
                        return p < q;
                    case LE:
                        return p <= q;
                    case GT:
                        return p > q;
                    case GE:
                        return p >= q;
                    case EQ:
                        return p == q;
                    case NE:
                        return p != q;
                    default:
                        break;
                }
            }
            try {
                return Comparisons.isRich(a, b) ? Ops.truthy(compare(op, a, b)) : test(op, a, b);
            } catch (ScriptError e) {
                throw e.at(f, span);
            }
        }
    }

    static final class Chain extends ExprNode {
        private final ExprNode left;
        private final CompareOperator[] ops;
        private final ExprNode[] rights;

        Chain(Span span, ExprNode left, CompareOperator[] ops, ExprNode[] rights) {
            super(span);
            this.left = left;
            this.ops = ops;
            this.rights = rights;
        }

        @Override
        public Object eval(Frame f) {
            Object a = left.eval(f);
            Object result = Boolean.TRUE;
            for (int i = 0; i < ops.length; i++) {
                Object b = rights[i].eval(f);
                try {
                    result = compare(ops[i], a, b);
                } catch (ScriptError e) {
                    throw e.at(f, span);
                }
                if (!Ops.truthy(result)) {
                    return result;
                }
                a = b;
            }
            return result;
        }

        @Override
        public boolean evalBool(Frame f) {
            Object a = left.eval(f);
            for (int i = 0; i < ops.length; i++) {
                Object b = rights[i].eval(f);
                boolean ok;
                try {
                    ok = Comparisons.isRich(a, b) ? Ops.truthy(compare(ops[i], a, b)) : test(ops[i], a, b);
                } catch (ScriptError e) {
                    throw e.at(f, span);
                }
                if (!ok) {
                    return false;
                }
                a = b;
            }
            return true;
        }
    }
}
