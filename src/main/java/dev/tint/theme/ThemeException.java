package dev.tint.theme;

/** A theme that cannot be used: a missing file, an unknown key or a bad style spec; the message names where. */
public final class ThemeException extends Exception {
    private static final long serialVersionUID = 1L;

    public ThemeException(String message) {
        super(message);
    }
}
