package dev.tint.eval.compile;

import dev.tint.eval.nodes.StmtNode;
import dev.tint.eval.runtime.CodeInfo;
import dev.tint.eval.runtime.Frame;
import dev.tint.eval.runtime.Namespace;
import dev.tint.eval.runtime.ThreadState;

/** A compiled module body (or one REPL entry), ready to run against its namespace. */
public final class CompiledModule {
    private final CodeInfo info;
    private final StmtNode body;
    private final Namespace globals;

    CompiledModule(CodeInfo info, StmtNode body, Namespace globals) {
        this.info = info;
        this.body = body;
        this.globals = globals;
    }

    public CodeInfo info() {
        return info;
    }

    /** Runs the body in a fresh module frame. */
    public void run(ThreadState thread) {
        Frame frame = new Frame(info, 0, null, thread, globals);
        body.exec(frame);
    }
}
