package dev.tint.eval.nodes;

import dev.tint.error.ScriptError;
import dev.tint.eval.runtime.Frame;
import dev.tint.eval.runtime.Items;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyList;
import dev.tint.eval.runtime.PyNone;
import dev.tint.eval.runtime.PySlice;
import dev.tint.eval.objects.PyInstance;
import dev.tint.eval.runtime.PyType;
import dev.tint.source.Span;
import dev.tint.trace.CaretAnchor;

/** Attribute access, subscription and slices, as expressions and as assignment targets. */
public final class AccessNodes {
    private AccessNodes() {}

    /**
     * An inline cache of what a class says about one attribute name: valid while the type and
     * the global type version are unchanged. Lets instance attribute reads and writes go straight
     * to the instance dict when the class has no property or __setattr__ in the way.
     */
    static final class InstanceAttributeCache {
        private final String name;
        private PyType type;
        private int version = -1;
        private boolean plainRead;
        private boolean plainWrite;

        InstanceAttributeCache(String name) {
            this.name = name;
        }

        private void refresh(PyType t) {
            int v = PyType.version();
            if (t != type || v != version) {
                Object attr = t.lookup(name);
                plainRead = !(attr instanceof dev.tint.eval.objects.PyProperty) && t.lookup("__getattribute__") == null;
                Object setattr = t.lookup("__setattr__");
                plainWrite = !(attr instanceof dev.tint.eval.objects.PyProperty)
                        && !(setattr instanceof PyFunction);
                type = t;
                version = v;
            }
        }

        /** The instance's own value when nothing in the class intercepts reading it, else null. */
        Object read(PyInstance inst) {
            refresh(inst.type());
            return plainRead ? inst.dict().get(name) : null;
        }

        /** Stores into the instance dict when nothing intercepts it; false to take the slow path. */
        boolean write(PyInstance inst, Object value) {
            refresh(inst.type());
            if (plainWrite) {
                inst.dict().put(name, value);
                return true;
            }
            return false;
        }
    }

    public static final class GetAttr extends ExprNode {
        final ExprNode object;
        final String name;
        private final InstanceAttributeCache cache;

        public GetAttr(Span span, ExprNode object, String name) {
            super(span);
            this.object = object;
            this.name = name;
            this.cache = new InstanceAttributeCache(name);
        }

        @Override
        public Object eval(Frame f) {
            Object o = object.eval(f);
            if (o instanceof PyInstance inst) {
                Object v = cache.read(inst);
                if (v != null) {
                    return v;
                }
            }
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
        private final InstanceAttributeCache cache;

        public AttrTarget(Span span, ExprNode object, String name) {
            this.span = span;
            this.object = object;
            this.name = name;
            this.cache = new InstanceAttributeCache(name);
        }

        /** Stores, taking the instance-dict fast path when the class allows it. */
        void store(Frame f, Object o, Object value) {
            if (o instanceof PyInstance inst && cache.write(inst, value)) {
                return;
            }
            try {
                Ops.setAttr(o, name, value);
            } catch (ScriptError e) {
                throw e.at(f, span);
            }
        }

        /** Reads, as GetAttr does, for augmented assignment. */
        Object read(Frame f, Object o) {
            if (o instanceof PyInstance inst) {
                Object v = cache.read(inst);
                if (v != null) {
                    return v;
                }
            }
            try {
                return Ops.getAttr(o, name);
            } catch (ScriptError e) {
                throw e.at(f, span);
            }
        }

        public ExprNode object() {
            return object;
        }

        public String name() {
            return name;
        }

        @Override
        public void assign(Frame f, Object value) {
            store(f, object.eval(f), value);
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
