package dev.tint.eval.nodes;

import dev.tint.error.ScriptError;
import dev.tint.eval.runtime.Frame;
import dev.tint.eval.runtime.Items;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyList;
import dev.tint.eval.runtime.PyNone;
import dev.tint.eval.runtime.PySlice;
import dev.tint.source.Span;
import dev.tint.trace.CaretAnchor;

/** Attribute access, subscription and slices, as expressions and as assignment targets. */
public final class AccessNodes {
    private AccessNodes() {}

    public static final class GetAttr extends ExprNode {
        final ExprNode object;
        final String name;

        public GetAttr(Span span, ExprNode object, String name) {
            super(span);
            this.object = object;
            this.name = name;
        }

        @Override
        public Object eval(Frame f) {
            Object o = object.eval(f);
            try {
                return Ops.getAttr(o, name);
            } catch (ScriptError e) {
                throw e.at(f, span);
            }
        }
    }

    public static final class GetItem extends ExprNode {
        private final ExprNode object;
        private final ExprNode index;
        private final CaretAnchor anchor;

        public GetItem(Span span, ExprNode object, ExprNode index) {
            super(span);
            this.object = object;
            this.index = index;
            this.anchor = CaretAnchor.subscript(object.span);
        }

        @Override
        public Object eval(Frame f) {
            Object o = object.eval(f);
            Object i = index.eval(f);
            if (o instanceof PyList l && i instanceof Long n) {
                long k = n;
                if (k < 0) {
                    k += l.size();
                }
                if (k >= 0 && k < l.size()) {
                    return l.get((int) k);
                }
            }
            try {
                return Items.getItem(o, i);
            } catch (ScriptError e) {
                throw e.at(f, span, anchor);
            }
        }
    }

    public static final class SliceNode extends ExprNode {
        private final ExprNode lower;
        private final ExprNode upper;
        private final ExprNode step;

        public SliceNode(Span span, ExprNode lower, ExprNode upper, ExprNode step) {
            super(span);
            this.lower = lower;
            this.upper = upper;
            this.step = step;
        }

        @Override
        public Object eval(Frame f) {
            return new PySlice(lower == null ? PyNone.NONE : lower.eval(f),
                    upper == null ? PyNone.NONE : upper.eval(f),
                    step == null ? PyNone.NONE : step.eval(f));
        }
    }

    public static final class AttrTarget implements Target {
        private final Span span;
        private final ExprNode object;
        private final String name;

        public AttrTarget(Span span, ExprNode object, String name) {
            this.span = span;
            this.object = object;
            this.name = name;
        }

        public ExprNode object() {
            return object;
        }

        public String name() {
            return name;
        }

        @Override
        public void assign(Frame f, Object value) {
            Object o = object.eval(f);
            try {
                Ops.setAttr(o, name, value);
            } catch (ScriptError e) {
                throw e.at(f, span);
            }
        }

        @Override
        public void delete(Frame f) {
            Object o = object.eval(f);
            try {
                dev.tint.eval.runtime.Attributes.delete(o, name);
            } catch (ScriptError e) {
                throw e.at(f, span);
            }
        }
    }

    public static final class ItemTarget implements Target {
        private final Span span;
        private final ExprNode object;
        private final ExprNode index;

        public ItemTarget(Span span, ExprNode object, ExprNode index) {
            this.span = span;
            this.object = object;
            this.index = index;
        }

        public ExprNode object() {
            return object;
        }

        public ExprNode index() {
            return index;
        }

        @Override
        public void assign(Frame f, Object value) {
            Object o = object.eval(f);
            Object i = index.eval(f);
            store(f, o, i, value);
        }

        void store(Frame f, Object o, Object i, Object value) {
            if (o instanceof PyList l && i instanceof Long n) {
                long k = n;
                if (k < 0) {
                    k += l.size();
                }
                if (k >= 0 && k < l.size()) {
                    l.set((int) k, value);
                    return;
                }
            }
            try {
                Items.setItem(o, i, value);
            } catch (ScriptError e) {
                throw e.at(f, span);
            }
        }

        @Override
        public void delete(Frame f) {
            Object o = object.eval(f);
            Object i = index.eval(f);
            try {
                Items.delItem(o, i);
            } catch (ScriptError e) {
                throw e.at(f, span);
            }
        }
    }
}
