package dev.tint.eval.nodes;

import dev.tint.error.ScriptError;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.Frame;
import dev.tint.eval.runtime.Iteration;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyAttributes;
import dev.tint.eval.runtime.PyDict;
import dev.tint.eval.runtime.PyIterator;
import dev.tint.eval.runtime.PyList;
import dev.tint.eval.runtime.PyMethodDescriptor;
import dev.tint.eval.runtime.PyType;
import dev.tint.source.Span;
import dev.tint.trace.CaretAnchor;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls. The plain positional call is the hot path; {@code obj.method(...)} on a built-in value
 * calls the method without allocating a bound method; starred and keyword arguments take the
 * general path. Every call records where an exception from inside it passed through this frame,
 * and turns Java stack exhaustion into RecursionError.
 */
public final class CallNodes {
    private CallNodes() {}

    /** A keyword argument, or {@code **mapping} when name is null. */
    public record Keyword(String name, ExprNode value) {}

    static Object invoke(Object callee, Object[] args, String[] kwnames) {
        if (callee instanceof PyFunction fn) {
            return kwnames == null ? fn.callPositional(args) : fn.call(args, kwnames);
        }
        return Ops.call(callee, args, kwnames);
    }

    static ScriptError recursion(Frame f, Span span, CaretAnchor anchor) {
        return Errors.recursion().at(f, span, anchor);
    }

    static boolean isName(ExprNode n) {
        return n instanceof Names.GlobalLoad || n instanceof Names.LocalLoad || n instanceof Names.CellLoad;
    }

    /** {@code f(a, b)}: positional arguments only. */
    public static final class Positional extends ExprNode {
        private final ExprNode function;
        private final ExprNode[] args;
        private final CaretAnchor anchor;

        public Positional(Span span, ExprNode function, ExprNode[] args) {
            super(span);
            this.function = function;
            this.args = args;
            this.anchor = CaretAnchor.call(function.span, isName(function));
        }

        @Override
        public Object eval(Frame f) {
            Object callee = function.eval(f);
            if (callee instanceof PyFunction fn) {
                Frame frame = fn.simpleFrame(args.length);
                if (frame != null) {
                    // Arguments go straight into the new frame's slots: no array, no copy.
                    Object[] slots = frame.slots;
                    for (int i = 0; i < args.length; i++) {
                        slots[i] = args[i].eval(f);
                    }
                    try {
                        return fn.runFrame(frame);
                    } catch (ScriptError e) {
                        throw e.at(f, span, anchor);
                    } catch (StackOverflowError e) {
                        throw recursion(f, span, anchor);
                    }
                }
            }
            if (args.length == 0 && FrameIntrospection.wants(callee)) {
                return FrameIntrospection.call(callee, f);
            }
            Object[] values = new Object[args.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = args[i].eval(f);
            }
            try {
                return invoke(callee, values, null);
            } catch (ScriptError e) {
                throw e.at(f, span, anchor);
            } catch (StackOverflowError e) {
                throw recursion(f, span, anchor);
            }
        }
    }

    /** {@code obj.name(a, b)}: positional arguments, method looked up without binding. */
    public static final class Method extends ExprNode {
        private final ExprNode object;
        private final String name;
        private final ExprNode[] args;
        private final CaretAnchor anchor;
        private final Span calleeSpan;

        /** calleeSpan covers {@code obj.name}, where the call's carets switch from ~ to ^. */
        public Method(Span span, ExprNode object, String name, ExprNode[] args, Span calleeSpan) {
            super(span);
            this.object = object;
            this.name = name;
            this.args = args;
            this.anchor = CaretAnchor.call(calleeSpan, false);
            this.calleeSpan = calleeSpan;
        }

        @Override
        public Object eval(Frame f) {
            Object self = object.eval(f);
            if (self instanceof dev.tint.eval.objects.PyInstance inst) {
                Object attr = inst.type().lookup(name);
                if (attr instanceof PyFunction fn && inst.dict().get(name) == null) {
                    Frame frame = fn.simpleFrame(args.length + 1);
                    Object[] values = frame == null ? new Object[args.length + 1] : frame.slots;
                    values[0] = self;
                    for (int i = 0; i < args.length; i++) {
                        values[i + 1] = args[i].eval(f);
                    }
                    try {
                        return frame != null ? fn.runFrame(frame) : fn.callPositional(values);
                    } catch (ScriptError e) {
                        throw e.at(f, span, anchor);
                    } catch (StackOverflowError e) {
                        throw recursion(f, span, anchor);
                    }
                }
            }
            Object callee = null;
            PyMethodDescriptor direct = null;
            try {
                if (!(self instanceof PyAttributes) && !(self instanceof PyType)) {
                    Object attr = Ops.typeOf(self).lookup(name);
                    if (attr instanceof PyMethodDescriptor d) {
                        direct = d;
                    }
                }
                if (direct == null) {
                    callee = Ops.getAttr(self, name);
                }
            } catch (ScriptError e) {
                throw e.at(f, calleeSpan); // a failed lookup is the attribute's error, not the call's
            }
            Object[] values = new Object[args.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = args[i].eval(f);
            }
            try {
                if (direct != null) {
                    return direct.body().call(self, values, null);
                }
                return invoke(callee, values, null);
            } catch (ScriptError e) {
                throw e.at(f, span, anchor);
            } catch (StackOverflowError e) {
                throw recursion(f, span, anchor);
            }
        }
    }

    /** The general call: starred arguments, keywords and {@code **mapping}. */
    public static final class General extends ExprNode {
        private final ExprNode function;
        private final DisplayNodes.Element[] args;
        private final Keyword[] keywords;
        private final CaretAnchor anchor;

        public General(Span span, ExprNode function, DisplayNodes.Element[] args, Keyword[] keywords) {
            super(span);
            this.function = function;
            this.args = args;
            this.keywords = keywords;
            this.anchor = CaretAnchor.call(function.span, isName(function));
        }

        @Override
        public Object eval(Frame f) {
            Object callee = function.eval(f);
            PyList positional = new PyList(args.length + keywords.length);
            for (DisplayNodes.Element e : args) {
                Object v = e.value().eval(f);
                if (e.starred()) {
                    PyIterator it = Iteration.iterOrNull(v);
                    if (it == null) {
                        throw Errors.type("%s argument after * must be an iterable, not %s",
                                describe(callee), Ops.typeName(v)).at(f, span);
                    }
                    for (Object x = it.next(); x != null; x = it.next()) {
                        positional.append(x);
                    }
                } else {
                    positional.append(v);
                }
            }
            List<String> names = new ArrayList<>(keywords.length);
            List<Object> values = new ArrayList<>(keywords.length);
            for (Keyword k : keywords) {
                Object v = k.value().eval(f);
                if (k.name() != null) {
                    addKeyword(f, callee, names, values, k.name(), v);
                    continue;
                }
                if (v instanceof dev.tint.eval.objects.PyInstance inst && inst.backing() instanceof PyDict items) {
                    v = items; // a dict subclass instance: its own items, as CPython's dict merge
                }
                if (v instanceof PyDict d) {
                    for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
                        Object key = d.keyAt(i);
                        if (!(key instanceof String s)) {
                            throw Errors.type("keywords must be strings").at(f, span);
                        }
                        addKeyword(f, callee, names, values, s, d.valueAt(i));
                    }
                } else {
                    throw Errors.type("%s argument after ** must be a mapping, not %s", describe(callee),
                            Ops.typeName(v)).at(f, span);
                }
            }
            Object[] all = new Object[positional.size() + values.size()];
            System.arraycopy(positional.array(), 0, all, 0, positional.size());
            for (int i = 0; i < values.size(); i++) {
                all[positional.size() + i] = values.get(i);
            }
            String[] kwnames = names.isEmpty() ? null : names.toArray(new String[0]);
            try {
                return invoke(callee, all, kwnames);
            } catch (ScriptError e) {
                throw e.at(f, span, anchor);
            } catch (StackOverflowError e) {
                throw recursion(f, span, anchor);
            }
        }

        private void addKeyword(Frame f, Object callee, List<String> names, List<Object> values, String name, Object v) {
            if (names.contains(name)) {
                throw Errors.type("%s got multiple values for keyword argument '%s'", describe(callee), name).at(f, span);
            }
            names.add(name);
            values.add(v);
        }
    }

    /** How CPython names a callable in argument errors: {@code f()}, {@code print()}. */
    static String describe(Object callee) {
        if (callee instanceof PyFunction fn) {
            return fn.moduleQualifiedName() + "()";
        }
        if (callee instanceof dev.tint.eval.runtime.PyBuiltin b) {
            return b.name() + "()";
        }
        if (callee instanceof PyType t) {
            return t.name() + "()";
        }
        return Ops.typeName(callee) + " object";
    }
}
