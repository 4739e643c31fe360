package dev.tint.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole program as a subprocess ({@code java dev.tint.Main fixture.py}, stderr to a file):
 * {@code COLORS=0} writes not one ESC byte, {@code COLORS=1} styles the three frame kinds with
 * three different SGR sequences, and a bad {@code TINT_THEME} costs one warning line, not the run.
 */
class ColorEndToEndTest {
    @TempDir
    Path tmp;

    private String stderrOf(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new java.util.ArrayList<>(List.of(java.toString(), "-cp",
                System.getProperty("java.class.path"), "dev.tint.Main", "--path", "lib"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(TracebackGoldenTest.DIR.toFile());
        pb.environment().keySet().removeAll(List.of("COLORS", "NO_COLOR", "FORCE_COLOR", "TINT_THEME", "TINTPATH"));
        pb.environment().putAll(env);
        Path err = tmp.resolve("err");
        pb.redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process p = pb.start();
        assertEquals(1, p.waitFor());
        return Files.readString(err, StandardCharsets.UTF_8);
    }

    @Test
    void colorsZeroWritesNoEscapeByte() throws Exception {
        String err = stderrOf(Map.of("COLORS", "0", "FORCE_COLOR", "1"), "--frames=all", "kinds.py");
        assertTrue(err.contains("[library]") && err.contains("[system]"), err);
        assertFalse(err.contains("\u001b"), err);
    }

    @Test
    void colorsOneStylesTheThreeKindsDifferently() throws Exception {
        String err = stderrOf(Map.of("COLORS", "1"), "--frames=all", "kinds.py");
        Set<String> sgr = new LinkedHashSet<>();
        for (String file : List.of("kinds.py", "parsing.tint", "json.tint")) {
            Matcher m = Pattern.compile("File \"(\u001b\\[[0-9;]*m)[^\u001b]*" + Pattern.quote(file)).matcher(err);
            assertTrue(m.find(), file + " in " + err);
            sgr.add(m.group(1));
        }
        assertEquals(3, sgr.size(), sgr.toString());
    }

    @Test
    void aBadThemeWarnsOnceAndTheRunGoesOn() throws Exception {
        Path theme = tmp.resolve("bad.properties");
        Files.writeString(theme, "frame.user.fil=bold\n");
        String err = stderrOf(Map.of("COLORS", "1", "TINT_THEME", theme.toString()), "user_only.py");
        List<String> warnings = err.lines().filter(l -> l.startsWith("tint: theme error:")).toList();
        assertEquals(List.of("tint: theme error: " + theme + ", line 1: unknown key 'frame.user.fil'"
                + " (did you mean 'frame.user.file'?); using the default theme"), warnings);
        assertTrue(err.contains("ZeroDivisionError"), err);
    }
}
