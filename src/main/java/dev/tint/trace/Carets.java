package dev.tint.trace;

/**
 * PEP 657 carets under a frame's source line. Drawn by the traceback issue; until then no
 * carets are shown (CPython also omits them when they would underline the whole line).
 */
final class Carets {
    private Carets() {}

    static String line(FrameSummary f) {
        return null;
    }
}
