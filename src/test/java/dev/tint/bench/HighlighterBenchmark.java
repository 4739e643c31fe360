package dev.tint.bench;

import dev.tint.shell.repl.ReplHighlighter;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jline.utils.AttributedString;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Highlighting a 200-line paste, as the REPL does on every keystroke (goal: well under 5 ms). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HighlighterBenchmark {
    private final ReplHighlighter highlighter = new ReplHighlighter(Set.of("print", "len", "range"));
    private final String buffer = paste();

    static String paste() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            sb.append("def item_").append(i).append("(values, limit=").append(i).append("):\n");
            sb.append("    return [print(v, 'x') for v in range(len(values)) if v < limit]  # ").append(i).append('\n');
        }
        return sb.toString();
    }

    @Benchmark
    public AttributedString highlight200Lines() {
        return highlighter.highlight(buffer);
    }
}
