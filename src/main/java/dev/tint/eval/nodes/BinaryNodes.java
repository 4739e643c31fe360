package dev.tint.eval.nodes;

import dev.tint.ast.Operator;
import dev.tint.error.ScriptError;
import dev.tint.eval.runtime.Arith;
import dev.tint.eval.runtime.Frame;
import dev.tint.source.Span;
import dev.tint.trace.CaretAnchor;

/**
 * Binary operators. The common ones get their own class with an inline long fast path; the rest
 * go through {@link Arith#binary}. Errors are located at the operator's expression.
 */
public final class BinaryNodes {
    private BinaryNodes() {}

    public static ExprNode create(Span span, Operator op, ExprNode left, ExprNode right) {
        return switch (op) {
            case ADD -> new Add(span, left, right);
            case SUB -> new Sub(span, left, right);
            case MUL -> new Mul(span, left, right);
            case MOD -> new Mod(span, left, right);
            case FLOORDIV -> new FloorDiv(span, left, right);
            default -> new Generic(span, op, left, right);
        };
    }

    abstract static class Binary extends ExprNode {
        final ExprNode left;
        final ExprNode right;
        final CaretAnchor anchor;

        Binary(Span span, ExprNode left, ExprNode right) {
            super(span);
            this.left = left;
            this.right = right;
            this.anchor = CaretAnchor.binary(left.span, right.span);
        }
    }

    static final class Add extends Binary {
        Add(Span span, ExprNode left, ExprNode right) {
            super(span, left, right);
        }

        @Override
        public Object eval(Frame f) {
            Object a = left.eval(f);
            Object b = right.eval(f);
            if (a instanceof Long x && b instanceof Long y) {
                long r = x + y;
                if (((x ^ r) & (y ^ r)) >= 0) {
                    return r;
                }
            } else if (a instanceof Double x && b instanceof Double y) {
                return x + y;
            }
            try {
                return Arith.add(a, b);
            } catch (ScriptError e) {
                throw e.at(f, span, anchor);
            }
        }
    }

    static final class Sub extends Binary {
        Sub(Span span, ExprNode left, ExprNode right) {
            super(span, left, right);
        }

        @Override
        public Object eval(Frame f) {
            Object a = left.eval(f);
            Object b = right.eval(f);
            if (a instanceof Long x && b instanceof Long y) {
                long r = x - y;
                if (((x ^ y) & (x ^ r)) >= 0) {
                    return r;
                }
            } else if (a instanceof Double x && b instanceof Double y) {
                return x - y;
            }
            try {
                return Arith.sub(a, b);
            } catch (ScriptError e) {
                throw e.at(f, span, anchor);
            }
        }
    }

    static final class Mul extends Binary {
        Mul(Span span, ExprNode left, ExprNode right) {
            super(span, left, right);
        }

        @Override
        public Object eval(Frame f) {
            Object a = left.eval(f);
            Object b = right.eval(f);
            if (a instanceof Double x && b instanceof Double y) {
                return x * y;
            }
            try {
                return Arith.mul(a, b);
            } catch (ScriptError e) {
                throw e.at(f, span, anchor);
            }
        }
    }

    static final class Mod extends Binary {
        Mod(Span span, ExprNode left, ExprNode right) {
            super(span, left, right);
        }

        @Override
        public Object eval(Frame f) {
            Object a = left.eval(f);
            Object b = right.eval(f);
            if (a instanceof Long x && b instanceof Long y && y > 0) {
                long r = x % y;
                return r < 0 ? r + y : r;
            }
            try {
                return Arith.mod(a, b);
            } catch (ScriptError e) {
                throw e.at(f, span, anchor);
            }
        }
    }

    static final class FloorDiv extends Binary {
        FloorDiv(Span span, ExprNode left, ExprNode right) {
            super(span, left, right);
        }

        @Override
        public Object eval(Frame f) {
            Object a = left.eval(f);
            Object b = right.eval(f);
            if (a instanceof Long x && b instanceof Long y && y > 0) {
                return Math.floorDiv(x.longValue(), y.longValue());
            }
            try {
                return Arith.floorDiv(a, b);
            } catch (ScriptError e) {
                throw e.at(f, span, anchor);
            }
        }
    }

    static final class Generic extends Binary {
        private final Operator op;

        Generic(Span span, Operator op, ExprNode left, ExprNode right) {
            super(span, left, right);
            this.op = op;
        }

        @Override
        public Object eval(Frame f) {
            Object a = left.eval(f);
            Object b = right.eval(f);
            try {
                return Arith.binary(op, a, b);
            } catch (ScriptError e) {
                throw e.at(f, span, anchor);
            }
        }
    }
}
