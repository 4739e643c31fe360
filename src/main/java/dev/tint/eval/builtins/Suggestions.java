package dev.tint.eval.builtins;

import java.util.Collection;

/** "Did you mean" for builtins' keyword arguments, by the one implementation of CPython's rule. */
public final class Suggestions {
    private Suggestions() {}

    /** The best suggestion for name among candidates, or null (CPython's rule: see trace.Suggestions). */
    public static String suggest(String name, Collection<String> candidates) {
        return dev.tint.trace.Suggestions.closest(name, new java.util.ArrayList<>(candidates));
    }

    /** ". Did you mean 'x'?" or "" when nothing is close. */
    public static String didYouMean(String name, Collection<String> candidates) {
        String s = suggest(name, candidates);
        return s == null ? "" : ". Did you mean '" + s + "'?";
    }
}
