package dev.tint.shell.repl;

import dev.tint.source.FrameKind;
import dev.tint.source.Origin;
import dev.tint.source.Source;
import dev.tint.syntax.Parser;
import dev.tint.syntax.Tokens;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;

/**
 * Work done ahead of need, off the REPL's critical path: what the first prompt, the first key
 * and the first import would otherwise wait for in a JVM that has just started.
 */
public final class ReplWarmUp {
    private ReplWarmUp() {}

    /** Starts {@link WarmUp} on a daemon thread: for once the prompt is up. */
    public static void startInBackground() {
        Thread thread = new Thread(new WarmUp(), "tint-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * JLine hands each signal handler to the JVM as a dynamic proxy of sun.misc.SignalHandler;
     * generating that proxy class (10-35 ms, and no class archive holds it) is done here, while
     * the console is still being opened on the other thread, rather than on the way to the first
     * prompt when the REPL installs its Ctrl-C handler.
     */
    public static void prepareSignalProxy() {
        try {
            Proxy.newProxyInstance(ReplWarmUp.class.getClassLoader(),
                    new Class<?>[] {Class.forName("sun.misc.SignalHandler")}, new NoCalls());
        } catch (RuntimeException | ClassNotFoundException e) {
            // Only an optimisation.
        }
    }

    /**
     * Warms, while the user reads the banner and types, what the first entries need: the lexer
     * and parser classes; then ANTLR's prediction caches and the JIT, by parsing (not running)
     * the largest bundled module. The first parse of a long module in a fresh JVM is slow: the
     * first {@code import statistics} took 0.43 s, and takes about 0.1 s after this.
     */
    private static final class WarmUp implements Runnable {
        private static final String SAMPLE = "/stdlib/statistics.tint";

        @Override
        public void run() {
            try {
                Tokens.lex("def f(x): return [x, 'a', 1.5]  # c");
                ReplParser.needsMore("x = (1,");
                try (InputStream in = ReplWarmUp.class.getResourceAsStream(SAMPLE)) {
                    if (in != null) {
                        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        Parser.parse(new Source(new Origin(FrameKind.SYSTEM, "<warm-up>"), text));
                    }
                }
            } catch (RuntimeException | IOException e) {
                // Warming up is only an optimisation.
            }
        }
    }

    private static final class NoCalls implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) {
            return null;
        }
    }
}
