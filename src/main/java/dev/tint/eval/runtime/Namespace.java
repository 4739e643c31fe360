package dev.tint.eval.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A module's global names as cells, in definition order. Compiled code binds each global name to
 * its cell once; {@code globals()} and module attributes read the bound cells.
 */
public final class Namespace {
    private final Map<String, GlobalCell> cells = new LinkedHashMap<>();

    /** The cell for a name, created unbound on first request. */
    public GlobalCell cell(String name) {
        GlobalCell c = cells.get(name);
        if (c == null) {
            c = new GlobalCell(name);
            cells.put(name, c);
        }
        return c;
    }

    public Object get(String name) {
        GlobalCell c = cells.get(name);
        return c == null ? null : c.value;
    }

    public void set(String name, Object value) {
        cell(name).value = value;
    }

    /** The names currently bound, in the order they were first bound or referenced. */
    public List<String> boundNames() {
        List<String> out = new ArrayList<>();
        for (GlobalCell c : cells.values()) {
            if (c.value != null) {
                out.add(c.name);
            }
        }
        return out;
    }
}
