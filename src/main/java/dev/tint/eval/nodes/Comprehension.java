package dev.tint.eval.nodes;

import dev.tint.error.ScriptError;
import dev.tint.eval.runtime.Cell;
import dev.tint.eval.runtime.CodeInfo;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.Frame;
import dev.tint.eval.runtime.Iteration;
import dev.tint.eval.runtime.PyDict;
import dev.tint.eval.runtime.PyIterator;
import dev.tint.eval.runtime.PyList;
import dev.tint.eval.runtime.PySet;
import dev.tint.source.Span;

/**
 * List, set and dict comprehensions and generator expressions. Each runs in its own scope (its
 * own frame, so loop variables don't leak); list/set/dict comprehensions are shown in
 * tracebacks as part of the enclosing frame (CPython 3.12+ inlines them), generator expressions
 * as their own {@code <genexpr>} frame. A generator expression is lazy: it produces an item
 * only when its consumer asks.
 */
public final class Comprehension extends ExprNode {
    public enum Kind { LIST, SET, DICT, GENERATOR }

    /** One {@code for target in iterable if cond...} clause; the first iterable is evaluated outside. */
    public record Clause(Target target, ExprNode iterable, ExprNode[] conditions) {}

    private final Kind kind;
    private final CodeInfo code;
    private final int slotCount;
    private final int[] cellSlots;
    private final int[] freeSlots;
    private final int[] closureSlots;
    private final Clause[] clauses;
    private final ExprNode element;
    private final ExprNode value;

    public Comprehension(Span span, Kind kind, CodeInfo code, int slotCount, int[] cellSlots, int[] freeSlots,
                         int[] closureSlots, Clause[] clauses, ExprNode element, ExprNode value) {
        super(span);
        this.kind = kind;
        this.code = code;
        this.slotCount = slotCount;
        this.cellSlots = cellSlots;
        this.freeSlots = freeSlots;
        this.closureSlots = closureSlots;
        this.clauses = clauses;
        this.element = element;
        this.value = value;
    }

    @Override
    public Object eval(Frame f) {
        ExprNode first = clauses[0].iterable();
        Object source = first.eval(f);
        PyIterator it = Iteration.iterOrNull(source);
        if (it == null) {
            throw Errors.notA(source, "iterable").at(f, first.span);
        }
        Frame inner = new Frame(code, slotCount, kind == Kind.GENERATOR ? null : f, f.thread, f.globals);
        for (int s : cellSlots) {
            inner.slots[s] = new Cell();
        }
        for (int i = 0; i < freeSlots.length; i++) {
            inner.slots[freeSlots[i]] = f.slots[closureSlots[i]];
        }
        Loop loop = new Loop(inner, it);
        switch (kind) {
            case GENERATOR:
                return new GeneratorIterator(loop);
            case LIST: {
                PyList out = new PyList();
                while (loop.advance()) {
                    out.append(element.eval(inner));
                }
                return out;
            }
            case SET: {
                PySet out = new PySet();
                while (loop.advance()) {
                    Object v = element.eval(inner);
                    try {
                        out.add(v);
                    } catch (ScriptError e) {
                        throw e.at(inner, element.span);
                    }
                }
                return out;
            }
            default: {
                PyDict out = new PyDict();
                while (loop.advance()) {
                    Object k = element.eval(inner);
                    Object v = value.eval(inner);
                    try {
                        out.put(k, v);
                    } catch (ScriptError e) {
                        throw e.at(inner, element.span);
                    }
                }
                return out;
            }
        }
    }

    /** Walks the nested for/if clauses one binding at a time. */
    private final class Loop {
        private final Frame frame;
        private final PyIterator[] iterators;
        private int depth;

        Loop(Frame frame, PyIterator first) {
            this.frame = frame;
            this.iterators = new PyIterator[clauses.length];
            this.iterators[0] = first;
        }

        /** Binds the targets to the next combination that passes every condition; false at the end. */
        boolean advance() {
            while (depth >= 0) {
                Object v;
                try {
                    v = iterators[depth].next();
                } catch (ScriptError e) {
                    throw e.at(frame, clauses[depth].iterable().span);
                }
                if (v == null) {
                    depth--;
                    continue;
                }
                Clause c = clauses[depth];
                c.target().assign(frame, v);
                if (!passes(c)) {
                    continue;
                }
                if (depth == clauses.length - 1) {
                    if (frame.thread.interrupted) {
                        frame.thread.pollInterrupt();
                    }
                    return true;
                }
                depth++;
                Clause next = clauses[depth];
                Object source = next.iterable().eval(frame);
                PyIterator it = Iteration.iterOrNull(source);
                if (it == null) {
                    throw Errors.notA(source, "iterable").at(frame, next.iterable().span);
                }
                iterators[depth] = it;
            }
            return false;
        }

        private boolean passes(Clause c) {
            for (ExprNode cond : c.conditions()) {
                if (!cond.evalBool(frame)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final class GeneratorIterator extends PyIterator {
        private Loop loop;

        GeneratorIterator(Loop loop) {
            this.loop = loop;
        }

        @Override
        public Object next() {
            if (loop == null) {
                return null;
            }
            if (!loop.advance()) {
                loop = null;
                return null;
            }
            return element.eval(loop.frame);
        }

        @Override
        protected String typeName() {
            return "generator";
        }
    }
}
