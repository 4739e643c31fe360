package dev.tint.eval.runtime;

/** {@code range(start, stop, step)} over longs (bounds beyond a long are rejected with OverflowError). */
public final class PyRange implements PyObject {
    public final long start;
    public final long stop;
    public final long step;

    public PyRange(long start, long stop, long step) {
        if (step == 0) {
            throw Errors.value("range() arg 3 must not be zero");
        }
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public long length() {
        if (step > 0) {
            return start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    }

    public long get(long i) {
        return start + i * step;
    }

    public boolean contains(long v) {
        if (step > 0 ? (v < start || v >= stop) : (v > start || v <= stop)) {
            return false;
        }
        return (v - start) % step == 0;
    }

    @Override
    public PyType type() {
        return PyType.RANGE;
    }

    /** Iterates without boxing checks beyond the value itself. */
    public static final class Iter extends PyIterator {
        private long next;
        private final long step;
        private long remaining;

        public Iter(PyRange r) {
            this.next = r.start;
            this.step = r.step;
            this.remaining = r.length();
        }

        @Override
        public Object next() {
            if (remaining <= 0) {
                return null;
            }
            if ((--remaining & 0xFFFF) == 0) {
                // Ctrl-C, every 65,536 items, from its own countdown: no extra store per item
                // on this hot path (see PyIterator#pollInterruptEveryManyItems).
                ThreadState.pollCurrent();
            }
            long v = next;
            next += step;
            return v;
        }

        @Override
        protected String typeName() {
            return "range_iterator";
        }
    }
}
