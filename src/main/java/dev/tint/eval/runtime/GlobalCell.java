package dev.tint.eval.runtime;

/**
 * One module-level name. Compiled code holds the cell itself, so reading a global is a field
 * read, not a hash lookup; {@code value == null} means the name is unbound.
 */
public final class GlobalCell {
    public final String name;
    public Object value;

    public GlobalCell(String name) {
        this.name = name;
    }
}
