package dev.tint.eval.compile;

/** A scoping rule broken at compile time (e.g. a nonlocal with no binding); becomes a SyntaxError. */
final class ScopeException extends RuntimeException {
    ScopeException(String message) {
        super(message, null, false, false);
    }
}
