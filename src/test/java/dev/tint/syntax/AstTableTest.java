package dev.tint.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tint.ast.Module;
import dev.tint.ast.Stmt;
import dev.tint.source.Origin;
import dev.tint.source.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every source of {@code syntax/ast-cases.jsonl} must give the tree CPython 3.13 gives, node for
 * node and position for position, per {@code syntax/asts.expected} (scripts/syntax-asts).
 */
class AstTableTest {

    @TestFactory
    Stream<DynamicTest> matchesCPython() throws IOException {
        List<String> cases = new ArrayList<>();
        for (String line : text("syntax/ast-cases.jsonl").split("\n")) {
            if (!line.isEmpty() && !line.startsWith("#")) {
                cases.add(Json.string(line));
            }
        }
        String[] blocks = text("syntax/asts.expected").split("--\n", -1);
        assertEquals(cases.size() + 1, blocks.length, "asts.expected is stale: run scripts/syntax-asts");
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            String source = cases.get(i);
            String want = blocks[i];
            tests.add(DynamicTest.dynamicTest(Json.quote(source), () -> assertEquals(want, print(source))));
        }
        return tests.stream();
    }

    static String print(String source) {
        Module module = Parser.parse(new Source(Origin.user("<case>"), source), false);
        StringBuilder out = new StringBuilder();
        for (Stmt s : module.body()) {
            out.append(AstPrinter.stmt(s)).append('\n');
        }
        return out.toString();
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = AstTableTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
