package dev.tint.trace;

import java.util.List;

/**
 * An exception as data, captured once: its type name, message, notes, the frames it unwound
 * through (outermost first), the exception it was caused by or raised during, and, for
 * NameError/AttributeError/ImportError, the "Did you mean" suggestion. Rendering never touches
 * the interpreter again.
 *
 * @param typeName the name shown in the last line ({@code ValueError}, {@code mod.MyError})
 * @param message {@code str(exception)}, possibly empty
 * @param syntax details for a SyntaxError, else null
 * @param cause the {@code __cause__} chain link ({@code raise ... from}), or null
 * @param context the implicit {@code __context__} link when not suppressed, or null
 */
public record Traceback(String typeName, String message, List<String> notes, List<FrameSummary> frames,
                        SyntaxDetail syntax, String suggestion, Traceback cause, Traceback context) {

    /** What a SyntaxError shows instead of a stack: file, line, the source line and the caret range. */
    public record SyntaxDetail(String filename, int line, String text, int offset, int endOffset) {}
}
