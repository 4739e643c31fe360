package dev.tint.eval.nodes;

import dev.tint.error.ScriptError;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.Frame;
import dev.tint.eval.runtime.Iteration;
import dev.tint.eval.runtime.PyIterator;
import dev.tint.eval.runtime.PyRange;
import dev.tint.eval.runtime.ThreadState;
import dev.tint.source.Span;

/** if, while and for. Loops poll the interrupt flag at every back-edge so Ctrl-C stops them. */
public final class ControlFlow {
    private ControlFlow() {}

    public static final class If extends StmtNode {
        private final ExprNode test;
        private final StmtNode body;
        private final StmtNode orelse;

        public If(Span span, ExprNode test, StmtNode body, StmtNode orelse) {
            super(span);
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public Object exec(Frame f) {
            if (test.evalBool(f)) {
                return body.exec(f);
            }
            return orelse == null ? null : orelse.exec(f);
        }
    }

    public static final class While extends StmtNode {
        private final ExprNode test;
        private final StmtNode body;
        private final StmtNode orelse;

        public While(Span span, ExprNode test, StmtNode body, StmtNode orelse) {
            super(span);
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public Object exec(Frame f) {
            ThreadState t = f.thread;
            while (test.evalBool(f)) {
                Object signal = body.exec(f);
                if (signal != null) {
                    if (signal == Signal.BREAK) {
                        return null;
                    }
                    if (signal == Signal.RETURN) {
                        return signal;
                    }
                }
                if (t.interrupted) {
                    t.pollInterrupt();
                }
            }
            return orelse == null ? null : orelse.exec(f);
        }
    }

    public static final class For extends StmtNode {
        private final Target target;
        private final ExprNode iterable;
        private final StmtNode body;
        private final StmtNode orelse;

        public For(Span span, Target target, ExprNode iterable, StmtNode body, StmtNode orelse) {
            super(span);
            this.target = target;
            this.iterable = iterable;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public Object exec(Frame f) {
            Object source = iterable.eval(f);
            ThreadState t = f.thread;
            if (source instanceof PyRange r && target instanceof Names.LocalTarget local) {
                return rangeLoop(f, r, local.slot(), t);
            }
            PyIterator it = Iteration.iterOrNull(source);
            if (it == null) {
                throw Errors.notA(source, "iterable").at(f, iterable.span);
            }
            while (true) {
                Object v;
                try {
                    v = it.next();
                } catch (ScriptError e) {
                    throw e.at(f, iterable.span);
                }
                if (v == null) {
                    break;
                }
                target.assign(f, v);
                Object signal = body.exec(f);
                if (signal != null) {
                    if (signal == Signal.BREAK) {
                        return null;
                    }
                    if (signal == Signal.RETURN) {
                        return signal;
                    }
                }
                if (t.interrupted) {
                    t.pollInterrupt();
                }
            }
            return orelse == null ? null : orelse.exec(f);
        }

        /** {@code for i in range(...)} into a local: no iterator object, a plain long counter. */
        private Object rangeLoop(Frame f, PyRange r, int slot, ThreadState t) {
            long n = r.length();
            long v = r.start;
            long step = r.step;
            Object[] slots = f.slots;
            for (long k = 0; k < n; k++, v += step) {
                slots[slot] = v;
                Object signal = body.exec(f);
                if (signal != null) {
                    if (signal == Signal.BREAK) {
                        return null;
                    }
                    if (signal == Signal.RETURN) {
                        return signal;
                    }
                }
                if (t.interrupted) {
                    t.pollInterrupt();
                }
            }
            return orelse == null ? null : orelse.exec(f);
        }
    }
}
