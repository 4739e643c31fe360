package dev.tint.eval.runtime;

import dev.tint.ast.Operator;

/** A value with its own operators (user classes with __add__, __radd__, __iadd__, __neg__ ...). */
public interface PyOperand {
    /** {@code self op other}, or {@code other op self} when reflected; NotImplemented.VALUE to decline. */
    Object pyBinary(Operator op, Object other, boolean reflected);

    default Object pyInplace(Operator op, Object other) {
        return NotImplemented.VALUE;
    }

    /** symbol is "-", "+" or "~". */
    default Object pyUnary(String symbol) {
        return NotImplemented.VALUE;
    }
}
