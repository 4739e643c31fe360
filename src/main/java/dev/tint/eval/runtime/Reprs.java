package dev.tint.eval.runtime;

import dev.tint.eval.text.FloatRepr;
import dev.tint.eval.text.StrRepr;
import java.math.BigInteger;
import java.util.IdentityHashMap;

/** {@code repr()} and {@code str()} of every built-in kind of value, as CPython 3.13 writes them. */
public final class Reprs {
    /** CPython 3.13 refuses to convert ints of more than 4300 decimal digits to text. */
    public static final int MAX_STR_DIGITS = 4300;

    private static final ThreadLocal<IdentityHashMap<Object, Boolean>> IN_PROGRESS =
            ThreadLocal.withInitial(IdentityHashMap::new);

    private Reprs() {}

    public static String str(Object o) {
        if (o instanceof String s) {
            return s;
        }
        if (o instanceof Long l) {
            return Long.toString(l);
        }
        if (o instanceof PyBaseException e) {
            return e.message();
        }
        if (o instanceof PyReprable r) {
            return r.pyStr();
        }
        return repr(o);
    }

    public static String repr(Object o) {
        if (o instanceof String s) {
            return strRepr(s);
        }
        if (o instanceof Long l) {
            return Long.toString(l);
        }
        if (o instanceof Double d) {
            return FloatRepr.repr(d);
        }
        if (o instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (o == PyNone.NONE) {
            return "None";
        }
        if (o instanceof BigInteger b) {
            return bigToString(b);
        }
        if (o instanceof PyList || o instanceof PyTuple || o instanceof PyDict || o instanceof PySet
                || o instanceof DictView) {
            return containerRepr(o);
        }
        if (o instanceof PyRange r) {
            return r.step == 1 ? "range(" + r.start + ", " + r.stop + ")"
                    : "range(" + r.start + ", " + r.stop + ", " + r.step + ")";
        }
        if (o instanceof PySlice s) {
            return "slice(" + repr(s.start) + ", " + repr(s.stop) + ", " + repr(s.step) + ")";
        }
        if (o instanceof PyBaseException e) {
            return e.repr();
        }
        if (o instanceof PyType t) {
            return t.toString();
        }
        if (o instanceof PyBuiltin b) {
            return "<built-in function " + b.name() + ">";
        }
        if (o instanceof PyMethodDescriptor d) {
            return "<method '" + d.name() + "' of '" + d.owner().name() + "' objects>";
        }
        if (o instanceof PyBoundMethod m && m.function() instanceof PyMethodDescriptor d) {
            return "<built-in method " + d.name() + " of " + Ops.typeName(m.self()) + " object at "
                    + address(m.self()) + ">";
        }
        if (o instanceof PyModule m) {
            return "<module '" + m.name() + "'>";
        }
        if (o == NotImplemented.VALUE) {
            return "NotImplemented";
        }
        if (o == PyEllipsis.ELLIPSIS) {
            return "Ellipsis";
        }
        if (o instanceof PyReprable r) {
            return r.pyRepr();
        }
        return "<" + Ops.typeOf(o).qualifiedName() + " object at " + address(o) + ">";
    }

    /** A stable, address-like identity for default reprs. */
    public static String address(Object o) {
        return String.format("0x%012x", 0x7f0000000000L + ((long) System.identityHashCode(o) << 4));
    }

    public static String bigToString(BigInteger b) {
        if (b.bitLength() > 14_000) {
            String s = b.toString();
            int digits = s.length() - (b.signum() < 0 ? 1 : 0);
            if (digits > MAX_STR_DIGITS) {
                throw Errors.value("Exceeds the limit (%d digits) for integer string conversion; "
                        + "use sys.set_int_max_str_digits() to increase the limit", MAX_STR_DIGITS);
            }
            return s;
        }
        return b.toString();
    }

    private static String containerRepr(Object o) {
        IdentityHashMap<Object, Boolean> active = IN_PROGRESS.get();
        if (active.containsKey(o)) {
            if (o instanceof PyList) {
                return "[...]";
            }
            if (o instanceof PyDict) {
                return "{...}";
            }
            return "(...)";
        }
        active.put(o, Boolean.TRUE);
        try {
            StringBuilder sb = new StringBuilder();
            if (o instanceof PyList l) {
                sb.append('[');
                for (int i = 0; i < l.size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append(repr(l.get(i)));
                }
                sb.append(']');
            } else if (o instanceof PyTuple t) {
                sb.append('(');
                for (int i = 0; i < t.size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append(repr(t.get(i)));
                }
                if (t.size() == 1) {
                    sb.append(',');
                }
                sb.append(')');
            } else if (o instanceof PyDict d) {
                sb.append('{');
                boolean first = true;
                for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(repr(d.keyAt(i))).append(": ").append(repr(d.valueAt(i)));
                }
                sb.append('}');
            } else if (o instanceof PySet s) {
                String name = s.isFrozen() ? "frozenset" : "set";
                if (s.size() == 0) {
                    return name + "()";
                }
                if (s.isFrozen()) {
                    sb.append("frozenset(");
                }
                sb.append('{');
                boolean first = true;
                for (int i = s.nextSlot(0); i >= 0; i = s.nextSlot(i + 1)) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(repr(s.keyAt(i)));
                }
                sb.append('}');
                if (s.isFrozen()) {
                    sb.append(')');
                }
            } else {
                DictView v = (DictView) o;
                sb.append(v.type().name()).append("([");
                PyIterator it = v.iterator();
                boolean first = true;
                for (Object x = it.next(); x != null; x = it.next()) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(repr(x));
                }
                sb.append("])");
            }
            return sb.toString();
        } finally {
            active.remove(o);
        }
    }

    /** Python's str repr: the quote it picks, its escapes, printable non-ASCII kept as is. */
    public static String strRepr(String s) {
        return StrRepr.repr(s);
    }

    /** Python's str.isprintable() for one code point. */
    public static boolean isPrintable(int cp) {
        return StrRepr.isPrintable(cp);
    }
}
