package dev.tint.cli;

/** Quoting of user-supplied values in messages. */
final class Quote {
    private Quote() {}

    /**
     * {@code 'value'}, with control characters escaped and long values shortened, so that a
     * message stays one readable line whatever the user typed.
     */
    static String single(String value) {
        StringBuilder b = new StringBuilder("'");
        int shown = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (shown++ == 60) {
                b.append("...");
                break;
            }
            if (c == '\n') {
                b.append("\\n");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\x%02x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('\'').toString();
    }
}
