package dev.tint.eval.nodes;

import dev.tint.eval.runtime.Frame;
import dev.tint.eval.runtime.Ops;
import dev.tint.source.Span;

/** An executable expression: compiled from the AST once, evaluated many times. */
public abstract class ExprNode {
    public final Span span;

    protected ExprNode(Span span) {
        this.span = span;
    }

    public abstract Object eval(Frame f);

    /** The truth of the value; comparison nodes override it to skip boxing a Boolean. */
    public boolean evalBool(Frame f) {
        return Ops.truthy(eval(f));
    }
}
