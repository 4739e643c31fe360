package dev.tint.source;

/**
 * Where a module came from: its frame kind and the file name shown in tracebacks
 * ({@code /abs/path/x.py}, {@code <stdin>}, {@code <string>}, {@code <stdlib>/json.tint}).
 */
public record Origin(FrameKind kind, String displayName) {
    public static Origin user(String displayName) {
        return new Origin(FrameKind.USER, displayName);
    }
}
