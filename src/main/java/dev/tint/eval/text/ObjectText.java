package dev.tint.eval.text;

/**
 * What {@link PercentFormat} needs to know about arbitrary Python values: their {@code str()},
 * {@code repr()} and {@code ascii()} (for {@code %s %r %a}) and their type name (for messages
 * such as {@code %d format: a real number is required, not str}). The interpreter implements it
 * over its object model; this package knows only the number and string representations.
 */
public interface ObjectText {
    /** Python's {@code str(value)}. */
    String str(Object value);

    /** Python's {@code repr(value)}. */
    String repr(Object value);

    /** Python's {@code ascii(value)}. */
    String ascii(Object value);

    /** The name of the value's Python type, e.g. "str", "NoneType", "list". */
    String typeName(Object value);

    /** The int (Long or BigInteger) of a user object's {@code __index__}, or null when it has none. */
    default Object index(Object value) {
        return null;
    }
}
