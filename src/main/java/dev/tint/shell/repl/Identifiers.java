package dev.tint.shell.repl;

/** Python identifiers, as far as completion needs them. */
final class Identifiers {
    private Identifiers() {}

    static boolean isStart(char c) {
        return c == '_' || Character.isLetter(c);
    }

    static boolean isPart(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty() || !isStart(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (!isPart(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a name is offered for what was typed: it starts with it, and a private name
     * ({@code _x}) only when what was typed starts with {@code _}.
     */
    static boolean offered(String name, String typed) {
        return name.startsWith(typed) && (typed.startsWith("_") || !name.startsWith("_"));
    }
}
