package dev.tint.eval.builtins;

import dev.tint.eval.runtime.Errors;
import java.util.Arrays;

/**
 * Binds the arguments of a built-in with named parameters, with the messages of CPython's
 * Argument Clinic: {@code split() takes at most 2 arguments (3 given)}, {@code round() missing
 * required argument 'number' (pos 1)}, {@code argument for split() given by name ('sep') and
 * position (1)}, {@code split() got an unexpected keyword argument 'sepp'. Did you mean 'sep'?}.
 */
final class Params {
    private final String fname;
    private final String[] names;
    private final int posOnly;
    private final int minPos;
    private final int maxPos;

    /**
     * @param fname the function name as messages show it ("split", "sort")
     * @param posOnly how many leading parameters are positional-only
     * @param minPos how many leading parameters are required
     * @param maxPos how many parameters may be passed by position (the rest are keyword-only)
     * @param names every parameter's name, positional ones first
     */
    Params(String fname, int posOnly, int minPos, int maxPos, String... names) {
        this.fname = fname;
        this.names = names;
        this.posOnly = posOnly;
        this.minPos = minPos;
        this.maxPos = maxPos;
    }

    /** The arguments by parameter, null where not given. */
    Object[] bind(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int nargs = args.length - nkw;
        int maxArgs = names.length;
        if (nkw == 0 && nargs >= minPos && nargs <= maxPos) {
            return nargs == maxArgs ? args : Arrays.copyOf(args, maxArgs);
        }
        if (nargs + nkw > maxArgs) {
            throw Errors.type("%s() takes at most %d %sargument%s (%d given)", fname, maxArgs,
                    nargs == 0 ? "keyword " : "", maxArgs == 1 ? "" : "s", nargs + nkw);
        }
        if (nargs > maxPos) {
            if (maxPos == 0) {
                throw Errors.type("%s() takes no positional arguments", fname);
            }
            throw Errors.type("%s() takes %s %d positional argument%s (%d given)", fname,
                    minPos < maxPos ? "at most" : "exactly", maxPos, maxPos == 1 ? "" : "s", nargs);
        }
        int minPosOnly = Math.min(posOnly, minPos);
        if (nargs < minPosOnly) {
            throw Errors.type("%s() takes %s %d positional argument%s (%d given)", fname,
                    minPosOnly < maxPos ? "at least" : "exactly", minPosOnly, minPosOnly == 1 ? "" : "s", nargs);
        }
        Object[] out = new Object[maxArgs];
        System.arraycopy(args, 0, out, 0, nargs);
        int remaining = nkw;
        for (int i = Math.max(nargs, posOnly); i < maxArgs; i++) {
            Object v = null;
            if (remaining > 0) {
                for (int k = 0; k < nkw; k++) {
                    if (kwnames[k].equals(names[i])) {
                        v = args[nargs + k];
                        break;
                    }
                }
            } else if (i >= minPos) {
                break;
            }
            out[i] = v;
            if (v != null) {
                remaining--;
            } else if (i < minPos) {
                throw Errors.type("%s() missing required argument '%s' (pos %d)", fname, names[i], i + 1);
            }
        }
        if (remaining > 0) {
            for (int i = posOnly; i < nargs; i++) {
                for (String k : kwnames) {
                    if (k.equals(names[i])) {
                        throw Errors.type("argument for %s() given by name ('%s') and position (%d)", fname, k, i + 1);
                    }
                }
            }
            for (String k : kwnames) {
                if (Arrays.asList(names).subList(posOnly, maxArgs).contains(k)) {
                    continue;
                }
                throw Errors.type("%s() got an unexpected keyword argument '%s'%s", fname, k,
                        Suggestions.didYouMean(k, Arrays.asList(names).subList(posOnly, maxArgs)));
            }
        }
        return out;
    }
}
