package dev.tint.eval.runtime;

/**
 * Argument checking for built-in functions and methods, with CPython's messages. Arguments use
 * the vectorcall layout of {@link PyCallable}.
 */
public final class Args {
    private Args() {}

    public static int positionalCount(Object[] args, String[] kwnames) {
        return kwnames == null ? args.length : args.length - kwnames.length;
    }

    public static void noKeywords(String name, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.type("%s() takes no keyword arguments", name);
        }
    }

    /** Exactly n positional arguments and no keywords: "len() takes exactly one argument (2 given)". */
    public static void exactly(String name, Object[] args, String[] kwnames, int n) {
        noKeywords(name, kwnames);
        if (args.length != n) {
            if (n == 0) {
                throw Errors.type("%s() takes no arguments (%d given)", name, args.length);
            }
            if (n == 1) {
                throw Errors.type("%s() takes exactly one argument (%d given)", name, args.length);
            }
            throw Errors.type("%s expected %d arguments, got %d", name, n, args.length);
        }
    }

    /** Between min and max positional arguments, no keywords: "pop expected at most 1 argument, got 2". */
    public static void range(String name, Object[] args, String[] kwnames, int min, int max) {
        noKeywords(name, kwnames);
        if (args.length < min) {
            throw Errors.type("%s expected at least %d argument%s, got %d", name, min, min == 1 ? "" : "s", args.length);
        }
        if (args.length > max) {
            throw Errors.type("%s expected at most %d argument%s, got %d", name, max, max == 1 ? "" : "s", args.length);
        }
    }

    /**
     * The value of keyword argument {@code key}, or null when absent; raises for unknown
     * keywords not in {@code allowed}.
     */
    public static Object keyword(String[] kwnames, Object[] args, String key) {
        if (kwnames == null) {
            return null;
        }
        int base = args.length - kwnames.length;
        for (int i = 0; i < kwnames.length; i++) {
            if (kwnames[i].equals(key)) {
                return args[base + i];
            }
        }
        return null;
    }

    /** Raises "f() got an unexpected keyword argument 'x'" for any keyword not allowed. */
    public static void allowKeywords(String name, String[] kwnames, String... allowed) {
        if (kwnames == null) {
            return;
        }
        outer:
        for (String k : kwnames) {
            for (String a : allowed) {
                if (a.equals(k)) {
                    continue outer;
                }
            }
            throw Errors.type("%s() got an unexpected keyword argument '%s'", name, k);
        }
    }

    public static String str(String fn, Object o, int position) {
        if (o instanceof String s) {
            return s;
        }
        throw Errors.type("%s() argument %d must be str, not %s", fn, position, Ops.typeName(o));
    }
}
