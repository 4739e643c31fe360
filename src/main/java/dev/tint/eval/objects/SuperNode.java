package dev.tint.eval.objects;

import dev.tint.error.ScriptError;
import dev.tint.eval.nodes.ExprNode;
import dev.tint.eval.runtime.Frame;
import dev.tint.eval.runtime.GlobalCell;
import dev.tint.eval.runtime.Ops;
import dev.tint.source.Span;

/**
 * {@code super()} with no arguments inside a method: the class that defined the method and the
 * method's first argument (CPython finds them through the {@code __class__} cell). A module that
 * rebinds the name super gets its own function called instead.
 */
public final class SuperNode extends ExprNode {
    private final GlobalCell shadow;

    public SuperNode(Span span, GlobalCell shadow) {
        super(span);
        this.shadow = shadow;
    }

    @Override
    public Object eval(Frame f) {
        try {
            if (shadow.value != null) {
                return Ops.call(shadow.value);
            }
            return ClassBuiltins.zeroArgumentSuper(f);
        } catch (ScriptError e) {
            throw e.at(f, span);
        }
    }
}
