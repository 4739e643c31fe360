package dev.tint.eval.runtime;

/** A value with its own item protocol (user classes with __getitem__ and friends). */
public interface PySubscriptable {
    Object pyGetItem(Object index);

    default void pySetItem(Object index, Object value) {
        throw Errors.type("'%s' object does not support item assignment", Ops.typeName(this));
    }

    default void pyDelItem(Object index) {
        throw Errors.type("'%s' object does not support item deletion", Ops.typeName(this));
    }
}
