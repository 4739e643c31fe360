package dev.tint.eval.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tint.eval.runtime.ExceptionTypes;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyBaseException;
import dev.tint.eval.runtime.PyType;
import org.junit.jupiter.api.Test;

/** Exception attributes and methods as Python code reads them. */
class ExceptionAttributesTest extends BuiltinsTestSupport {
    private static PyBaseException make(PyType type, Object... args) {
        return (PyBaseException) Ops.call(type, args, null);
    }

    @Test
    void argsChainingAndNotes() {
        PyBaseException e = make(ExceptionTypes.VALUE_ERROR, "bad", 2L);
        assertRepr("('bad', 2)", Ops.getAttr(e, "args"));
        assertEquals(NONE, Ops.getAttr(e, "__cause__"));
        assertEquals(NONE, Ops.getAttr(e, "__context__"));
        assertEquals(false, Ops.getAttr(e, "__suppress_context__"));
        assertEquals(NONE, Ops.getAttr(e, "__traceback__"));
        Ops.setAttr(e, "args", list(1L, 2L));
        assertRepr("ValueError(1, 2)", e);
        assertRaises("AttributeError", "'ValueError' object has no attribute '__notes__'", () -> Ops.getAttr(e, "__notes__"));
        method(e, "add_note", "note1");
        assertRepr("['note1']", Ops.getAttr(e, "__notes__"));
        assertRaises("TypeError", "note must be a str, not 'int'", () -> method(e, "add_note", 5L));
        assertEquals(e, method(e, "with_traceback", NONE));
        Ops.setAttr(e, "__cause__", make(ExceptionTypes.KEY_ERROR, "b"));
        assertRepr("KeyError('b')", Ops.getAttr(e, "__cause__"));
        assertEquals(true, Ops.getAttr(e, "__suppress_context__"));
        assertRaises("TypeError", "exception cause must be None or derive from BaseException",
                () -> Ops.setAttr(e, "__cause__", 5L));
        Ops.setAttr(e, "custom", 5L);
        assertRepr("{'custom': 5}", Ops.getAttr(e, "__dict__"));
    }

    @Test
    void perTypeAttributes() {
        assertEquals(NONE, Ops.getAttr(make(ExceptionTypes.STOP_ITERATION), "value"));
        assertEquals(5L, Ops.getAttr(make(ExceptionTypes.STOP_ITERATION, 5L, 6L), "value"));
        assertEquals(NONE, Ops.getAttr(make(ExceptionTypes.NAME_ERROR, "x"), "name"));
        assertEquals(NONE, Ops.getAttr(make(ExceptionTypes.ATTRIBUTE_ERROR, "y"), "obj"));
        assertRepr("(1, 2)", Ops.getAttr(make(ExceptionTypes.SYSTEM_EXIT, 1L, 2L), "code"));
        assertEquals(2L, Ops.getAttr(make(ExceptionTypes.SYSTEM_EXIT, 2L), "code"));
        PyBaseException se = make(ExceptionTypes.SYNTAX_ERROR, "msg", tuple("f.py", 3L, 4L, "text", 3L, 9L));
        assertRepr("('msg', 'f.py', 3, 4, 'text', 3, 9)", tuple(Ops.getAttr(se, "msg"), Ops.getAttr(se, "filename"),
                Ops.getAttr(se, "lineno"), Ops.getAttr(se, "offset"), Ops.getAttr(se, "text"),
                Ops.getAttr(se, "end_lineno"), Ops.getAttr(se, "end_offset")));
        PyBaseException oe = make(ExceptionTypes.OS_ERROR, 2L, "No such file");
        assertEquals(2L, Ops.getAttr(oe, "errno"));
        assertEquals("No such file", Ops.getAttr(oe, "strerror"));
        assertEquals(NONE, Ops.getAttr(make(ExceptionTypes.OS_ERROR, "x"), "errno"));
    }

    @Test
    void runtimeErrorsCarryTheirNames() {
        dev.tint.error.ScriptError err = org.junit.jupiter.api.Assertions.assertThrows(dev.tint.error.ScriptError.class,
                () -> Ops.getAttr(1L, "foo"));
        assertEquals("foo", Ops.getAttr(err.exception(), "name"));
        assertEquals(1L, Ops.getAttr(err.exception(), "obj"));
    }
}
