package dev.tint.trace;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Did you mean" with CPython 3.13's rules (Python/suggestions.c): a Levenshtein distance where
 * a substitution costs 2 (1 when only the case differs), at most a third of the characters may
 * change, names over 40 characters and lists over 750 candidates get no suggestion.
 */
public final class Suggestions {
    private static final int MAX_CANDIDATES = 750;
    private static final int MAX_STRING = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    /** Top-level standard library module names, for "Did you forget to import 'math'?". */
    private static final Set<String> STDLIB_MODULES = Set.of("math", "random", "functools", "itertools",
            "statistics", "json", "time", "sys", "traceback", "string", "os", "re", "collections",
            "datetime", "typing", "copy", "heapq", "bisect", "operator", "decimal", "fractions");

    private Suggestions() {}

    /** The closest candidate to name, or null. */
    public static String closest(String name, List<String> candidates) {
        if (candidates.size() > MAX_CANDIDATES || name.length() > MAX_STRING) {
            return null;
        }
        String suggestion = null;
        int best = Integer.MAX_VALUE;
        for (String item : candidates) {
            if (item.equals(name)) {
                continue;
            }
            int maxDistance = (name.length() + item.length() + 3) * MOVE_COST / 6;
            maxDistance = Math.min(maxDistance, best - 1);
            int distance = distance(name, item, maxDistance);
            if (distance > maxDistance) {
                continue;
            }
            if (suggestion == null || distance < best) {
                suggestion = item;
                best = distance;
            }
        }
        return suggestion;
    }

    /** Whether {@code name} is a standard library module (NameError then suggests importing it). */
    public static boolean isStdlibModule(String name) {
        return STDLIB_MODULES.contains(name);
    }

    private static int substitutionCost(char a, char b) {
        if (a == b) {
            return 0;
        }
        if (Character.toLowerCase(a) == Character.toLowerCase(b)) {
            return CASE_COST;
        }
        return MOVE_COST;
    }

    static int distance(String a, String b, int maxCost) {
        if (a.equals(b)) {
            return 0;
        }
        int pre = 0;
        while (pre < a.length() && pre < b.length() && a.charAt(pre) == b.charAt(pre)) {
            pre++;
        }
        a = a.substring(pre);
        b = b.substring(pre);
        int post = 0;
        while (post < a.length() && post < b.length()
                && a.charAt(a.length() - 1 - post) == b.charAt(b.length() - 1 - post)) {
            post++;
        }
        a = a.substring(0, a.length() - post);
        b = b.substring(0, b.length() - post);
        if (a.isEmpty() || b.isEmpty()) {
            return MOVE_COST * (a.length() + b.length());
        }
        if (a.length() > MAX_STRING || b.length() > MAX_STRING) {
            return maxCost + 1;
        }
        if (b.length() < a.length()) {
            String t = a;
            a = b;
            b = t;
        }
        if ((b.length() - a.length()) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] row = new int[a.length()];
        for (int i = 0; i < row.length; i++) {
            row[i] = (i + 1) * MOVE_COST;
        }
        int result = 0;
        for (int bi = 0; bi < b.length(); bi++) {
            char bc = b.charAt(bi);
            int distance = bi * MOVE_COST;
            result = distance;
            int minimum = Integer.MAX_VALUE;
            for (int i = 0; i < a.length(); i++) {
                int substitute = distance + substitutionCost(bc, a.charAt(i));
                distance = row[i];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                row[i] = result;
                if (result < minimum) {
                    minimum = result;
                }
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
