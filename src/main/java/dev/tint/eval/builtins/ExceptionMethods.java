package dev.tint.eval.builtins;

import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.ExceptionTypes;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyBaseException;
import dev.tint.eval.runtime.PyList;
import dev.tint.eval.runtime.PyNone;
import dev.tint.eval.runtime.PyType;

/**
 * The methods of BaseException: {@code add_note} and {@code with_traceback}. (Its attributes,
 * args, __cause__, __notes__, name, value ..., are the exception object's own, see
 * PyBaseException.findAttribute.)
 */
final class ExceptionMethods {
    private ExceptionMethods() {}

    static void install() {
        PyType b = ExceptionTypes.BASE_EXCEPTION;
        b.defineMethod("add_note", (self, a, k) -> {
            Object note = Check.oneArg("BaseException.add_note", a, k);
            if (!(note instanceof String s)) {
                throw Errors.type("note must be a str, not '%s'", Ops.typeName(note));
            }
            PyBaseException e = (PyBaseException) self;
            Object notes = e.findAttribute("__notes__");
            if (notes != null && !(notes instanceof PyList)) {
                throw Errors.type("Cannot add note: __notes__ is not a list");
            }
            e.addNote(s);
            return PyNone.NONE;
        });
        b.defineMethod("with_traceback", (self, a, k) -> {
            Object tb = Check.oneArg("BaseException.with_traceback", a, k);
            if (tb != PyNone.NONE) {
                throw Errors.type("__traceback__ must be a traceback or None");
            }
            return self;
        });
    }
}
