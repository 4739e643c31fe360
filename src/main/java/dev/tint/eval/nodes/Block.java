package dev.tint.eval.nodes;

import dev.tint.error.ScriptError;
import dev.tint.eval.runtime.Frame;

/**
 * A sequence of statements. It is also where an exception that no inner expression located gets
 * its traceback entry for this frame: the statement that was running.
 */
public final class Block extends StmtNode {
    private final StmtNode[] body;

    public Block(StmtNode[] body) {
        super(body.length == 0 ? dev.tint.source.Span.NONE : body[0].span);
        this.body = body;
    }

    @Override
    public Object exec(Frame f) {
        int i = 0;
        try {
            for (; i < body.length; i++) {
                Object signal = body[i].exec(f);
                if (signal != null) {
                    return signal;
                }
            }
            return null;
        } catch (ScriptError e) {
            throw e.at(f, body[i].span);
        }
    }
}
