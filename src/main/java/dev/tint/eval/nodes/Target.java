package dev.tint.eval.nodes;

import dev.tint.eval.runtime.Frame;

/** Something that can be assigned to and deleted: a name, attribute, subscript or unpacking. */
public interface Target {
    void assign(Frame f, Object value);

    void delete(Frame f);
}
