package dev.tint.eval.nodes;

import dev.tint.error.ScriptError;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.Frame;
import dev.tint.eval.runtime.Iteration;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyIterator;
import dev.tint.eval.runtime.PyList;
import dev.tint.eval.runtime.PyTuple;
import dev.tint.source.Span;

/** {@code a, *b, c = iterable}: unpacking assignment with CPython's messages. */
public final class Unpack implements Target {
    private final Span span;
    private final Target[] targets;
    private final int starIndex;

    public Unpack(Span span, Target[] targets, int starIndex) {
        this.span = span;
        this.targets = targets;
        this.starIndex = starIndex;
    }

    @Override
    public void assign(Frame f, Object value) {
        Object[] items;
        int n;
        if (value instanceof PyTuple t) {
            items = t.items();
            n = items.length;
        } else if (value instanceof PyList l) {
            items = l.toArray();
            n = items.length;
        } else {
            PyIterator it = Iteration.iterOrNull(value);
            if (it == null) {
                throw Errors.type("cannot unpack non-iterable %s object", Ops.typeName(value)).at(f, span);
            }
            PyList all = new PyList();
            try {
                for (Object v = it.next(); v != null; v = it.next()) {
                    all.append(v);
                    if (starIndex < 0 && all.size() > targets.length) {
                        break;
                    }
                }
            } catch (ScriptError e) {
                throw e.at(f, span);
            }
            items = all.toArray();
            n = items.length;
        }
        if (starIndex < 0) {
            if (n != targets.length) {
                throw (n < targets.length
                        ? Errors.value("not enough values to unpack (expected %d, got %d)", targets.length, n)
                        : Errors.value("too many values to unpack (expected %d)", targets.length)).at(f, span);
            }
            for (int i = 0; i < n; i++) {
                targets[i].assign(f, items[i]);
            }
            return;
        }
        int fixed = targets.length - 1;
        if (n < fixed) {
            throw Errors.value("not enough values to unpack (expected at least %d, got %d)", fixed, n).at(f, span);
        }
        for (int i = 0; i < starIndex; i++) {
            targets[i].assign(f, items[i]);
        }
        int restCount = n - fixed;
        Object[] rest = new Object[restCount];
        System.arraycopy(items, starIndex, rest, 0, restCount);
        targets[starIndex].assign(f, PyList.adopt(rest, restCount));
        for (int i = starIndex + 1; i < targets.length; i++) {
            targets[i].assign(f, items[restCount + i - 1]);
        }
    }

    @Override
    public void delete(Frame f) {
        for (Target t : targets) {
            t.delete(f);
        }
    }
}
