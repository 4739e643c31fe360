package dev.tint.embed;

/**
 * A Tint value with no Java counterpart (a function, class, instance, module, range...), handed
 * to the host as an opaque handle. It can be given back to the {@link dev.tint.Tint} instance it
 * came from (e.g. to call a Tint function from a later snippet), but exposes nothing else.
 */
public final class TintObject {
    private final Object owner;
    private final Object value;
    private final String repr;
    private final String typeName;

    TintObject(Object owner, Object value, String typeName, String repr) {
        this.owner = owner;
        this.value = value;
        this.typeName = typeName;
        this.repr = repr;
    }

    /** The Python type name, e.g. "function" or a class name. */
    public String typeName() {
        return typeName;
    }

    Object owner() {
        return owner;
    }

    Object value() {
        return value;
    }

    /** The value's repr, taken when it was handed out. */
    @Override
    public String toString() {
        return repr;
    }
}
