package dev.tint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code repl --man}: a man page generated from the same specification as --help. */
class ManPageTest {
    @TempDir
    Path dir;

    private static final String PAGE = Cli.manPage();

    @Test
    void thePageHasTheUsualSectionsAndEveryVisibleOption() {
        assertTrue(PAGE.startsWith(".TH REPL 1 "), PAGE);
        for (String section : List.of(".SH NAME", ".SH SYNOPSIS", ".SH DESCRIPTION", ".SH OPTIONS",
                ".SH ENVIRONMENT", ".SH EXAMPLES", ".SH EXIT STATUS")) {
            assertTrue(PAGE.contains("\n" + section + "\n"), section);
        }
        for (String option : List.of("\\-\\-transcript", "\\-\\-color", "\\-\\-theme", "\\-\\-path", "\\-\\-frames",
                "\\-\\-locals", "\\-\\-recursion\\-limit", "\\-\\-debug", "\\-\\-help", "\\-\\-version",
                "\\-\\-completion", "\\-\\-man")) {
            assertTrue(PAGE.contains("\\fB" + option + "\\fR"), option);
        }
        assertFalse(PAGE.contains("\\-\\-train"), "hidden options stay hidden");
        assertFalse(PAGE.contains("@|"), "no picocli markup left");
        assertFalse(PAGE.contains("\u001b"), "no escape sequences");
    }

    @Test
    void markupBecomesTroffFontsAndDotsAtLineStartAreEscaped() {
        assertEquals("\\fBrepl\\fR \\fIFILE\\fR \\-x", ManPage.markup("@|bold repl|@ @|italic FILE|@ -x"));
        assertEquals("\\fB\\-\\-color\\fR", ManPage.markup("@|yellow --color|@"));
        assertEquals("\\&.hidden", ManPage.markup(".hidden"));
        assertEquals("a\\eb", ManPage.escape("a\\b"));
    }

    @Test
    void groffReadsItWithoutWarnings() throws Exception {
        assumeTrue(new File("/usr/bin/groff").canExecute(), "groff is not installed: skipping the rendering check");
        Path page = dir.resolve("repl.1");
        Files.writeString(page, PAGE, StandardCharsets.UTF_8);
        Process groff = new ProcessBuilder("groff", "-man", "-Tutf8", "-ww", "-z", page.toString())
                .redirectErrorStream(true).start();
        String warnings = new String(groff.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, groff.waitFor());
        assertEquals("", warnings);
    }
}
