package dev.tint.eval.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A type: built-in ({@code int}, {@code list}, {@code ValueError}) or, later, a user class.
 * Single inheritance, so the method resolution order is the chain of bases. Calling a type
 * constructs an instance through its {@code constructor}.
 */
public class PyType implements PyObject, PyCallable {
    public static final PyType TYPE = new PyType("type", null);
    public static final PyType OBJECT = new PyType("object", null);
    public static final PyType NONE_TYPE = new PyType("NoneType", OBJECT);
    public static final PyType ELLIPSIS_TYPE = new PyType("ellipsis", OBJECT);
    public static final PyType NOT_IMPLEMENTED_TYPE = new PyType("NotImplementedType", OBJECT);
    public static final PyType INT = new PyType("int", OBJECT);
    public static final PyType BOOL = new PyType("bool", INT);
    public static final PyType FLOAT = new PyType("float", OBJECT);
    public static final PyType STR = new PyType("str", OBJECT);
    public static final PyType LIST = new PyType("list", OBJECT);
    public static final PyType TUPLE = new PyType("tuple", OBJECT);
    public static final PyType DICT = new PyType("dict", OBJECT);
    public static final PyType SET = new PyType("set", OBJECT);
    public static final PyType FROZENSET = new PyType("frozenset", OBJECT);
    public static final PyType RANGE = new PyType("range", OBJECT);
    public static final PyType SLICE = new PyType("slice", OBJECT);
    public static final PyType FUNCTION = new PyType("function", OBJECT);
    public static final PyType BUILTIN_FUNCTION = new PyType("builtin_function_or_method", OBJECT);
    public static final PyType METHOD = new PyType("method", OBJECT);
    public static final PyType METHOD_DESCRIPTOR = new PyType("method_descriptor", OBJECT);
    public static final PyType METHOD_WRAPPER = new PyType("method-wrapper", OBJECT);
    public static final PyType MODULE = new PyType("module", OBJECT);
    public static final PyType CELL = new PyType("cell", OBJECT);
    public static final PyType DICT_KEYS = new PyType("dict_keys", OBJECT);
    public static final PyType DICT_VALUES = new PyType("dict_values", OBJECT);
    public static final PyType DICT_ITEMS = new PyType("dict_items", OBJECT);

    private final String name;
    private final PyType base;
    /**
     * Bumped whenever any type's dict changes, which invalidates every type's lookup cache.
     * Class dicts rarely change after creation, so one global counter is enough.
     */
    private static volatile int globalVersion;

    private final Map<String, Object> dict = new VersionedMap();
    private final java.util.concurrent.ConcurrentHashMap<String, Object> lookupCache =
            new java.util.concurrent.ConcurrentHashMap<>();
    private int cacheVersion = -1;
    private String module = "builtins";
    private BuiltinFunction constructor;
    private final boolean isExceptionType;

    public PyType(String name, PyType base) {
        this.name = name;
        this.base = base;
        if (base != null) {
            base.subclasses.add(this);
        }
        this.isExceptionType = base != null && (base.isExceptionType || "BaseException".equals(base.name))
                || "BaseException".equals(name);
    }

    public String name() {
        return name;
    }

    /** The name used in messages: {@code module.Name} for types outside builtins. */
    public String qualifiedName() {
        return "builtins".equals(module) ? qualname() : module + "." + qualname();
    }

    /** The dotted path within the module ({@code Outer.Inner}); classes keep it in their dict. */
    public String qualname() {
        return dict.get("__qualname__") instanceof String q ? q : name;
    }

    private final java.util.List<PyType> subclasses = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Direct subclasses, in creation order (for {@code __subclasses__()}). */
    public java.util.List<PyType> subclasses() {
        return subclasses;
    }

    public PyType base() {
        return base;
    }

    public String module() {
        return module;
    }

    public PyType withModule(String module) {
        this.module = module;
        return this;
    }

    public Map<String, Object> dict() {
        return dict;
    }

    public boolean isExceptionType() {
        return isExceptionType;
    }

    public void setConstructor(BuiltinFunction constructor) {
        this.constructor = constructor;
    }

    /** Defines a Java-implemented method on this type. */
    public void defineMethod(String methodName, BuiltinMethod body) {
        dict.put(methodName, new PyMethodDescriptor(this, methodName, body));
    }

    /** A number that changes whenever any type's dict changes: inline caches compare it. */
    public static int version() {
        return globalVersion;
    }

    /** Finds an attribute along the chain of bases, or null; results are cached until a type changes. */
    public Object lookup(String attr) {
        if (cacheVersion != globalVersion) {
            lookupCache.clear();
            cacheVersion = globalVersion;
        }
        Object cached = lookupCache.get(attr);
        if (cached != null) {
            return cached == MISSING ? null : cached;
        }
        Object found = null;
        for (PyType t = this; t != null; t = t.base) {
            Object v = t.dict.get(attr);
            if (v != null) {
                found = v;
                break;
            }
        }
        lookupCache.put(attr, found == null ? MISSING : found);
        return found;
    }

    private static final Object MISSING = new Object();

    /** A type's dict: every change invalidates the lookup caches. */
    private static final class VersionedMap extends LinkedHashMap<String, Object> {
        @Override
        public Object put(String key, Object value) {
            globalVersion++;
            return super.put(key, value);
        }

        @Override
        public Object remove(Object key) {
            globalVersion++;
            return super.remove(key);
        }

        @Override
        public void putAll(Map<? extends String, ?> m) {
            globalVersion++;
            super.putAll(m);
        }

        @Override
        public void clear() {
            globalVersion++;
            super.clear();
        }
    }

    public boolean isSubtypeOf(PyType other) {
        for (PyType t = this; t != null; t = t.base) {
            if (t == other) {
                return true;
            }
        }
        return other == OBJECT;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        for (PyType t = this; t != null; t = t.base) {
            if (t.constructor != null) {
                return t == this ? constructor.call(args, kwnames) : constructFor(t, args, kwnames);
            }
        }
        throw Errors.type("cannot create '%s' instances", name);
    }

    /** A subtype without its own constructor (e.g. a built-in exception subclass) builds itself through its base's. */
    protected Object constructFor(PyType withConstructor, Object[] args, String[] kwnames) {
        if (isExceptionType) {
            return new PyBaseException(this, args, kwnames);
        }
        throw Errors.type("cannot create '%s' instances", name);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return "<class '" + qualifiedName() + "'>";
    }
}
