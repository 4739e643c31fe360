package dev.tint.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading themes: the built-in ones, user files overlaying the default, and clear errors for bad files. */
class ThemeTest {
    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        Path p = dir.resolve("my.theme");
        Files.writeString(p, text);
        return p;
    }

    @Test
    void everyBuiltInThemeSetsEveryKeyAndLoads() throws Exception {
        for (String name : Theme.BUILT_IN) {
            Theme t = Theme.load(name);
            assertEquals(name, t.name());
            List<String> lines = Files.readAllLines(Path.of("themes", name + ".properties"));
            for (String key : Theme.KEYS) {
                assertTrue(lines.stream().anyMatch(l -> l.startsWith(key + "=")), name + " lacks " + key);
            }
        }
    }

    @Test
    void theThreeFrameKindsLookDifferentInEveryTheme() throws Exception {
        for (String name : Theme.BUILT_IN) {
            Theme t = Theme.load(name);
            for (String part : List.of("file", "line", "name", "source")) {
                AttributedStyle user = t.style("frame.user." + part);
                AttributedStyle library = t.style("frame.library." + part);
                AttributedStyle system = t.style("frame.system." + part);
                if (part.equals("file")) {
                    assertNotEquals(user, library, name + ": user vs library " + part);
                    assertNotEquals(user, system, name + ": user vs system " + part);
                    assertNotEquals(library, system, name + ": library vs system " + part);
                }
            }
        }
    }

    @Test
    void monoUsesNoColors() throws Exception {
        Theme mono = Theme.load("mono");
        for (String key : Theme.KEYS) {
            String ansi = new org.jline.utils.AttributedString("x", mono.style(key)).toAnsi();
            assertTrue(!ansi.matches(".*\\[[0-9;]*(3[0-9]|9[0-7]|4[0-9]|10[0-7])[;m].*"), key + ": " + ansi);
        }
    }

    @Test
    void contrastFrameKindsDifferInWeightNotOnlyHue() throws Exception {
        Theme t = Theme.load("contrast");
        // bold / normal / faint: distinguishable with every color removed
        List<Long> weights = new ArrayList<>();
        for (String kind : List.of("user", "library", "system")) {
            AttributedStyle s = t.style("frame." + kind + ".file");
            weights.add(s.getStyle() & 0x3); // bold and faint bits
        }
        assertEquals(3, weights.stream().distinct().count(), weights.toString());
    }

    @Test
    void aUserThemeOverlaysTheDefault() throws Exception {
        Theme t = Theme.load(file("# mine\n\nframe.user.file = fg:#ff8800\ntraceback.note=italic,fg:~orange1\n").toString());
        assertEquals(AttributedStyle.DEFAULT.foregroundRgb(0xff8800), t.style("frame.user.file"));
        assertEquals(Theme.defaults().style("frame.system.file"), t.style("frame.system.file"));
        assertEquals(Theme.defaults().style("traceback.exception"), t.style("traceback.exception"));
    }

    @Test
    void specsParse() {
        assertEquals(AttributedStyle.DEFAULT.bold().foreground(AttributedStyle.RED), StyleSpec.parse("bold,fg:red"));
        assertEquals(AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN + AttributedStyle.BRIGHT),
                StyleSpec.parse("fg:bright-cyan"));
        assertEquals(AttributedStyle.DEFAULT.faint().italic().underline(), StyleSpec.parse("faint, italic, underline"));
        assertEquals(AttributedStyle.DEFAULT.foreground(208), StyleSpec.parse("fg:208"));
        assertEquals(AttributedStyle.DEFAULT, StyleSpec.parse("default"));
        assertThrows(IllegalArgumentException.class, () -> StyleSpec.parse("fg:reddish"));
        assertThrows(IllegalArgumentException.class, () -> StyleSpec.parse("blod"));
    }

    @Test
    void anUnknownKeyNamesFileLineAndTheNearestKey() throws Exception {
        Path p = file("frame.user.file=bold\n\nframe.usr.flie=fg:red\n");
        ThemeException e = assertThrows(ThemeException.class, () -> Theme.load(p.toString()));
        assertEquals(p + ", line 3: unknown key 'frame.usr.flie' (did you mean 'frame.user.file'?)", e.getMessage());
    }

    @Test
    void aBadSpecNamesFileLineAndKey() throws Exception {
        Path p = file("traceback.exception=bold,fg:purplish\n");
        ThemeException e = assertThrows(ThemeException.class, () -> Theme.load(p.toString()));
        assertTrue(e.getMessage().startsWith(p + ", line 1: bad style for traceback.exception: unknown color 'purplish'"),
                e.getMessage());
        Path q = file("no equals sign here\n");
        e = assertThrows(ThemeException.class, () -> Theme.load(q.toString()));
        assertTrue(e.getMessage().startsWith(q + ", line 1: expected key=style"), e.getMessage());
    }

    @Test
    void aMissingFileIsAnErrorAndCallersFallBackWithOneWarning() {
        String missing = dir.resolve("nope.properties").toString();
        ThemeException e = assertThrows(ThemeException.class, () -> Theme.load(missing));
        assertTrue(e.getMessage().startsWith(missing + ": no such theme file"), e.getMessage());
        List<String> warnings = new ArrayList<>();
        Theme t = Theme.loadOrDefault(missing, warnings::add);
        assertSame(Theme.defaults(), t);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("tint: theme error: " + missing + ": no such theme file"), warnings.get(0));
        assertTrue(warnings.get(0).endsWith("; using the default theme"), warnings.get(0));
    }
}
