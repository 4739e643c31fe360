package dev.tint.eval.nodes;

import dev.tint.error.ScriptError;
import dev.tint.eval.runtime.DictOps;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.Frame;
import dev.tint.eval.runtime.Iteration;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyDict;
import dev.tint.eval.runtime.PyIterator;
import dev.tint.eval.runtime.PyList;
import dev.tint.eval.runtime.PySet;
import dev.tint.eval.runtime.PyTuple;
import dev.tint.source.Span;

/** List, tuple, set and dict displays, with {@code *iterable} and {@code **mapping} unpacking. */
public final class DisplayNodes {
    private DisplayNodes() {}

    /** An element of a display: a value, or a starred iterable to splice in. */
    public record Element(ExprNode value, boolean starred) {}

    static boolean anyStarred(Element[] elements) {
        for (Element e : elements) {
            if (e.starred) {
                return true;
            }
        }
        return false;
    }

    /** Evaluates the elements into a list, splicing starred ones. */
    static PyList collect(Frame f, Element[] elements, Span span) {
        PyList out = new PyList(elements.length);
        for (Element e : elements) {
            Object v = e.value.eval(f);
            if (e.starred) {
                PyIterator it = Iteration.iterOrNull(v);
                if (it == null) {
                    throw Errors.type("Value after * must be an iterable, not %s", Ops.typeName(v)).at(f, e.value.span);
                }
                for (Object x = it.next(); x != null; x = it.next()) {
                    out.append(x);
                }
            } else {
                out.append(v);
            }
        }
        return out;
    }

    /**
     * A list or tuple display: its items, evaluated straight into an array when no element is
     * starred (the common case), else collected with the starred iterables spliced in.
     */
    abstract static class SequenceDisplay extends ExprNode {
        private final Element[] elements;
        private final ExprNode[] plain;

        SequenceDisplay(Span span, Element[] elements) {
            super(span);
            this.elements = elements;
            this.plain = anyStarred(elements) ? null : values(elements);
        }

        final Object[] items(Frame f) {
            if (plain == null) {
                return collect(f, elements, span).toArray();
            }
            Object[] items = new Object[plain.length];
            for (int i = 0; i < items.length; i++) {
                items[i] = plain[i].eval(f);
            }
            return items;
        }
    }

    public static final class ListNode extends SequenceDisplay {
        public ListNode(Span span, Element[] elements) {
            super(span, elements);
        }

        @Override
        public Object eval(Frame f) {
            Object[] items = items(f);
            return PyList.adopt(items, items.length);
        }
    }

    static ExprNode[] values(Element[] elements) {
        ExprNode[] out = new ExprNode[elements.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = elements[i].value;
        }
        return out;
    }

    public static final class TupleNode extends SequenceDisplay {
        public TupleNode(Span span, Element[] elements) {
            super(span, elements);
        }

        @Override
        public Object eval(Frame f) {
            return PyTuple.of(items(f));
        }
    }

    public static final class SetNode extends ExprNode {
        private final Element[] elements;

        public SetNode(Span span, Element[] elements) {
            super(span);
            this.elements = elements;
        }

        @Override
        public Object eval(Frame f) {
            PyList items = collect(f, elements, span);
            PySet s = new PySet();
            try {
                for (int i = 0; i < items.size(); i++) {
                    s.add(items.get(i));
                }
            } catch (ScriptError e) {
                throw e.at(f, span);
            }
            return s;
        }
    }

    /** {@code {k: v, **m}}: a null key marks a {@code **} entry. */
    public static final class DictNode extends ExprNode {
        private final ExprNode[] keys;
        private final ExprNode[] values;

        public DictNode(Span span, ExprNode[] keys, ExprNode[] values) {
            super(span);
            this.keys = keys;
            this.values = values;
        }

        @Override
        public Object eval(Frame f) {
            PyDict d = new PyDict(keys.length);
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == null) {
                    Object m = values[i].eval(f);
                    if (!(m instanceof PyDict) && Ops.findAttr(m, "keys") == null) {
                        throw Errors.type("'%s' object is not a mapping", Ops.typeName(m)).at(f, values[i].span);
                    }
                    DictOps.update(d, m);
                    continue;
                }
                Object k = keys[i].eval(f);
                Object v = values[i].eval(f);
                try {
                    d.put(k, v);
                } catch (ScriptError e) {
                    throw e.at(f, span);
                }
            }
            return d;
        }
    }
}
