package dev.tint.eval.stdlib;

import dev.tint.eval.Interpreter;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyModule;
import dev.tint.eval.runtime.PyNone;
import dev.tint.eval.runtime.ThreadState;
import java.math.BigInteger;
import java.time.Instant;

/** {@code time}: clocks and an interruptible sleep. */
public final class TimeModule {
    private TimeModule() {}

    private static final long START_NANOS = System.nanoTime();

    public static PyModule create(Interpreter interp) {
        PyModule m = Natives.module("time", "This module provides various functions to manipulate time values.");
        Natives.def(m, "time", (a, k) -> {
            Natives.exactly("time", a, k, 0);
            Instant now = Instant.now();
            return now.getEpochSecond() + now.getNano() / 1e9;
        });
        Natives.def(m, "time_ns", (a, k) -> {
            Natives.exactly("time_ns", a, k, 0);
            Instant now = Instant.now();
            return dev.tint.eval.runtime.Ints.normalize(BigInteger.valueOf(now.getEpochSecond())
                    .multiply(BigInteger.valueOf(1_000_000_000L)).add(BigInteger.valueOf(now.getNano())));
        });
        for (String name : new String[] {"perf_counter", "monotonic", "process_time", "thread_time"}) {
            Natives.def(m, name, (a, k) -> {
                Natives.exactly(name, a, k, 0);
                return (System.nanoTime() - START_NANOS) / 1e9;
            });
            Natives.def(m, name + "_ns", (a, k) -> {
                Natives.exactly(name + "_ns", a, k, 0);
                return System.nanoTime() - START_NANOS;
            });
        }
        Natives.def(m, "sleep", (a, k) -> {
            Natives.exactlyOne("time.sleep", a, k);
            Object arg = a[0];
            double secs;
            if (arg instanceof Double d) {
                secs = d;
                if (Double.isNaN(secs)) {
                    throw Errors.value("Invalid value NaN (not a number)");
                }
            } else if (Natives.isInt(arg)) {
                secs = dev.tint.eval.runtime.Ints.toDouble(arg);
            } else {
                throw Errors.type("'%s' object cannot be interpreted as an integer", Ops.typeName(arg));
            }
            if (secs < 0) {
                throw Errors.value("sleep length must be non-negative");
            }
            sleep(interp.thread(), secs);
            return PyNone.NONE;
        });
        return m;
    }

    private static void sleep(ThreadState thread, double secs) {
        long deadline = System.nanoTime() + (long) Math.min(secs * 1e9, Long.MAX_VALUE / 4.0);
        while (true) {
            thread.pollInterrupt();
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                long chunk = Math.min(left, 20_000_000L);
                Thread.sleep(chunk / 1_000_000L, (int) (chunk % 1_000_000L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                thread.interrupted = true;
                thread.pollInterrupt();
                return;
            }
        }
    }
}
