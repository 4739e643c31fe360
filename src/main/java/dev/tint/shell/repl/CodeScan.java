package dev.tint.shell.repl;

/**
 * What the code before the cursor ends in, from a light scan that knows strings, comments and
 * brackets: an open string literal (its quote and where its text begins), a comment, and where
 * the simple statement being typed begins (after the last newline, {@code ;} or {@code :} outside
 * brackets).
 *
 * @param quote the open string's quote ({@code '}, {@code "}, {@code '''} or {@code """}), or null
 * @param contentStart where the open string's text begins
 * @param prefix the open string's prefix letters ({@code r}, {@code b}, {@code f}...), lower case
 * @param inComment whether the cursor is in a comment
 * @param statementStart where the simple statement being typed begins
 */
record CodeScan(String quote, int contentStart, String prefix, boolean inComment, int statementStart) {

    static CodeScan of(String text) {
        String quote = null;
        int contentStart = -1;
        String prefix = "";
        boolean comment = false;
        int depth = 0;
        int statement = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (quote != null) {
                if (c == '\\') {
                    i += 2;
                } else if (c == '\n' && quote.length() == 1) {
                    quote = null; // an unterminated one-line string ends with its line
                    i++;
                    if (depth == 0) {
                        statement = i;
                    }
                } else if (text.startsWith(quote, i)) {
                    i += quote.length();
                    quote = null;
                } else {
                    i++;
                }
                continue;
            }
            if (comment && c != '\n') {
                i++;
                continue;
            }
            switch (c) {
                case '#':
                    comment = true;
                    break;
                case '\'':
                case '"':
                    String triple = String.valueOf(c).repeat(3);
                    quote = text.startsWith(triple, i) ? triple : String.valueOf(c);
                    prefix = stringPrefix(text, i);
                    contentStart = i + quote.length();
                    i = contentStart;
                    continue;
                case '(':
                case '[':
                case '{':
                    depth++;
                    break;
                case ')':
                case ']':
                case '}':
                    depth = Math.max(0, depth - 1);
                    break;
                case '\\':
                    i += 2; // a line continuation: the statement goes on
                    continue;
                case '\n':
                    comment = false;
                    if (depth == 0) {
                        statement = i + 1;
                    }
                    break;
                case ';':
                case ':': // `if x: import m` and `else: ...` start a statement after the colon
                    if (depth == 0) {
                        statement = i + 1;
                    }
                    break;
                default:
                    break;
            }
            i++;
        }
        return new CodeScan(quote, quote == null ? -1 : contentStart, quote == null ? "" : prefix, comment, statement);
    }

    /** Whether the cursor is inside an open f-string's replacement field ({@code f'{na}). */
    boolean inReplacementField(String text) {
        if (quote == null || !prefix.contains("f")) {
            return false;
        }
        int depth = 0;
        for (int i = contentStart; i < text.length(); i++) {
            char c = text.charAt(i);
            if (depth == 0 && (text.startsWith("{{", i) || text.startsWith("}}", i))) {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    /** The letters just before a quote when they are a string prefix (r, b, f, u, rb, fr...). */
    private static String stringPrefix(String text, int quoteAt) {
        int k = quoteAt;
        while (k > 0 && quoteAt - k < 2 && "rRbBfFuU".indexOf(text.charAt(k - 1)) >= 0) {
            k--;
        }
        if (k > 0 && Identifiers.isPart(text.charAt(k - 1))) {
            return "";
        }
        return text.substring(k, quoteAt).toLowerCase(java.util.Locale.ROOT);
    }
}
