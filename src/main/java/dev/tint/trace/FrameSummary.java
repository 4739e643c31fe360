package dev.tint.trace;

import dev.tint.source.FrameKind;
import dev.tint.source.Span;
import java.util.List;

/**
 * One frame of a traceback, as data: where it is (file, line, span), what code it ran, who wrote
 * that code (its kind), the source lines the span covers, the caret anchor of the failing
 * expression, and optionally its locals as (name, repr) pairs.
 *
 * @param lines the source lines from span.line() to span.endLine() (empty when unavailable)
 * @param anchor null unless the failing expression is an operator, subscript or call
 * @param locals null unless locals were captured
 */
public record FrameSummary(String filename, int line, String name, Span span, List<String> lines,
                           CaretAnchor anchor, FrameKind kind, List<Local> locals) {
    /** A local variable for {@code --locals}: its name and (already truncated) repr. */
    public record Local(String name, String repr) {}

    /** The first source line, or "" when the source is unavailable. */
    public String sourceLine() {
        return lines.isEmpty() ? "" : lines.get(0);
    }
}
