package dev.tint.eval.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One lexical scope (module, function, lambda, comprehension or class body) and, once
 * {@link #resolve} has run, where each of its names lives: a local slot, a cell slot shared with
 * inner scopes, or a module global.
 */
final class Scope {
    enum Kind { MODULE, FUNCTION, COMPREHENSION, CLASS }

    enum Access { LOCAL, CELL, FREE, GLOBAL, CLASS_NAME }

    final Kind kind;
    final Scope parent;
    final String name;
    /** Names bound here (assigned, imported, defined, parameters), in first-binding order. */
    final Set<String> bound = new LinkedHashSet<>();
    final Set<String> declaredGlobal = new LinkedHashSet<>();
    final Set<String> declaredNonlocal = new LinkedHashSet<>();
    final Set<String> used = new LinkedHashSet<>();
    final List<Scope> children = new ArrayList<>();
    final List<String> parameters = new ArrayList<>();

    /** Locals captured by inner scopes: stored in their slot as a Cell. */
    final Set<String> cells = new LinkedHashSet<>();
    /** Variables of enclosing scopes used here (or passed through to inner scopes), in slot order. */
    final Set<String> free = new LinkedHashSet<>();
    private final Map<String, Integer> slots = new LinkedHashMap<>();
    private final Map<String, Access> access = new HashMap<>();

    Scope(Kind kind, Scope parent, String name) {
        this.kind = kind;
        this.parent = parent;
        this.name = name;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    boolean isFunctionLike() {
        return kind == Kind.FUNCTION || kind == Kind.COMPREHENSION;
    }

    void bind(String n) {
        bound.add(n);
    }

    void use(String n) {
        used.add(n);
    }

    /** Resolves this scope and its children; call on the module scope after the AST walk. */
    void resolve() {
        if (isFunctionLike()) {
            for (String n : declaredNonlocal) {
                if (!resolveFree(n)) {
                    throw new ScopeException("no binding for nonlocal '" + n + "' found");
                }
            }
            for (String n : used) {
                accessOf(n);
            }
            for (String n : bound) {
                accessOf(n);
            }
        }
        for (Scope child : children) {
            child.resolve();
        }
        assignSlots();
    }

    /** How code in this scope reaches a name. */
    Access accessOf(String n) {
        Access a = access.get(n);
        if (a != null) {
            return a;
        }
        if (kind == Kind.MODULE) {
            a = Access.GLOBAL;
        } else if (kind == Kind.CLASS) {
            a = declaredGlobal.contains(n) ? Access.GLOBAL : Access.CLASS_NAME;
        } else if (declaredGlobal.contains(n)) {
            a = Access.GLOBAL;
        } else if (declaredNonlocal.contains(n)) {
            a = Access.FREE;
        } else if (bound.contains(n)) {
            a = cells.contains(n) ? Access.CELL : Access.LOCAL;
        } else if (resolveFree(n)) {
            a = Access.FREE;
        } else {
            a = Access.GLOBAL;
        }
        access.put(n, a);
        return a;
    }

    /**
     * Looks for n in the enclosing function scopes (class bodies are skipped, as in Python);
     * when found, marks it a cell there and free in every scope in between.
     */
    private boolean resolveFree(String n) {
        List<Scope> path = new ArrayList<>();
        for (Scope p = parent; p != null; p = p.parent) {
            if (p.kind == Kind.CLASS) {
                path.add(p);
                continue;
            }
            if (p.kind == Kind.MODULE || p.declaredGlobal.contains(n)) {
                return false;
            }
            if (p.declaredNonlocal.contains(n) || (p.bound.contains(n))) {
                if (p.bound.contains(n) && !p.declaredNonlocal.contains(n)) {
                    p.cells.add(n);
                    p.access.put(n, Access.CELL);
                } else {
                    p.free.add(n);
                }
                for (Scope mid : path) {
                    mid.free.add(n); // a class body passes the cell on to the methods inside it
                    if (mid.kind != Kind.CLASS) {
                        mid.access.putIfAbsent(n, Access.FREE);
                    }
                }
                free.add(n);
                return true;
            }
            path.add(p);
        }
        return false;
    }

    private void assignSlots() {
        if (kind == Kind.CLASS) {
            for (String f : free) {
                slots.putIfAbsent(f, slots.size());
            }
            return;
        }
        if (!isFunctionLike()) {
            return;
        }
        for (String p : parameters) {
            slots.putIfAbsent(p, slots.size());
        }
        for (String b : bound) {
            if (!declaredGlobal.contains(b) && !declaredNonlocal.contains(b)) {
                slots.putIfAbsent(b, slots.size());
            }
        }
        for (String f : free) {
            slots.putIfAbsent(f, slots.size());
        }
    }

    /** The slot of n, or -1 (class bodies have slots only for the cells they pass on). */
    int slotOrMinusOne(String n) {
        Integer s = slots.get(n);
        return s == null ? -1 : s;
    }

    int slot(String n) {
        Integer s = slots.get(n);
        if (s == null) {
            throw new IllegalStateException("no slot for " + n + " in " + name);
        }
        return s;
    }

    int slotCount() {
        return slots.size();
    }

    String[] slotNames() {
        return slots.keySet().toArray(new String[0]);
    }

    /** Slot numbers of this scope's cell variables (created at frame entry). */
    int[] cellSlots() {
        return cells.stream().mapToInt(this::slot).toArray();
    }

    /** Slot numbers of free variables, in the order the closure array supplies them. */
    int[] freeSlots() {
        return free.stream().mapToInt(this::slot).toArray();
    }
}
