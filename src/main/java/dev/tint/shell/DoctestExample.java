package dev.tint.shell;

/**
 * One {@code >>>} example found by {@link DoctestParser}.
 *
 * @param group the file or docstring it belongs to (e.g. {@code pkg/m.py} or {@code m.Stack.push})
 * @param line the 1-based line of its {@code >>>} in the file
 * @param source its code, each line ending in a newline
 * @param want the expected output, each line ending in a newline ("" when none)
 * @param ellipsis whether {@code +ELLIPSIS} is on
 * @param normalizeWhitespace whether {@code +NORMALIZE_WHITESPACE} is on
 * @param skip whether {@code +SKIP} is on
 */
public record DoctestExample(String group, int line, String source, String want, boolean ellipsis,
                             boolean normalizeWhitespace, boolean skip) {
    /** The first line of the source, for names and reports. */
    public String firstLine() {
        int nl = source.indexOf('\n');
        return nl < 0 ? source : source.substring(0, nl);
    }
}
