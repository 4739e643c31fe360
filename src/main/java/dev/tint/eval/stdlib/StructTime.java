package dev.tint.eval.stdlib;

import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.Iteration;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyAttributes;
import dev.tint.eval.runtime.PyEquatable;
import dev.tint.eval.runtime.PyIterable;
import dev.tint.eval.runtime.PyIterator;
import dev.tint.eval.runtime.PyNone;
import dev.tint.eval.runtime.PyObject;
import dev.tint.eval.runtime.PyReprable;
import dev.tint.eval.runtime.PySized;
import dev.tint.eval.runtime.PySubscriptable;
import dev.tint.eval.runtime.PyTuple;
import dev.tint.eval.runtime.PyType;
import dev.tint.eval.runtime.Items;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** time.struct_time: a 9-field tuple with named fields. */
final class StructTime implements PyObject, PyAttributes, PySubscriptable, PySized, PyIterable, PyReprable,
        PyEquatable {
    static final PyType TYPE = new PyType("struct_time", PyType.OBJECT).withModule("time");
    private static final List<String> FIELDS = List.of("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min",
            "tm_sec", "tm_wday", "tm_yday", "tm_isdst");

    static {
        TYPE.setConstructor((a, k) -> {
            Natives.exactlyOne("struct_time", a, k);
            List<Object> items = Natives.list(a[0]);
            if (items.size() < 9) {
                throw Errors.type("time.struct_time() takes an at least 9-sequence (%d-sequence given)", items.size());
            }
            return new StructTime(PyTuple.of(items.subList(0, 9).toArray()), PyNone.NONE, PyNone.NONE);
        });
    }

    private final PyTuple values;
    private final Object zone;
    private final Object gmtoff;

    private StructTime(PyTuple values, Object zone, Object gmtoff) {
        this.values = values;
        this.zone = zone;
        this.gmtoff = gmtoff;
    }

    static StructTime of(double seconds, ZoneId zoneId) {
        ZonedDateTime z = Instant.ofEpochSecond((long) Math.floor(seconds)).atZone(zoneId);
        boolean dst = zoneId.getRules().isDaylightSavings(z.toInstant());
        Object[] v = {
            (long) z.getYear(), (long) z.getMonthValue(), (long) z.getDayOfMonth(), (long) z.getHour(),
            (long) z.getMinute(), (long) z.getSecond(), (long) (z.getDayOfWeek().getValue() - 1),
            (long) z.getDayOfYear(), dst ? 1L : 0L};
        String name = z.getZone().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ROOT);
        if (zoneId.equals(java.time.ZoneOffset.UTC)) {
            name = "UTC";
        }
        return new StructTime(PyTuple.of(v), name, (long) z.getOffset().getTotalSeconds());
    }

    /** A struct_time or 9-tuple as a local date-time. */
    static LocalDateTime from(Object o, String fn) {
        List<Object> v = o instanceof StructTime st ? java.util.Arrays.asList(st.values.items()) : Natives.list(o);
        if (v.size() != 9) {
            throw Errors.type("%s(): illegal time tuple argument", fn);
        }
        return LocalDateTime.of((int) Ops.indexValue(v.get(0)), (int) Ops.indexValue(v.get(1)),
                (int) Ops.indexValue(v.get(2)), (int) Ops.indexValue(v.get(3)), (int) Ops.indexValue(v.get(4)),
                (int) Math.min(59, Ops.indexValue(v.get(5))));
    }

    @Override
    public Object findAttribute(String name) {
        int i = FIELDS.indexOf(name);
        if (i >= 0) {
            return values.get(i);
        }
        if (name.equals("tm_zone")) {
            return zone;
        }
        if (name.equals("tm_gmtoff")) {
            return gmtoff;
        }
        return null;
    }

    @Override
    public List<String> attributeNames() {
        return FIELDS;
    }

    @Override
    public Object pyGetItem(Object index) {
        return Items.getItem(values, index);
    }

    @Override
    public long pyLen() {
        return 9;
    }

    @Override
    public PyIterator pyIter() {
        return Iteration.iter(values);
    }

    @Override
    public Object pyEq(Object other) {
        if (other instanceof StructTime st) {
            return Ops.eq(values, st.values);
        }
        return Ops.eq(values, other);
    }

    @Override
    public String pyRepr() {
        StringBuilder sb = new StringBuilder("time.struct_time(");
        for (int i = 0; i < 9; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(FIELDS.get(i)).append('=').append(Ops.repr(values.get(i)));
        }
        return sb.append(')').toString();
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
