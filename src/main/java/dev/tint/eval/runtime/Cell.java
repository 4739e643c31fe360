package dev.tint.eval.runtime;

/** A variable shared between a function and the closures it creates; null contents mean unbound. */
public final class Cell implements PyObject {
    public Object value;

    public Cell() {}

    public Cell(Object value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return PyType.CELL;
    }
}
