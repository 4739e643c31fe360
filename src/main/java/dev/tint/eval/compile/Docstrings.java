package dev.tint.eval.compile;

/** CPython 3.13 strips the common indentation of docstrings at compile time; so does Tint. */
final class Docstrings {
    private Docstrings() {}

    static String clean(String doc) {
        String[] lines = doc.split("\n", -1);
        int margin = Integer.MAX_VALUE;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') {
                indent++;
            }
            if (indent < line.length()) {
                margin = Math.min(margin, indent);
            }
        }
        StringBuilder sb = new StringBuilder(lines[0].stripLeading());
        for (int i = 1; i < lines.length; i++) {
            sb.append('\n');
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            sb.append(margin == Integer.MAX_VALUE ? line : line.substring(Math.min(margin, line.length())));
        }
        return sb.toString();
    }
}
