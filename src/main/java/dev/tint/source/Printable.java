package dev.tint.source;

/**
 * Python's {@code str.isprintable} for one code point. Shared by the tokenizer (which names a
 * stray character by its glyph only when printable) and by {@code repr} (which escapes the
 * others), so that both agree with CPython and with each other.
 */
public final class Printable {
    private Printable() {}

    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }
}
