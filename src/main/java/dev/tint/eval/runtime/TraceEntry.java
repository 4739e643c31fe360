package dev.tint.eval.runtime;

import dev.tint.source.Span;
import dev.tint.trace.CaretAnchor;

/**
 * One step of an exception's journey: the frame it passed through, the span of the expression
 * or statement that was running there, and (for operators, subscripts and calls) where carets
 * anchor. Recorded innermost first, as it unwinds.
 */
public record TraceEntry(Frame frame, Span span, CaretAnchor anchor) {}
