package dev.tint.eval.nodes;

import dev.tint.error.ScriptError;
import dev.tint.eval.runtime.Cell;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.ExceptionTypes;
import dev.tint.eval.runtime.Frame;
import dev.tint.eval.runtime.GlobalCell;
import dev.tint.eval.runtime.PyBaseException;
import dev.tint.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;

/** Reading, writing and deleting variables: local slots, cells and module globals. */
public final class Names {
    private Names() {}

    static ScriptError unboundLocal(String name) {
        return Errors.raise(ExceptionTypes.UNBOUND_LOCAL_ERROR,
                "cannot access local variable '" + name + "' where it is not associated with a value");
    }

    static ScriptError unboundFree(Frame f, String name) {
        ScriptError e = notDefined(f, name);
        e.exception().setArgs(dev.tint.eval.runtime.PyTuple.of(new Object[] {
            "cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope"}));
        return e;
    }

    /** NameError with what "Did you mean" needs: the frame's locals, its globals and the builtins. */
    static ScriptError notDefined(Frame f, String name) {
        ScriptError e = Errors.raise(ExceptionTypes.NAME_ERROR, "name '" + name + "' is not defined");
        PyBaseException ex = e.exception();
        ex.setAttribute("name", name);
        ex.suggestionCandidates = () -> {
            LinkedHashSet<String> names = new LinkedHashSet<>();
            String[] slotNames = f.code.slotNames();
            for (int i = 0; i < slotNames.length && i < f.slots.length; i++) {
                if (f.slots[i] != null) {
                    names.add(slotNames[i]);
                }
            }
            names.addAll(f.globals.boundNames());
            names.addAll(f.thread.interpreter.builtins().boundNames());
            return new ArrayList<>(names);
        };
        return e;
    }

    public static final class LocalLoad extends ExprNode {
        private final int slot;
        private final String name;

        public LocalLoad(Span span, int slot, String name) {
            super(span);
            this.slot = slot;
            this.name = name;
        }

        @Override
        public Object eval(Frame f) {
            Object v = f.slots[slot];
            if (v == null) {
                throw unboundLocal(name).at(f, span);
            }
            return v;
        }
    }

    public static final class CellLoad extends ExprNode {
        private final int slot;
        private final String name;
        private final boolean free;

        public CellLoad(Span span, int slot, String name, boolean free) {
            super(span);
            this.slot = slot;
            this.name = name;
            this.free = free;
        }

        @Override
        public Object eval(Frame f) {
            Object v = ((Cell) f.slots[slot]).value;
            if (v == null) {
                throw (free ? unboundFree(f, name) : unboundLocal(name)).at(f, span);
            }
            return v;
        }
    }

    /** A module-level name: the module's cell, then the builtin of that name. */
    public static final class GlobalLoad extends ExprNode {
        private final GlobalCell cell;
        private final GlobalCell builtin;

        public GlobalLoad(Span span, GlobalCell cell, GlobalCell builtin) {
            super(span);
            this.cell = cell;
            this.builtin = builtin;
        }

        @Override
        public Object eval(Frame f) {
            Object v = cell.value;
            if (v != null) {
                return v;
            }
            v = builtin.value;
            if (v != null) {
                return v;
            }
            throw notDefined(f, cell.name).at(f, span);
        }
    }

    public static final class LocalTarget implements Target {
        private final int slot;
        private final String name;
        private final Span span;

        public LocalTarget(Span span, int slot, String name) {
            this.span = span;
            this.slot = slot;
            this.name = name;
        }

        public int slot() {
            return slot;
        }

        @Override
        public void assign(Frame f, Object value) {
            f.slots[slot] = value;
        }

        @Override
        public void delete(Frame f) {
            if (f.slots[slot] == null) {
                throw unboundLocal(name).at(f, span);
            }
            f.slots[slot] = null;
        }
    }

    public static final class CellTarget implements Target {
        private final int slot;
        private final String name;
        private final Span span;

        public CellTarget(Span span, int slot, String name) {
            this.span = span;
            this.slot = slot;
            this.name = name;
        }

        @Override
        public void assign(Frame f, Object value) {
            ((Cell) f.slots[slot]).value = value;
        }

        @Override
        public void delete(Frame f) {
            Cell c = (Cell) f.slots[slot];
            if (c.value == null) {
                throw unboundLocal(name).at(f, span);
            }
            c.value = null;
        }
    }

    public static final class GlobalTarget implements Target {
        private final GlobalCell cell;
        private final Span span;

        public GlobalTarget(Span span, GlobalCell cell) {
            this.span = span;
            this.cell = cell;
        }

        @Override
        public void assign(Frame f, Object value) {
            cell.value = value;
        }

        @Override
        public void delete(Frame f) {
            if (cell.value == null) {
                ScriptError e = Errors.raise(ExceptionTypes.NAME_ERROR, "name '" + cell.name + "' is not defined");
                e.exception().setAttribute("name", cell.name);
                throw e.at(f, span);
            }
            cell.value = null;
        }
    }

    /** Unbinds helper names such as an except clause's {@code as} target without complaint. */
    static void clear(Target t, Frame f) {
        if (t instanceof LocalTarget l) {
            f.slots[l.slot] = null;
        } else if (t instanceof CellTarget c) {
            ((Cell) f.slots[c.slot]).value = null;
        } else if (t instanceof GlobalTarget g) {
            g.cell.value = null;
        }
    }
}
