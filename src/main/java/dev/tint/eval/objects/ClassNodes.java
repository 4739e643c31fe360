package dev.tint.eval.objects;

import dev.tint.error.ScriptError;
import dev.tint.eval.nodes.ExprNode;
import dev.tint.eval.nodes.StmtNode;
import dev.tint.eval.nodes.Target;
import dev.tint.eval.runtime.Cell;
import dev.tint.eval.runtime.CodeInfo;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.ExceptionTypes;
import dev.tint.eval.runtime.Frame;
import dev.tint.eval.runtime.GlobalCell;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyNone;
import dev.tint.eval.runtime.PyType;
import dev.tint.source.Span;
import java.util.LinkedHashMap;
import java.util.Map;

/** The class statement and the name access of class bodies. */
public final class ClassNodes {
    private ClassNodes() {}

    /** {@code @decorators class Name(Base): body}. */
    public static final class ClassDef extends StmtNode {
        private final String name;
        private final String qualname;
        private final ExprNode[] decorators;
        private final ExprNode[] bases;
        private final StmtNode body;
        private final CodeInfo info;
        private final int slotCount;
        private final int[] freeSlots;
        private final int[] closureSlots;
        private final Object doc;
        private final Target target;

        public ClassDef(Span span, String name, String qualname, ExprNode[] decorators, ExprNode[] bases,
                        StmtNode body, CodeInfo info, int slotCount, int[] freeSlots, int[] closureSlots,
                        Object doc, Target target) {
            super(span);
            this.name = name;
            this.qualname = qualname;
            this.decorators = decorators;
            this.bases = bases;
            this.body = body;
            this.info = info;
            this.slotCount = slotCount;
            this.freeSlots = freeSlots;
            this.closureSlots = closureSlots;
            this.doc = doc;
            this.target = target;
        }

        @Override
        public Object exec(Frame f) {
            Object[] decs = new Object[decorators.length];
            for (int i = 0; i < decs.length; i++) {
                decs[i] = decorators[i].eval(f);
            }
            PyType base = PyType.OBJECT;
            if (bases.length == 1) {
                Object b = bases[0].eval(f);
                if (!(b instanceof PyType t)) {
                    throw Errors.type("bases must be types").at(f, bases[0].span);
                }
                if (!(t instanceof PyClass) && t != PyType.OBJECT && !t.isExceptionType() && t != PyType.LIST
                        && t != PyType.DICT) {
                    throw Errors.type("Tint classes can inherit from object, list, dict, exceptions or other classes, not '%s'",
                            t.name()).at(f, bases[0].span);
                }
                base = t;
            }
            Map<String, Object> ns = new LinkedHashMap<>();
            Object module = f.globals.get("__name__");
            ns.put("__module__", module == null ? "__main__" : module);
            ns.put("__qualname__", qualname);
            ns.put("__doc__", doc == null ? PyNone.NONE : doc);
            Frame cf = new Frame(info, slotCount, null, f.thread, f.globals);
            cf.classNamespace = ns;
            for (int i = 0; i < freeSlots.length; i++) {
                cf.slots[freeSlots[i]] = f.slots[closureSlots[i]];
            }
            body.exec(cf);
            Object declared = ns.get("__module__");
            PyClass cls = new PyClass(name, base, declared instanceof String s ? s : "__main__", ns);
            cls.setDefinition(info);
            Object value = cls;
            for (int i = decs.length - 1; i >= 0; i--) {
                try {
                    value = Ops.call(decs[i], value);
                } catch (ScriptError e) {
                    throw e.at(f, decorators[i].span);
                }
            }
            target.assign(f, value);
            return null;
        }
    }

    /** A name read in a class body: the class namespace, then an enclosing function's cell, globals, builtins. */
    public static final class NameLoad extends ExprNode {
        private final String name;
        private final int freeSlot;
        private final GlobalCell global;
        private final GlobalCell builtin;

        public NameLoad(Span span, String name, int freeSlot, GlobalCell global, GlobalCell builtin) {
            super(span);
            this.name = name;
            this.freeSlot = freeSlot;
            this.global = global;
            this.builtin = builtin;
        }

        @Override
        public Object eval(Frame f) {
            Object v = f.classNamespace.get(name);
            if (v != null) {
                return v;
            }
            if (freeSlot >= 0 && f.slots[freeSlot] instanceof Cell c && c.value != null) {
                return c.value;
            }
            v = global.value;
            if (v == null) {
                v = builtin.value;
            }
            if (v == null) {
                ScriptError e = Errors.raise(ExceptionTypes.NAME_ERROR, "name '" + name + "' is not defined");
                e.exception().setAttribute("name", name);
                throw e.at(f, span);
            }
            return v;
        }
    }

    public static final class NameTarget implements Target {
        private final Span span;
        private final String name;

        public NameTarget(Span span, String name) {
            this.span = span;
            this.name = name;
        }

        @Override
        public void assign(Frame f, Object value) {
            f.classNamespace.put(name, value);
        }

        @Override
        public void delete(Frame f) {
            if (f.classNamespace.remove(name) == null) {
                ScriptError e = Errors.raise(ExceptionTypes.NAME_ERROR, "name '" + name + "' is not defined");
                throw e.at(f, span);
            }
        }
    }
}
