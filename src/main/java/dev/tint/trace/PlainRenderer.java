package dev.tint.trace;

import dev.tint.theme.Theme;

/**
 * A {@link Traceback} as CPython 3.13's plain text, byte for byte for user frames; a non-user
 * frame's File line ends with {@code [library]} or {@code [system]} so the kind stays visible
 * without color. Every frame is shown. The layout itself is {@link TracebackRenderer}'s.
 */
public final class PlainRenderer {
    private PlainRenderer() {}

    public static String render(Traceback tb) {
        return TracebackRenderer.render(tb, Theme.NONE, TracebackRenderer.Options.ALL).toString();
    }

    static String exceptionLine(Traceback tb) {
        String line = tb.message().isEmpty() ? tb.typeName() : tb.typeName() + ": " + tb.message();
        if (tb.suggestion() != null) {
            line += tb.suggestion();
        }
        return line;
    }
}
