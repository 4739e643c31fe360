package dev.tint.eval.runtime;

/**
 * One activation of a function, module body or generator expression: its local slots, the code
 * it runs, and the frame tracebacks attribute its errors to (itself, except for inlined
 * comprehensions, which CPython 3.12+ shows as part of the enclosing frame).
 */
public final class Frame {
    public final Object[] slots;
    public final CodeInfo code;
    public final Frame traceOwner;
    /** Set by a {@code return} statement, read by the caller when the body signals RETURN. */
    public Object returnValue;
    public final ThreadState thread;
    /** The function this frame runs (null for module and class bodies): zero-argument super() needs it. */
    public Object function;
    /** A class body's namespace while the body runs, else null. */
    public java.util.Map<String, Object> classNamespace;
    /** The module namespace the code's global names live in (for globals() and --locals). */
    public final Namespace globals;

    public Frame(CodeInfo code, int slotCount, Frame inlinedInto, ThreadState thread, Namespace globals) {
        this.code = code;
        this.slots = new Object[slotCount];
        this.traceOwner = inlinedInto == null ? this : inlinedInto.traceOwner;
        this.thread = thread;
        this.globals = globals;
    }
}
