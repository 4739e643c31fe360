package dev.tint.eval.nodes;

import dev.tint.ast.UnaryOperator;
import dev.tint.error.ScriptError;
import dev.tint.eval.runtime.Arith;
import dev.tint.eval.runtime.Frame;
import dev.tint.source.Span;

/** {@code -x}, {@code +x}, {@code ~x} and {@code not x}. */
public final class UnaryNodes {
    private UnaryNodes() {}

    public static ExprNode create(Span span, UnaryOperator op, ExprNode operand) {
        return op == UnaryOperator.NOT ? new Not(span, operand) : new Arithmetic(span, op, operand);
    }

    static final class Not extends ExprNode {
        private final ExprNode operand;

        Not(Span span, ExprNode operand) {
            super(span);
            this.operand = operand;
        }

        @Override
        public Object eval(Frame f) {
            return !operand.evalBool(f);
        }

        @Override
        public boolean evalBool(Frame f) {
            return !operand.evalBool(f);
        }
    }

    static final class Arithmetic extends ExprNode {
        private final UnaryOperator op;
        private final ExprNode operand;

        Arithmetic(Span span, UnaryOperator op, ExprNode operand) {
            super(span);
            this.op = op;
            this.operand = operand;
        }

        @Override
        public Object eval(Frame f) {
            Object v = operand.eval(f);
            try {
                return switch (op) {
                    case NEG -> Arith.neg(v);
                    case POS -> Arith.pos(v);
                    default -> Arith.invert(v);
                };
            } catch (ScriptError e) {
                throw e.at(f, span);
            }
        }
    }
}
