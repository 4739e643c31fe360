package dev.tint.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.tint.source.FrameKind;
import dev.tint.source.Span;
import dev.tint.theme.Theme;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

/** The renderer as a pure function: plain text equals PlainRenderer's, styles follow frame kinds, widths cut. */
class TracebackRendererTest {
    private static FrameSummary frame(String file, int line, String name, String source, FrameKind kind) {
        return new FrameSummary(file, line, name, Span.NONE, List.of(source), null, kind, null);
    }

    private static Traceback tb(List<FrameSummary> frames) {
        return new Traceback("ValueError", "bad value", List.of(), frames, null, null, null, null);
    }

    private static final List<FrameSummary> MIXED = List.of(
            frame("/a/main.py", 3, "<module>", "main()", FrameKind.USER),
            frame("/lib/util.tint", 7, "helper", "return go(x)", FrameKind.LIBRARY),
            frame("<stdlib>/json.tint", 10, "loads", "return decode(s)", FrameKind.SYSTEM),
            frame("<stdlib>/json.tint", 20, "decode", "return scan(s)", FrameKind.SYSTEM),
            frame("<stdlib>/json.tint", 30, "scan", "raise ValueError('bad value')", FrameKind.SYSTEM));

    @Test
    void textWithAnyThemeIsThePlainRendering() {
        Traceback t = tb(MIXED);
        String plain = PlainRenderer.render(t);
        for (String name : Theme.BUILT_IN) {
            Theme theme = Theme.loadOrDefault(name, w -> { throw new AssertionError(w); });
            assertEquals(plain, TracebackRenderer.render(t, theme, TracebackRenderer.Options.ALL).toString());
        }
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"/a/main.py\", line 3, in <module>\n    main()\n"
                + "  File \"/lib/util.tint\", line 7, in helper [library]\n    return go(x)\n"
                + "  File \"<stdlib>/json.tint\", line 10, in loads [system]\n    return decode(s)\n"
                + "  File \"<stdlib>/json.tint\", line 20, in decode [system]\n    return scan(s)\n"
                + "  File \"<stdlib>/json.tint\", line 30, in scan [system]\n    raise ValueError('bad value')\n"
                + "ValueError: bad value\n", plain);
    }

    @Test
    void eachKindGetsItsOwnFileStyle() {
        AttributedString s = TracebackRenderer.render(tb(MIXED), Theme.defaults(), TracebackRenderer.Options.ALL);
        String text = s.toString();
        int user = text.indexOf("/a/main.py");
        int library = text.indexOf("/lib/util.tint");
        int system = text.indexOf("<stdlib>/json.tint");
        assertEquals(Theme.defaults().style("frame.user.file"), s.styleAt(user));
        assertEquals(Theme.defaults().style("frame.library.file"), s.styleAt(library));
        assertEquals(Theme.defaults().style("frame.system.file"), s.styleAt(system));
        assertNotEquals(s.styleAt(user), s.styleAt(system));
    }

    @Test
    void autoCollapsesSystemRunsButNotTheLastFrame() {
        String auto = TracebackRenderer.render(tb(MIXED), Theme.NONE,
                new TracebackRenderer.Options("auto", false, -1)).toString();
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"/a/main.py\", line 3, in <module>\n    main()\n"
                + "  File \"/lib/util.tint\", line 7, in helper [library]\n    return go(x)\n"
                + "  [… 2 system frames hidden, --frames=all shows them]\n"
                + "  File \"<stdlib>/json.tint\", line 30, in scan [system]\n    raise ValueError('bad value')\n"
                + "ValueError: bad value\n", auto);
        // a single system frame between user frames is not worth a line of its own
        List<FrameSummary> one = List.of(MIXED.get(0), MIXED.get(2), frame("/a/main.py", 9, "cb", "x()", FrameKind.USER));
        String shown = TracebackRenderer.render(tb(one), Theme.NONE,
                new TracebackRenderer.Options("auto", false, -1)).toString();
        assertEquals(PlainRenderer.render(tb(one)), shown);
    }

    @Test
    void userModeCollapsesLibraryFramesToo() {
        List<FrameSummary> frames = new ArrayList<>(MIXED);
        frames.add(1, frame("/lib/util.tint", 3, "outer", "return helper(x)", FrameKind.LIBRARY));
        String user = TracebackRenderer.render(tb(frames), Theme.NONE,
                new TracebackRenderer.Options("user", false, -1)).toString();
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"/a/main.py\", line 3, in <module>\n    main()\n"
                + "  [… 2 library frames and 2 system frames hidden, --frames=all shows them]\n"
                + "  File \"<stdlib>/json.tint\", line 30, in scan [system]\n    raise ValueError('bad value')\n"
                + "ValueError: bad value\n", user);
    }

    @Test
    void longSourceLinesAreCutOnlyWhenAWidthIsKnown() {
        String longLine = "x = " + "1 + ".repeat(30) + "1";
        Traceback t = tb(List.of(frame("/a/main.py", 1, "<module>", longLine, FrameKind.USER)));
        String piped = TracebackRenderer.render(t, Theme.NONE, new TracebackRenderer.Options("all", false, -1)).toString();
        assertEquals(PlainRenderer.render(t), piped);
        String narrow = TracebackRenderer.render(t, Theme.NONE, new TracebackRenderer.Options("all", false, 40)).toString();
        String cut = narrow.lines().filter(l -> l.startsWith("    x = ")).findFirst().orElseThrow();
        assertEquals(40, cut.length());
        assertEquals('…', cut.charAt(39));
    }
}
