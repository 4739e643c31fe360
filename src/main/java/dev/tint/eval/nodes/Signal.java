package dev.tint.eval.nodes;

/** Completion signals of statements; a return's value waits in {@code Frame.returnValue}. */
public enum Signal {
    BREAK, CONTINUE, RETURN
}
