package dev.tint.eval.nodes;

import dev.tint.ast.Operator;
import dev.tint.error.ScriptError;
import dev.tint.eval.runtime.Arith;
import dev.tint.eval.runtime.ExceptionTypes;
import dev.tint.eval.runtime.Frame;
import dev.tint.eval.runtime.Items;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyBaseException;
import dev.tint.source.Span;

/** Statements without nested blocks: expressions, assignments, del, pass, return, break, continue, assert. */
public final class SimpleStatements {
    private SimpleStatements() {}

    public static final class ExprStmt extends StmtNode {
        private final ExprNode value;

        public ExprStmt(Span span, ExprNode value) {
            super(span);
            this.value = value;
        }

        public ExprNode value() {
            return value;
        }

        @Override
        public Object exec(Frame f) {
            value.eval(f);
            return null;
        }
    }

    public static final class Assign extends StmtNode {
        private final Target[] targets;
        private final ExprNode value;

        public Assign(Span span, Target[] targets, ExprNode value) {
            super(span);
            this.targets = targets;
            this.value = value;
        }

        @Override
        public Object exec(Frame f) {
            Object v = value.eval(f);
            for (Target t : targets) {
                t.assign(f, v);
            }
            return null;
        }
    }

    /** {@code x = value} to a local slot: the most common statement of all. */
    public static final class AssignLocal extends StmtNode {
        private final int slot;
        private final ExprNode value;

        public AssignLocal(Span span, int slot, ExprNode value) {
            super(span);
            this.slot = slot;
            this.value = value;
        }

        @Override
        public Object exec(Frame f) {
            f.slots[slot] = value.eval(f);
            return null;
        }
    }

    /** {@code target op= value}: the target's object and index are evaluated once. */
    public static final class AugAssign extends StmtNode {
        private final Target target;
        private final ExprNode read;
        private final Operator op;
        private final ExprNode value;

        /** read evaluates the current value for name targets; null for attribute and item targets. */
        public AugAssign(Span span, Target target, ExprNode read, Operator op, ExprNode value) {
            super(span);
            this.target = target;
            this.read = read;
            this.op = op;
            this.value = value;
        }

        @Override
        public Object exec(Frame f) {
            if (target instanceof AccessNodes.ItemTarget it) {
                Object o = it.object().eval(f);
                Object i = it.index().eval(f);
                Object current;
                try {
                    current = Items.getItem(o, i);
                } catch (ScriptError e) {
                    throw e.at(f, span);
                }
                Object v = value.eval(f);
                it.store(f, o, i, combine(f, current, v));
                return null;
            }
            if (target instanceof AccessNodes.AttrTarget at) {
                Object o = at.object().eval(f);
                Object current = at.read(f, o);
                Object v = value.eval(f);
                at.store(f, o, combine(f, current, v));
                return null;
            }
            Object current = read.eval(f);
            Object v = value.eval(f);
            target.assign(f, combine(f, current, v));
            return null;
        }

        private Object combine(Frame f, Object current, Object v) {
            if (current instanceof Double x && v instanceof Double y) {
                switch (op) {
                    case ADD:
                        return x + y;
                    case SUB:
                        return x - y;
                    case MUL:
                        return x * y;
                    default:
                        break;
                }
            }
            if (current instanceof Long x && v instanceof Long y) {
                if (op == Operator.ADD) {
                    long r = x + y;
                    if (((x ^ r) & (y ^ r)) >= 0) {
                        return r;
                    }
                } else if (op == Operator.SUB) {
                    long r = x - y;
                    if (((x ^ y) & (x ^ r)) >= 0) {
                        return r;
                    }
                }
            }
            try {
                return Arith.inplace(op, current, v);
            } catch (ScriptError e) {
                throw e.at(f, span);
            }
        }
    }

    public static final class Delete extends StmtNode {
        private final Target[] targets;

        public Delete(Span span, Target[] targets) {
            super(span);
            this.targets = targets;
        }

        @Override
        public Object exec(Frame f) {
            for (Target t : targets) {
                t.delete(f);
            }
            return null;
        }
    }

    public static final class Pass extends StmtNode {
        public Pass(Span span) {
            super(span);
        }

        @Override
        public Object exec(Frame f) {
            return null;
        }
    }

    public static final class Break extends StmtNode {
        public Break(Span span) {
            super(span);
        }

        @Override
        public Object exec(Frame f) {
            return Signal.BREAK;
        }
    }

    public static final class Continue extends StmtNode {
        public Continue(Span span) {
            super(span);
        }

        @Override
        public Object exec(Frame f) {
            return Signal.CONTINUE;
        }
    }

    public static final class Return extends StmtNode {
        private final ExprNode value;

        public Return(Span span, ExprNode value) {
            super(span);
            this.value = value;
        }

        @Override
        public Object exec(Frame f) {
            f.returnValue = value == null ? dev.tint.eval.runtime.PyNone.NONE : value.eval(f);
            return Signal.RETURN;
        }
    }

    public static final class Assert extends StmtNode {
        private final ExprNode test;
        private final ExprNode message;

        public Assert(Span span, ExprNode test, ExprNode message) {
            super(span);
            this.test = test;
            this.message = message;
        }

        @Override
        public Object exec(Frame f) {
            if (!test.evalBool(f)) {
                Object[] args = message == null ? new Object[0] : new Object[] {message.eval(f)};
                PyBaseException e = new PyBaseException(ExceptionTypes.ASSERTION_ERROR, args, null);
                Raise.chain(f, e);
                throw new ScriptError(e).at(f, test.span); // CPython points at the failing test
            }
            return null;
        }
    }
}
