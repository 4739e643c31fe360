package dev.tint.eval.runtime;

import java.util.concurrent.ConcurrentHashMap;

/** One PyType per iterator kind ({@code list_iterator}, {@code range_iterator}, ...), created on demand. */
final class IteratorTypes {
    private static final ConcurrentHashMap<String, PyType> TYPES = new ConcurrentHashMap<>();

    private IteratorTypes() {}

    static PyType typeFor(String name) {
        return TYPES.computeIfAbsent(name, n -> new PyType(n, PyType.OBJECT));
    }
}
