package dev.tint.source;

/**
 * Who wrote the code a frame runs: the user, a library on the library path, or the system (the
 * bundled standard library and native builtins). Decided once, when a module is loaded.
 */
public enum FrameKind {
    USER, LIBRARY, SYSTEM;

    /** The tag that plain-text tracebacks append to non-user frames, e.g. {@code [system]}. */
    public String tag() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
