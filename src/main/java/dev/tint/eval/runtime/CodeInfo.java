package dev.tint.eval.runtime;

import dev.tint.source.FrameKind;
import dev.tint.source.Source;

/**
 * What a frame runs: the code's name as tracebacks show it ({@code <module>}, {@code f},
 * {@code <lambda>}, {@code <genexpr>}), its source (and so its origin and frame kind) and the
 * names of its local slots (for {@code --locals} and UnboundLocalError messages).
 */
public final class CodeInfo {
    private final String name;
    private final Source source;
    private final String[] slotNames;
    private final int firstLine;

    public CodeInfo(String name, Source source, String[] slotNames, int firstLine) {
        this.name = name;
        this.source = source;
        this.slotNames = slotNames;
        this.firstLine = firstLine;
    }

    public String name() {
        return name;
    }

    public Source source() {
        return source;
    }

    public FrameKind kind() {
        return source.origin().kind();
    }

    public String[] slotNames() {
        return slotNames;
    }

    public int firstLine() {
        return firstLine;
    }
}
