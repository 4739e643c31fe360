package dev.tint.bench;

import dev.tint.source.FrameKind;
import dev.tint.source.Span;
import dev.tint.theme.Theme;
import dev.tint.trace.CaretAnchor;
import dev.tint.trace.FrameSummary;
import dev.tint.trace.Traceback;
import dev.tint.trace.TracebackRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Rendering a 10-frame traceback (user, library and system frames, with carets), plain and colored. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TracebackRenderBenchmark {
    private final Traceback traceback = tenFrames();
    private final Theme theme = Theme.defaults();
    private final TracebackRenderer.Options all = TracebackRenderer.Options.ALL;

    static Traceback tenFrames() {
        List<FrameSummary> frames = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            FrameKind kind = i < 4 ? FrameKind.USER : (i < 7 ? FrameKind.LIBRARY : FrameKind.SYSTEM);
            String line = "    return dive(depth - 1) + table[key]";
            Span span = new Span(10 + i, 11, 10 + i, 26);
            frames.add(new FrameSummary("/home/ada/project/module" + i + ".py", 10 + i, "dive", span, List.of(line),
                    CaretAnchor.call(new Span(10 + i, 11, 10 + i, 15), true), kind, null));
        }
        return new Traceback("KeyError", "'missing'", List.of(), frames, null, null, null, null);
    }

    @Benchmark
    public String plain() {
        return TracebackRenderer.render(traceback, Theme.NONE, all).toString();
    }

    @Benchmark
    public String colored() {
        return TracebackRenderer.render(traceback, theme, all).toAnsi();
    }
}
