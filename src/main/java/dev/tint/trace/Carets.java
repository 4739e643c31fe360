package dev.tint.trace;

import dev.tint.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The source lines of a frame with PEP 657 carets, as CPython 3.13's
 * {@code StackSummary.format_frame_summary} draws them: {@code ~} under the operands and
 * {@code ^} under the operator (or under the brackets of a subscript or call), plain {@code ^}
 * when there is no anchor, and no carets at all when they would underline the whole line or the
 * statement is {@code return f(...)} / {@code x = anything(...)}. Multi-line expressions show their
 * first and last lines and the lines around the anchors.
 */
final class Carets {
    private Carets() {}

    /** The lines to print under the File line, each already indented by four spaces. */
    static List<String> sourceLines(FrameSummary f) {
        List<String> original = f.lines();
        List<String> out = new ArrayList<>();
        if (original.isEmpty() || original.get(0).isBlank()) {
            return out;
        }
        Span span = f.span();
        if (span == null || span == Span.NONE || span.endLine() < span.line()) {
            out.add("    " + original.get(0).strip());
            return out;
        }
        List<String> all = dedent(original);
        String first = original.get(0);
        int dedentChars = first.length() - all.get(0).length();
        int start = Math.max(0, span.column() - dedentChars);
        int end = Math.max(0, span.endColumn() - dedentChars);
        int last = all.size() - 1;
        start = Math.min(start, all.get(0).length());
        end = Math.min(end, all.get(last).length());
        String segment = segment(all, start, end);

        Anchors anchors = anchors(f.anchor(), span, all, start, end, dedentChars);
        boolean show = shouldShowCarets(f.anchor(), segment, all, start, end, anchors);

        TreeSet<Integer> significant = new TreeSet<>();
        significant.add(0);
        significant.add(last);
        int leftOffset = 0;
        int rightOffset = 0;
        char primary = '^';
        char secondary = '^';
        if (anchors != null) {
            leftOffset = anchors.leftEndOffset + (anchors.leftEndLine == 0 ? start : 0);
            rightOffset = anchors.rightStartOffset + (anchors.rightStartLine == 0 ? start : 0);
            leftOffset = displayWidth(all.get(anchors.leftEndLine), leftOffset);
            rightOffset = displayWidth(all.get(anchors.rightStartLine), rightOffset);
            primary = '~';
            secondary = '^';
            for (int d = -1; d <= 1; d++) {
                significant.add(anchors.leftEndLine + d);
                significant.add(anchors.rightStartLine + d);
            }
        }
        significant.remove(-1);
        significant.remove(all.size());
        int dpStart = displayWidth(all.get(0), start);
        int dpEnd = displayWidth(all.get(last), end);

        List<String> result = new ArrayList<>();
        Integer previous = null;
        for (int lineno : significant) {
            if (previous != null) {
                int diff = lineno - previous;
                if (diff == 2) {
                    outputLine(result, all, lineno - 1, show, anchors, dpStart, dpEnd, leftOffset, rightOffset,
                            primary, secondary);
                } else if (diff > 2) {
                    result.add("...<" + (diff - 1) + " lines>...");
                }
            }
            outputLine(result, all, lineno, show, anchors, dpStart, dpEnd, leftOffset, rightOffset, primary,
                    secondary);
            previous = lineno;
        }
        for (String line : dedent(result)) {
            out.add("    " + line);
        }
        return out;
    }

    private static void outputLine(List<String> result, List<String> all, int lineno, boolean show, Anchors anchors,
                                   int dpStart, int dpEnd, int leftOffset, int rightOffset, char primary,
                                   char secondary) {
        String line = all.get(lineno);
        result.add(line);
        if (!show) {
            return;
        }
        int spaces = line.length() - line.stripLeading().length();
        int count = lineno == all.size() - 1 ? dpEnd : displayWidth(line, line.length());
        StringBuilder carets = new StringBuilder(count);
        for (int col = 0; col < count; col++) {
            if (col < spaces || (lineno == 0 && col < dpStart)) {
                carets.append(' ');
            } else if (anchors != null
                    && (lineno > anchors.leftEndLine || (lineno == anchors.leftEndLine && col >= leftOffset))
                    && (lineno < anchors.rightStartLine || (lineno == anchors.rightStartLine && col < rightOffset))) {
                carets.append(secondary);
            } else {
                carets.append(primary);
            }
        }
        result.add(carets.toString());
    }

    /** The instruction's own text: from start on the first line to end on the last. */
    private static String segment(List<String> all, int start, int end) {
        String joined = String.join("\n", all);
        int tail = all.get(all.size() - 1).length() - end;
        return joined.substring(Math.min(start, joined.length()), Math.max(start, joined.length() - tail));
    }

    /** Anchor positions relative to the segment's lines (first line offsets exclude the start). */
    private record Anchors(int leftEndLine, int leftEndOffset, int rightStartLine, int rightStartOffset) {}

    private static Anchors anchors(CaretAnchor a, Span span, List<String> all, int start, int end, int dedent) {
        if (a == null) {
            return null;
        }
        List<String> lines = segmentLines(all, start, end);
        int[] left = position(a.leftEndLine(), a.leftEndColumn(), span, start, dedent);
        if (left == null) {
            return null;
        }
        try {
            int[] p = nextValid(lines, left[0], left[1]);
            switch (a.kind()) {
                case BINARY: {
                    p = incrementUntil(lines, p[0], p[1], c -> !Character.isWhitespace(c) && c != ')');
                    int lineno = p[0];
                    int col = p[1];
                    int rightCol = col + 1;
                    String text = lines.get(lineno);
                    int[] right = position(a.rightStartLine(), a.rightStartColumn(), span, start, dedent);
                    if (rightCol < text.length() && right != null
                            && (right[0] > lineno || rightCol < right[1])) {
                        char ch = text.charAt(rightCol);
                        if (!Character.isWhitespace(ch) && ch != '\\' && ch != '#') {
                            rightCol++;
                        }
                    }
                    return new Anchors(lineno, col, lineno, rightCol);
                }
                case SUBSCRIPT:
                case CALL: {
                    char open = a.kind() == CaretAnchor.Kind.SUBSCRIPT ? '[' : '(';
                    p = incrementUntil(lines, p[0], p[1], c -> c == open);
                    int lastLine = lines.size() - 1;
                    return new Anchors(p[0], p[1], lastLine, lines.get(lastLine).length());
                }
                default:
                    return null;
            }
        } catch (IndexOutOfBoundsException e) {
            return null; // positions that don't fit the text: draw plain carets, as CPython does on parse failure
        }
    }

    /** The segment split into lines (first line starts at start, last ends at end). */
    private static List<String> segmentLines(List<String> all, int start, int end) {
        List<String> lines = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            String line = all.get(i);
            int from = i == 0 ? start : 0;
            int to = i == all.size() - 1 ? end : line.length();
            lines.add(line.substring(Math.min(from, line.length()), Math.max(Math.min(from, line.length()),
                    Math.min(to, line.length()))));
        }
        return lines;
    }

    /** A source position as (segment line, column within the segment's line), or null when outside. */
    private static int[] position(int line, int column, Span span, int start, int dedent) {
        int li = line - span.line();
        if (li < 0) {
            return null;
        }
        int ci = column - dedent - (li == 0 ? start : 0);
        return new int[] {li, Math.max(0, ci)};
    }

    private static int[] nextValid(List<String> lines, int lineno, int col) {
        while (lineno < lines.size() && col >= lines.get(lineno).length()) {
            col = 0;
            lineno++;
        }
        if (lineno >= lines.size()) {
            throw new IndexOutOfBoundsException();
        }
        return new int[] {lineno, col};
    }

    private static int[] incrementUntil(List<String> lines, int lineno, int col, java.util.function.IntPredicate stop) {
        while (true) {
            char ch = lines.get(lineno).charAt(col);
            if (ch == '\\' || ch == '#') {
                int[] p = nextValid(lines, lineno + 1, 0);
                lineno = p[0];
                col = p[1];
            } else if (!stop.test(ch)) {
                int[] p = nextValid(lines, lineno, col + 1);
                lineno = p[0];
                col = p[1];
            } else {
                return new int[] {lineno, col};
            }
        }
    }

    private static boolean shouldShowCarets(CaretAnchor a, String segment, List<String> all, int start, int end,
                                            Anchors anchors) {
        if (a != null && a.kind() == CaretAnchor.Kind.CALL && start <= all.get(0).length()) {
            String before = all.get(0).substring(0, start).strip();
            String after = all.get(all.size() - 1).substring(Math.min(end, all.get(all.size() - 1).length())).strip();
            boolean isReturn = before.equals("return") && a.calleeIsName();
            boolean isAssign = before.endsWith("=") && isIdentifier(before.substring(0, before.length() - 1).strip())
                    && !before.endsWith("==");
            if ((isReturn || isAssign) && after.isEmpty()) {
                return false;
            }
        }
        if (anchors != null) {
            return true;
        }
        String firstPrefix = all.get(0).substring(0, Math.min(start, all.get(0).length()));
        String last = all.get(all.size() - 1);
        return !firstPrefix.strip().isEmpty() || !last.substring(Math.min(end, last.length())).strip().isEmpty();
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || !Character.isJavaIdentifierStart(s.charAt(0)) || s.charAt(0) == '$') {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (!Character.isJavaIdentifierPart(s.charAt(i)) || s.charAt(i) == '$') {
                return false;
            }
        }
        return true;
    }

    /** textwrap.dedent: removes the longest common leading whitespace; blank lines become empty. */
    static List<String> dedent(List<String> lines) {
        String margin = null;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String indent = line.substring(0, line.length() - line.stripLeading().length());
            if (margin == null) {
                margin = indent;
            } else {
                int n = 0;
                while (n < margin.length() && n < indent.length() && margin.charAt(n) == indent.charAt(n)) {
                    n++;
                }
                margin = margin.substring(0, n);
            }
        }
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            if (line.isBlank()) {
                out.add("");
            } else {
                out.add(margin == null ? line : line.substring(margin.length()));
            }
        }
        return out;
    }

    /** Terminal columns of line[0, offset): wide East Asian characters take two. */
    static int displayWidth(String line, int offset) {
        int end = Math.min(offset, line.length());
        boolean ascii = true;
        for (int i = 0; i < end; i++) {
            if (line.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return offset;
        }
        int width = 0;
        for (int i = 0; i < end; ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            width += isWide(cp) ? 2 : 1;
        }
        return width + Math.max(0, offset - end);
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) || (cp >= 0x1F900 && cp <= 0x1F9FF)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
