/**
 * Tracebacks as data ({@link dev.tint.trace.Traceback}, {@link dev.tint.trace.FrameSummary}) and
 * their rendering. Pure: depends only on {@code dev.tint.source}; never on the interpreter.
 */
package dev.tint.trace;
