package dev.tint.eval.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tint.error.ScriptError;
import dev.tint.eval.Interpreter;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyList;
import dev.tint.eval.runtime.PyNone;
import dev.tint.eval.runtime.PyTextStream;
import dev.tint.eval.runtime.PyTuple;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.function.Executable;

/**
 * Calls builtins and methods from Java the way compiled Tint code does, and compares results by
 * their repr. Every expected value in these tests was printed by CPython 3.13.
 */
abstract class BuiltinsTestSupport {
    static final Object NONE = PyNone.NONE;

    final StringWriter out = new StringWriter();
    final Interpreter interp = newInterpreter(out, "");

    static Interpreter newInterpreter(StringWriter out, String stdin) {
        return new Interpreter(new PyTextStream(out, "<stdout>", false), new PyTextStream(new StringWriter(), "<stderr>", false),
                new BufferedReader(new StringReader(stdin)), 1000);
    }

    Object builtin(String name) {
        return interp.builtins().get(name);
    }

    /** name(args...) with positional arguments. */
    Object call(String name, Object... args) {
        return Ops.call(builtin(name), args, null);
    }

    /** name(positional..., key=value...): kw holds names, the last kw.length args are their values. */
    Object callKw(String name, String[] kw, Object... args) {
        return Ops.call(builtin(name), args, kw);
    }

    /** self.name(args...). */
    Object method(Object self, String name, Object... args) {
        return Ops.call(Ops.getAttr(self, name), args, null);
    }

    Object methodKw(Object self, String name, String[] kw, Object... args) {
        return Ops.call(Ops.getAttr(self, name), args, kw);
    }

    static String repr(Object o) {
        return Ops.repr(o);
    }

    static String[] kw(String... names) {
        return names;
    }

    static PyList list(Object... items) {
        return PyList.adopt(items.clone(), items.length);
    }

    static PyTuple tuple(Object... items) {
        return PyTuple.of(items.clone());
    }

    static void assertRepr(String expected, Object actual) {
        assertEquals(expected, repr(actual));
    }

    /** Asserts a Python exception of the given type and message, as str(e) shows it. */
    static void assertRaises(String type, String message, Executable body) {
        ScriptError e = assertThrows(ScriptError.class, body);
        assertEquals(type + ": " + message, e.exception().type().name() + ": " + e.exception().message());
    }
}
