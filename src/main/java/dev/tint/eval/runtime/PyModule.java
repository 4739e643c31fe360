package dev.tint.eval.runtime;

import java.util.List;

/** A module object: its name and namespace. */
public final class PyModule implements PyObject, PyAttributes {
    private final String name;
    private final Namespace namespace;
    /** The source the module was run from (for help()'s comment lookup), or null for native modules. */
    private dev.tint.source.Source source;

    public PyModule(String name, Namespace namespace) {
        this.name = name;
        this.namespace = namespace;
        namespace.set("__name__", name);
    }

    public String name() {
        return name;
    }

    public Namespace namespace() {
        return namespace;
    }

    public dev.tint.source.Source source() {
        return source;
    }

    public void setSource(dev.tint.source.Source source) {
        this.source = source;
    }

    @Override
    public Object findAttribute(String attr) {
        return namespace.get(attr);
    }

    @Override
    public boolean storeAttribute(String attr, Object value) {
        namespace.set(attr, value);
        return true;
    }

    @Override
    public List<String> attributeNames() {
        return namespace.boundNames();
    }

    @Override
    public PyType type() {
        return PyType.MODULE;
    }
}
