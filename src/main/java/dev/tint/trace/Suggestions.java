package dev.tint.trace;

import java.nio.charset.StandardCharsets;
import java.util.List;
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

    /**
     * The closest candidate to name, or null. Distances are measured on UTF-8 bytes, as
     * CPython's C implementation measures them.
     */
    public static String closest(String name, List<String> candidates) {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        if (candidates.size() > MAX_CANDIDATES || nameBytes.length > MAX_STRING) {
            return null;
        }
        String suggestion = null;
        int best = Integer.MAX_VALUE;
        for (String item : candidates) {
            if (item.equals(name)) {
                continue;
            }
            byte[] itemBytes = item.getBytes(StandardCharsets.UTF_8);
            int maxDistance = (nameBytes.length + itemBytes.length + 3) * MOVE_COST / 6;
            maxDistance = Math.min(maxDistance, best - 1);
            int distance = distance(nameBytes, itemBytes, maxDistance);
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

    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) {
            return MOVE_COST;
        }
        if (a == b) {
            return 0;
        }
        int x = a >= 'A' && a <= 'Z' ? a + ('a' - 'A') : a;
        int y = b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
        return x == y ? CASE_COST : MOVE_COST;
    }

    static int distance(byte[] a, byte[] b, int maxCost) {
        int aStart = 0;
        int bStart = 0;
        int aEnd = a.length;
        int bEnd = b.length;
        while (aStart < aEnd && bStart < bEnd && a[aStart] == b[bStart]) {
            aStart++;
            bStart++;
        }
        while (aStart < aEnd && bStart < bEnd && a[aEnd - 1] == b[bEnd - 1]) {
            aEnd--;
            bEnd--;
        }
        int aSize = aEnd - aStart;
        int bSize = bEnd - bStart;
        if (aSize == 0 || bSize == 0) {
            return (aSize + bSize) * MOVE_COST;
        }
        if (aSize > MAX_STRING || bSize > MAX_STRING) {
            return maxCost + 1;
        }
        if (bSize < aSize) {
            byte[] t = a;
            a = b;
            b = t;
            int s = aStart;
            aStart = bStart;
            bStart = s;
            s = aSize;
            aSize = bSize;
            bSize = s;
        }
        if ((bSize - aSize) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] buffer = new int[aSize];
        int tmp = MOVE_COST;
        for (int i = 0; i < aSize; i++) {
            buffer[i] = tmp;
            tmp += MOVE_COST;
        }
        int result = 0;
        for (int bi = 0; bi < bSize; bi++) {
            byte code = b[bStart + bi];
            int distance = bi * MOVE_COST;
            result = distance;
            int minimum = Integer.MAX_VALUE;
            for (int i = 0; i < aSize; i++) {
                int substitute = distance + substitutionCost(code, a[aStart + i]);
                distance = buffer[i];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[i] = result;
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
}
