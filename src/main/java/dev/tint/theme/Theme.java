package dev.tint.theme;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jline.utils.AttributedStyle;

/**
 * Semantic keys ({@code traceback.exception}, {@code frame.user.file}, ...) mapped to terminal
 * styles. Built-in themes live in the jar under {@code /themes/NAME.properties}; a theme file
 * given by path overlays the default theme. Each line is {@code key=spec} (see {@link StyleSpec});
 * blank lines and lines starting with {@code #} or {@code !} are ignored.
 */
public final class Theme {
    /** Every key a theme may set, in documentation order. */
    public static final List<String> KEYS = List.of(
            "traceback.header", "traceback.exception", "traceback.message",
            "traceback.caret.primary", "traceback.caret.secondary", "traceback.chain",
            "traceback.note", "traceback.suggestion", "traceback.collapsed", "traceback.locals",
            "frame.user.file", "frame.user.line", "frame.user.name", "frame.user.source",
            "frame.library.file", "frame.library.line", "frame.library.name", "frame.library.source",
            "frame.system.file", "frame.system.line", "frame.system.name", "frame.system.source",
            "frame.tag",
            "syntax.keyword", "syntax.builtin", "syntax.string", "syntax.number", "syntax.comment",
            "syntax.operator", "syntax.error",
            "prompt", "prompt.continuation", "repl.result",
            "diff.expected", "diff.got");

    /** The built-in themes. */
    public static final List<String> BUILT_IN = List.of("default", "light", "mono", "contrast");

    /** No styles at all: renders plain text. */
    public static final Theme NONE = new Theme("none", Map.of());

    private static volatile Theme defaultTheme;

    private final String name;
    private final Map<String, AttributedStyle> styles;

    private Theme(String name, Map<String, AttributedStyle> styles) {
        this.name = name;
        this.styles = Collections.unmodifiableMap(styles);
    }

    public String name() {
        return name;
    }

    /** The style of a key; the default (no) style for a key the theme leaves unset. */
    public AttributedStyle style(String key) {
        AttributedStyle s = styles.get(key);
        return s == null ? AttributedStyle.DEFAULT : s;
    }

    /** The built-in default theme (for a dark background). */
    public static Theme defaults() {
        Theme t = defaultTheme;
        if (t == null) {
            try {
                t = builtIn("default", new LinkedHashMap<>());
            } catch (ThemeException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            defaultTheme = t;
        }
        return t;
    }

    /**
     * A built-in theme by name, or a theme file by path overlaid on the default; null or empty
     * means the default.
     */
    public static Theme load(String nameOrFile) throws ThemeException {
        if (nameOrFile == null || nameOrFile.isEmpty() || nameOrFile.equals("default")) {
            return defaults();
        }
        if (BUILT_IN.contains(nameOrFile)) {
            return builtIn(nameOrFile, new LinkedHashMap<>());
        }
        Map<String, AttributedStyle> map = new LinkedHashMap<>(defaults().styles);
        Path path = Path.of(nameOrFile);
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            parse(r, nameOrFile, map);
        } catch (NoSuchFileException e) {
            throw new ThemeException(nameOrFile + ": no such theme file (built-in themes: "
                    + String.join(", ", BUILT_IN) + ")");
        } catch (IOException e) {
            throw new ThemeException(nameOrFile + ": cannot read theme file: " + e.getMessage());
        }
        return new Theme(nameOrFile, map);
    }

    /**
     * {@link #load} with the fallback every caller wants: on error, one warning line
     * ({@code tint: theme error: ...; using the default theme}) goes to {@code warn} and the default
     * theme is used.
     */
    public static Theme loadOrDefault(String nameOrFile, java.util.function.Consumer<String> warn) {
        try {
            return load(nameOrFile);
        } catch (ThemeException e) {
            warn.accept("tint: theme error: " + e.getMessage() + "; using the default theme");
            return defaults();
        }
    }

    private static Theme builtIn(String name, Map<String, AttributedStyle> map) throws ThemeException {
        String resource = "/themes/" + name + ".properties";
        InputStream in = Theme.class.getResourceAsStream(resource);
        if (in == null) {
            throw new ThemeException(resource + ": built-in theme missing from the jar");
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            parse(r, "<built-in>/themes/" + name + ".properties", map);
        } catch (IOException e) {
            throw new ThemeException(resource + ": " + e.getMessage());
        }
        return new Theme(name, map);
    }

    private static void parse(Reader reader, String file, Map<String, AttributedStyle> into)
            throws IOException, ThemeException {
        BufferedReader r = new BufferedReader(reader);
        String line;
        int lineno = 0;
        while ((line = r.readLine()) != null) {
            lineno++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#") || s.startsWith("!")) {
                continue;
            }
            int eq = s.indexOf('=');
            if (eq < 0) {
                throw new ThemeException(file + ", line " + lineno + ": expected key=style, got '" + s + "'");
            }
            String key = s.substring(0, eq).strip();
            String spec = s.substring(eq + 1).strip();
            if (!KEYS.contains(key)) {
                String near = nearest(key);
                throw new ThemeException(file + ", line " + lineno + ": unknown key '" + key + "'"
                        + (near == null ? "" : " (did you mean '" + near + "'?)"));
            }
            try {
                into.put(key, StyleSpec.parse(spec));
            } catch (IllegalArgumentException e) {
                throw new ThemeException(file + ", line " + lineno + ": bad style for " + key + ": "
                        + e.getMessage());
            }
        }
    }

    /** The valid key closest to {@code key} by edit distance. */
    static String nearest(String key) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : KEYS) {
            int d = distance(key, k);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
