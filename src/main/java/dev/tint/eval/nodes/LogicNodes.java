package dev.tint.eval.nodes;

import dev.tint.eval.runtime.Frame;
import dev.tint.eval.runtime.Ops;
import dev.tint.source.Span;

/** {@code and}/{@code or} (returning an operand, as Python does) and the conditional expression. */
public final class LogicNodes {
    private LogicNodes() {}

    public static final class And extends ExprNode {
        private final ExprNode[] values;

        public And(Span span, ExprNode[] values) {
            super(span);
            this.values = values;
        }

        @Override
        public Object eval(Frame f) {
            Object v = null;
            for (ExprNode n : values) {
                v = n.eval(f);
                if (!Ops.truthy(v)) {
                    return v;
                }
            }
            return v;
        }

        @Override
        public boolean evalBool(Frame f) {
            for (ExprNode n : values) {
                if (!n.evalBool(f)) {
                    return false;
                }
            }
            return true;
        }
    }

    public static final class Or extends ExprNode {
        private final ExprNode[] values;

        public Or(Span span, ExprNode[] values) {
            super(span);
            this.values = values;
        }

        @Override
        public Object eval(Frame f) {
            Object v = null;
            for (ExprNode n : values) {
                v = n.eval(f);
                if (Ops.truthy(v)) {
                    return v;
                }
            }
            return v;
        }

        @Override
        public boolean evalBool(Frame f) {
            for (ExprNode n : values) {
                if (n.evalBool(f)) {
                    return true;
                }
            }
            return false;
        }
    }

    public static final class IfExp extends ExprNode {
        private final ExprNode test;
        private final ExprNode body;
        private final ExprNode orelse;

        public IfExp(Span span, ExprNode test, ExprNode body, ExprNode orelse) {
            super(span);
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public Object eval(Frame f) {
            return test.evalBool(f) ? body.eval(f) : orelse.eval(f);
        }
    }

    public static final class Const extends ExprNode {
        private final Object value;

        public Const(Span span, Object value) {
            super(span);
            this.value = value;
        }

        public Object value() {
            return value;
        }

        @Override
        public Object eval(Frame f) {
            return value;
        }
    }
}
