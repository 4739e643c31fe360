package dev.tint.eval.nodes;

import dev.tint.eval.runtime.Frame;
import dev.tint.source.Span;

/**
 * An executable statement. {@link #exec} returns null to go on, or one of the {@link Signal}s:
 * break, continue and return travel as return values, never as Java exceptions.
 */
public abstract class StmtNode {
    public final Span span;

    protected StmtNode(Span span) {
        this.span = span;
    }

    public abstract Object exec(Frame f);
}
