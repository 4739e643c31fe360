package dev.tint.eval.stdlib;

import dev.tint.eval.Interpreter;
import dev.tint.eval.runtime.Args;
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
        Natives.def(m, "localtime", (a, k) -> {
            Args.range("localtime", a, k, 0, 1);
            return StructTime.of(seconds(a), java.time.ZoneId.systemDefault());
        });
        Natives.def(m, "gmtime", (a, k) -> {
            Args.range("gmtime", a, k, 0, 1);
            return StructTime.of(seconds(a), java.time.ZoneOffset.UTC);
        });
        Natives.def(m, "mktime", (a, k) -> {
            Natives.exactlyOne("time.mktime", a, k);
            java.time.ZonedDateTime z = StructTime.from(a[0], "mktime").atZone(java.time.ZoneId.systemDefault());
            return (double) z.toEpochSecond();
        });
        Natives.def(m, "strftime", (a, k) -> {
            Args.range("strftime", a, k, 1, 2);
            String format = Args.str("strftime", a[0], 1);
            java.time.ZonedDateTime z = a.length > 1
                    ? StructTime.from(a[1], "strftime").atZone(java.time.ZoneId.systemDefault())
                    : java.time.ZonedDateTime.now();
            return strftime(format, z);
        });
        Natives.def(m, "asctime", (a, k) -> {
            Args.range("asctime", a, k, 0, 1);
            java.time.ZonedDateTime z = a.length > 0
                    ? StructTime.from(a[0], "asctime").atZone(java.time.ZoneId.systemDefault())
                    : java.time.ZonedDateTime.now();
            return strftime("%a %b %e %H:%M:%S %Y", z);
        });
        Natives.def(m, "ctime", (a, k) -> {
            Args.range("ctime", a, k, 0, 1);
            java.time.ZonedDateTime z = java.time.Instant.ofEpochSecond((long) Math.floor(seconds(a)))
                    .atZone(java.time.ZoneId.systemDefault());
            return strftime("%a %b %e %H:%M:%S %Y", z);
        });
        Natives.set(m, "struct_time", StructTime.TYPE);
        Natives.set(m, "timezone", (long) -java.time.ZoneId.systemDefault().getRules()
                .getStandardOffset(java.time.Instant.now()).getTotalSeconds());
        return m;
    }

    private static double seconds(Object[] a) {
        if (a.length == 0 || a[0] == PyNone.NONE) {
            Instant now = Instant.now();
            return now.getEpochSecond() + now.getNano() / 1e9;
        }
        return Natives.toDouble(a[0]);
    }

    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    /** C strftime in the C locale for the common directives. */
    static String strftime(String format, java.time.ZonedDateTime z) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 >= format.length()) {
                sb.append(c);
                continue;
            }
            char d = format.charAt(++i);
            switch (d) {
                case 'Y' -> sb.append(z.getYear());
                case 'y' -> sb.append(String.format("%02d", z.getYear() % 100));
                case 'm' -> sb.append(String.format("%02d", z.getMonthValue()));
                case 'd' -> sb.append(String.format("%02d", z.getDayOfMonth()));
                case 'e' -> sb.append(String.format("%2d", z.getDayOfMonth()));
                case 'H' -> sb.append(String.format("%02d", z.getHour()));
                case 'I' -> sb.append(String.format("%02d", (z.getHour() + 11) % 12 + 1));
                case 'M' -> sb.append(String.format("%02d", z.getMinute()));
                case 'S' -> sb.append(String.format("%02d", z.getSecond()));
                case 'p' -> sb.append(z.getHour() < 12 ? "AM" : "PM");
                case 'j' -> sb.append(String.format("%03d", z.getDayOfYear()));
                case 'a' -> sb.append(DAYS[z.getDayOfWeek().getValue() - 1], 0, 3);
                case 'A' -> sb.append(DAYS[z.getDayOfWeek().getValue() - 1]);
                case 'b', 'h' -> sb.append(MONTHS[z.getMonthValue() - 1], 0, 3);
                case 'B' -> sb.append(MONTHS[z.getMonthValue() - 1]);
                case 'w' -> sb.append(z.getDayOfWeek().getValue() % 7);
                case 'u' -> sb.append(z.getDayOfWeek().getValue());
                case 'Z' -> sb.append(z.getZone().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ROOT));
                case 'z' -> {
                    int off = z.getOffset().getTotalSeconds();
                    sb.append(off < 0 ? '-' : '+');
                    off = Math.abs(off);
                    sb.append(String.format("%02d%02d", off / 3600, off / 60 % 60));
                }
                case 'F' -> sb.append(strftime("%Y-%m-%d", z));
                case 'T' -> sb.append(strftime("%H:%M:%S", z));
                case 'D' -> sb.append(strftime("%m/%d/%y", z));
                case 'R' -> sb.append(strftime("%H:%M", z));
                case 'c' -> sb.append(strftime("%a %b %e %H:%M:%S %Y", z));
                case 'x' -> sb.append(strftime("%m/%d/%y", z));
                case 'X' -> sb.append(strftime("%H:%M:%S", z));
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case '%' -> sb.append('%');
                default -> sb.append('%').append(d);
            }
        }
        return sb.toString();
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
