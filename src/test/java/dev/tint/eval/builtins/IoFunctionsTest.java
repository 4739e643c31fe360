package dev.tint.eval.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tint.eval.Interpreter;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyBuiltin;
import dev.tint.eval.runtime.PyList;
import dev.tint.eval.runtime.PyNone;
import dev.tint.eval.runtime.PyTextStream;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** print, input and help write what CPython writes. */
class IoFunctionsTest extends BuiltinsTestSupport {
    @Test
    void printWithSepEndAndFile() {
        call("print", "hello", 1L, 2.5, list(1L, 2L));
        callKw("print", kw("sep", "end"), "a", "b", "", "!\n");
        callKw("print", kw("sep", "end"), "x", "y", NONE, NONE);
        call("print");
        interp.stdout().flush();
        assertEquals("hello 1 2.5 [1, 2]\nab!\nx y\n\n", out.toString());

        StringWriter other = new StringWriter();
        callKw("print", kw("file", "flush"), "to", "file", new PyTextStream(other, "f", false), true);
        assertEquals("to file\n", other.toString());

        PyList parts = new PyList();
        Object sink = new WriteSink(parts);
        callKw("print", kw("sep", "end", "file"), "a", 1L, list(2L), "-", "$", sink);
        assertRepr("['a', '-', '1', '-', '[2]', '$']", parts);
    }

    @Test
    void printErrors() {
        assertRaises("TypeError", "sep must be None or a string, not int", () -> callKw("print", kw("sep"), 1L));
        assertRaises("TypeError", "end must be None or a string, not int", () -> callKw("print", kw("end"), 1L));
        assertRaises("TypeError", "print() got an unexpected keyword argument 'sepp'. Did you mean 'sep'?",
                () -> callKw("print", kw("sepp"), 1L, 1L));
        assertRaises("AttributeError", "'int' object has no attribute 'write'", () -> callKw("print", kw("file"), 1L));
    }

    @Test
    void inputReadsLinesUntilEof() {
        StringWriter o = new StringWriter();
        Interpreter i = newInterpreter(o, "bob\n  x y \n");
        Object input = i.builtins().get("input");
        assertEquals("bob", Ops.call(input, "name? "));
        assertEquals("  x y ", Ops.call(input));
        assertRaises("EOFError", "EOF when reading a line", () -> Ops.call(input, "more> "));
        i.stdout().flush();
        assertEquals("name? more> ", o.toString());
        assertRaises("TypeError", "input expected at most 1 argument, got 2", () -> Ops.call(input, 1L, 2L));
    }

    @Test
    void helpShowsSignatureAndDoc() {
        call("help", builtin("len"));
        interp.stdout().flush();
        assertEquals("Help on built-in function len in module builtins:\n\nlen(obj, /)\n"
                + "    Return the number of items in a container.\n\n", out.toString());
        assertEquals("Help on built-in function max in module builtins:\n\nmax(...)\n"
                + "    max(iterable, *[, default=obj, key=func]) -> value\n"
                + "    max(arg1, arg2, *args, *[, key=func]) -> value\n\n"
                + "    With a single iterable argument, return its biggest item. The\n"
                + "    default keyword-only argument specifies an object to return if\n"
                + "    the provided iterable is empty.\n"
                + "    With two or more positional arguments, return the largest argument.\n\n",
                new HelpText(interp.modules(), interp.builtins()).page(builtin("max")));
    }

    @Test
    void helpWithoutAnObjectPrintsAShortPage() {
        call("help");
        call("help", "if");
        interp.stdout().flush();
        assertEquals(HelpText.NO_ARGUMENT + HelpText.topic("if"), out.toString());
    }

    /** An object with a write method, like a user class. */
    static final class WriteSink implements dev.tint.eval.runtime.PyObject, dev.tint.eval.runtime.PyAttributes {
        private final PyList parts;

        WriteSink(PyList parts) {
            this.parts = parts;
        }

        @Override
        public Object findAttribute(String name) {
            if (name.equals("write")) {
                return new PyBuiltin("write", "", (a, k) -> {
                    parts.append(a[0]);
                    return PyNone.NONE;
                });
            }
            return null;
        }

        @Override
        public dev.tint.eval.runtime.PyType type() {
            return dev.tint.eval.runtime.PyType.OBJECT;
        }
    }
}
