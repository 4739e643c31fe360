package dev.tint.cli;

import java.util.Map;

/**
 * The color decision of DESIGN.md ("When is there color"), as far as it can be taken before
 * looking at a stream. First match wins: the {@code --color} flag, then {@code COLORS=0|1},
 * then {@code NO_COLOR} non-empty (off), then {@code FORCE_COLOR} non-empty (on), then
 * {@code TERM=dumb} (off); otherwise {@code auto}, which the shell settles per stream (stderr
 * for tracebacks, stdout for the rest) by asking whether it is a terminal.
 */
public final class ColorPolicy {
    public static final String AUTO = "auto";
    public static final String ALWAYS = "always";
    public static final String NEVER = "never";

    private ColorPolicy() {}

    /**
     * @param flag the value of {@code --color} (auto, always or never), or null if absent
     * @param env the process environment
     * @return auto, always or never
     * @throws UsageException if {@code COLORS} is set to anything but 0 or 1 (empty counts as unset)
     */
    public static String resolve(String flag, Map<String, String> env) throws UsageException {
        String colors = colors(env);
        if (flag != null) {
            return flag;
        }
        if (colors != null) {
            return colors.equals("1") ? ALWAYS : NEVER;
        }
        if (nonEmpty(env.get("NO_COLOR"))) {
            return NEVER;
        }
        if (nonEmpty(env.get("FORCE_COLOR"))) {
            return ALWAYS;
        }
        if ("dumb".equals(env.get("TERM"))) {
            return NEVER;
        }
        return AUTO;
    }

    /**
     * The validated value of {@code COLORS}: "0", "1", or null when unset or empty.
     *
     * @throws UsageException naming the accepted values, for any other value
     */
    public static String colors(Map<String, String> env) throws UsageException {
        String colors = env.get("COLORS");
        if (colors == null || colors.isEmpty()) {
            return null;
        }
        if (colors.equals("0") || colors.equals("1")) {
            return colors;
        }
        throw new UsageException("COLORS must be 0 or 1, not " + Quote.single(colors));
    }

    private static boolean nonEmpty(String s) {
        return s != null && !s.isEmpty();
    }
}
