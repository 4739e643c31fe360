package dev.tint.eval.runtime;

/** A slice object {@code slice(start, stop, step)}; parts are None when omitted. */
public final class PySlice implements PyObject {
    public final Object start;
    public final Object stop;
    public final Object step;

    public PySlice(Object start, Object stop, Object step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    /** The resolved (start, stop, step, length) for a sequence of the given length, as CPython's PySlice_AdjustIndices. */
    public long[] indices(long length) {
        long st = step == PyNone.NONE ? 1 : Ops.indexValueClamped(step);
        if (st == 0) {
            throw Errors.value("slice step cannot be zero");
        }
        long lo;
        long hi;
        if (start == PyNone.NONE) {
            lo = st < 0 ? length - 1 : 0;
        } else {
            lo = Ops.indexValueClamped(start);
            if (lo < 0) {
                lo += length;
                if (lo < 0) {
                    lo = st < 0 ? -1 : 0;
                }
            } else if (lo >= length) {
                lo = st < 0 ? length - 1 : length;
            }
        }
        if (stop == PyNone.NONE) {
            hi = st < 0 ? -1 : length;
        } else {
            hi = Ops.indexValueClamped(stop);
            if (hi < 0) {
                hi += length;
                if (hi < 0) {
                    hi = st < 0 ? -1 : 0;
                }
            } else if (hi >= length) {
                hi = st < 0 ? length - 1 : length;
            }
        }
        long len;
        if (st < 0) {
            len = hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
        } else {
            len = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        }
        return new long[] {lo, hi, st, len};
    }

    @Override
    public PyType type() {
        return PyType.SLICE;
    }
}
