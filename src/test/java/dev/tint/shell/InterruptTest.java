package dev.tint.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tint.source.Origin;
import dev.tint.source.Source;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ctrl-C (the interrupt flag the REPL's signal handler sets) stops running code, whether the
 * loop is the program's own or inside a builtin that consumes a long iterator.
 */
class InterruptTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "while True: pass",
        "sum(range(10**12))",
        "max(x for x in range(10**12))",
        "import itertools\nfor _ in itertools.count(): pass",
        "import itertools\nsum(itertools.repeat(1))",
        "import itertools\nlist(itertools.islice(itertools.cycle([1, 2]), 10**12))",
        "sum(range(2**70, 2**71))",
        "import time\ntime.sleep(60)",
    })
    void runningCodeStopsWithKeyboardInterrupt(String program) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Session session = new Session(RunOptions.defaults(), new Streams(new ByteArrayInputStream(new byte[0]), out, err, false));
        AtomicInteger status = new AtomicInteger(-1);
        Thread runner = new Thread(() -> status.set(session.runProgram(new Source(Origin.user("<stdin>"), program + "\n"))));
        runner.start();
        Thread.sleep(300);
        session.interpreter().thread().interrupted = true;
        runner.join(5_000);
        assertEquals(130, status.get(), "stopped by KeyboardInterrupt: " + err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).strip().endsWith("KeyboardInterrupt"));
    }
}
