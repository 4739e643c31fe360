package dev.tint.theme;

import java.util.Locale;
import org.jline.utils.AttributedStyle;
import org.jline.utils.Colors;

/**
 * Parses JLine-like style specs: comma-separated {@code bold}, {@code faint}, {@code italic},
 * {@code underline}, {@code blink}, {@code inverse}, {@code crossed-out}, {@code fg:COLOR},
 * {@code bg:COLOR}, or {@code default}/{@code none} (empty). A COLOR is one of the eight ANSI names
 * ({@code red}), their bright forms ({@code bright-red}), {@code default}, a 256-palette index
 * ({@code 208}), {@code #rrggbb}, or {@code ~name} (an xterm color name such as {@code ~orange}).
 */
public final class StyleSpec {
    private static final String[] NAMES = {"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"};

    private StyleSpec() {}

    /** @throws IllegalArgumentException with a short reason for a bad spec */
    public static AttributedStyle parse(String spec) {
        AttributedStyle style = AttributedStyle.DEFAULT;
        String trimmed = spec.strip();
        if (trimmed.isEmpty() || trimmed.equals("default") || trimmed.equals("none")) {
            return style;
        }
        for (String raw : trimmed.split(",")) {
            String part = raw.strip().toLowerCase(Locale.ROOT);
            switch (part) {
                case "bold": style = style.bold(); break;
                case "faint": style = style.faint(); break;
                case "italic": style = style.italic(); break;
                case "underline": style = style.underline(); break;
                case "blink": style = style.blink(); break;
                case "inverse": style = style.inverse(); break;
                case "crossed-out": style = style.crossedOut(); break;
                default:
                    if (part.startsWith("fg:")) {
                        int c = color(part.substring(3));
                        style = c == -1 ? style.foregroundDefault()
                                : c >= 0x1000000 ? style.foregroundRgb(c & 0xffffff) : style.foreground(c);
                    } else if (part.startsWith("bg:")) {
                        int c = color(part.substring(3));
                        style = c == -1 ? style.backgroundDefault()
                                : c >= 0x1000000 ? style.backgroundRgb(c & 0xffffff) : style.background(c);
                    } else {
                        throw new IllegalArgumentException("unknown style '" + part.strip()
                                + "' (expected bold, faint, italic, underline, blink, inverse, crossed-out, fg:COLOR or bg:COLOR)");
                    }
            }
        }
        return style;
    }

    /** A palette index 0-255, an RGB value with bit 24 set, or -1 for the terminal's default. */
    private static int color(String name) {
        String n = name.strip();
        if (n.equals("default")) {
            return -1;
        }
        boolean bright = false;
        if (n.startsWith("bright-")) {
            bright = true;
            n = n.substring(7);
        }
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(n)) {
                return bright ? i + AttributedStyle.BRIGHT : i;
            }
        }
        if (!bright) {
            if (n.matches("#[0-9a-f]{6}")) {
                return 0x1000000 | Integer.parseInt(n.substring(1), 16);
            }
            if (n.matches("[0-9]{1,3}") && Integer.parseInt(n) < 256) {
                return Integer.parseInt(n);
            }
            if (n.startsWith("~")) {
                Integer c = Colors.rgbColor(n.substring(1));
                if (c != null) {
                    return c;
                }
            }
        }
        throw new IllegalArgumentException("unknown color '" + name.strip()
                + "' (expected black, red, green, yellow, blue, magenta, cyan, white, bright-NAME, default, 0-255, #rrggbb or ~name)");
    }
}
