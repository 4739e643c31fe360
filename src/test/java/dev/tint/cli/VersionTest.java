package dev.tint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class VersionTest {
    @Test
    void matchesThePom() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        // the project's own <version>: the first one after </parent> or, without a parent, after <artifactId>tint
        Matcher m = Pattern.compile("<artifactId>tint</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(m.find(), "project version not found in pom.xml");
        assertEquals(m.group(1), Version.NUMBER);
    }

    @Test
    void lineNamesJava() {
        assertTrue(Version.line().matches("Tint \\d+\\.\\d+\\.\\d+ \\(Java \\d[^)]*\\)"), Version.line());
    }
}
