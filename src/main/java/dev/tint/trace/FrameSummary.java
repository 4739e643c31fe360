package dev.tint.trace;

import dev.tint.source.FrameKind;
import dev.tint.source.Span;
import java.util.List;

/**
 * One frame of a traceback, as data: where it is (file, line, span), what code it ran, who wrote
 * that code (its kind), the source line, and optionally its locals as (name, repr) pairs.
 */
public record FrameSummary(String filename, int line, String name, Span span, String sourceLine,
                           FrameKind kind, List<Local> locals) {
    /** A local variable for {@code --locals}: its name and (already truncated) repr. */
    public record Local(String name, String repr) {}
}
