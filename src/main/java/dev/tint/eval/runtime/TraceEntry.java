package dev.tint.eval.runtime;

import dev.tint.source.Span;

/**
 * One step of an exception's journey: the frame it passed through and the span of the
 * expression or statement that was running there. Recorded innermost first, as it unwinds.
 */
public record TraceEntry(Frame frame, Span span) {}
