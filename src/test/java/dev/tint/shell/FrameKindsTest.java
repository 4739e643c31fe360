package dev.tint.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A module beside the script runs USER frames, one on the library path LIBRARY frames, the
 * bundled standard library SYSTEM frames; plain tracebacks tag the last two.
 */
class FrameKindsTest {
    @TempDir
    Path dir;

    @Test
    void eachModuleRunsFramesOfTheKindOfItsOrigin() throws IOException {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Path app = Files.createDirectories(dir.resolve("app"));
        Files.writeString(app.resolve("helpers.py"), "import parsing\n\ndef run(text):\n    return parsing.parse(text)\n");
        Files.writeString(lib.resolve("parsing.tint"), "import json\n\ndef parse(text):\n    return json.loads(text)\n");
        Path main = app.resolve("main.py");
        Files.writeString(main, "import helpers\nprint(helpers.run('[1]'))\nhelpers.run('{bad')\n");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Streams streams = new Streams(new ByteArrayInputStream(new byte[0]), out, err, false);
        RunOptions options = new RunOptions(List.of(lib), 1000, "all", false, "never", null, false);
        int status = new ScriptRunner(streams).file(main.toString(), List.of(), options);

        String stderr = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, status, stderr);
        assertEquals("[1]\n", out.toString(StandardCharsets.UTF_8));
        List<String> fileLines = stderr.lines().filter(l -> l.startsWith("  File ")).toList();
        assertTrue(fileLines.get(0).endsWith("main.py\", line 3, in <module>"), fileLines.get(0));
        assertTrue(fileLines.get(1).endsWith("helpers.py\", line 4, in run"), fileLines.get(1));
        assertTrue(fileLines.get(2).endsWith("parsing.tint\", line 4, in parse [library]"), fileLines.get(2));
        assertTrue(fileLines.get(3).startsWith("  File \"<stdlib>/json.tint\"") && fileLines.get(3).endsWith("[system]"),
                fileLines.get(3));
        assertTrue(stderr.strip().endsWith(
                "json.decoder.JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"),
                stderr);
    }
}
