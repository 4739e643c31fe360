package dev.tint.eval;

import dev.tint.error.ScriptError;
import dev.tint.eval.runtime.Args;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.ExceptionTypes;
import dev.tint.eval.runtime.Namespace;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyBaseException;
import dev.tint.eval.runtime.PyBuiltin;
import dev.tint.eval.runtime.PyDict;
import dev.tint.eval.runtime.PyList;
import dev.tint.eval.runtime.PyModule;
import dev.tint.eval.runtime.PyNone;
import dev.tint.eval.runtime.PyTextStream;
import dev.tint.eval.runtime.PyTuple;
import dev.tint.eval.runtime.ThreadState;

/** The {@code sys} module: argv, exit, modules, path, the recursion limit and the standard streams. */
final class SysModule {
    private SysModule() {}

    static {
        PyTextStream.TYPE.defineMethod("write", (self, args, kw) -> {
            Args.exactly("write", args, kw, 1);
            if (!(args[0] instanceof String s)) {
                throw Errors.type("write() argument must be str, not %s", Ops.typeName(args[0]));
            }
            ((PyTextStream) self).write(s);
            return (long) dev.tint.eval.runtime.Strs.length(s);
        });
        PyTextStream.TYPE.defineMethod("flush", (self, args, kw) -> {
            Args.exactly("flush", args, kw, 0);
            ((PyTextStream) self).flush();
            return PyNone.NONE;
        });
    }

    static PyModule create(Interpreter interp) {
        Namespace ns = new Namespace();
        PyModule sys = new PyModule("sys", ns);
        ThreadState thread = interp.thread();
        PyList argv = new PyList();
        ns.set("argv", argv);
        ns.set("path", new PyList());
        ns.set("modules", new PyDict());
        ns.set("stdout", interp.stdout());
        ns.set("stderr", interp.stderr());
        ns.set("maxsize", Long.MAX_VALUE);
        ns.set("byteorder", "little");
        ns.set("platform", "linux");
        ns.set("version", "3.13.0 (Tint 0.1.0)");
        ns.set("version_info", PyTuple.of(new Object[] {3L, 13L, 0L, "final", 0L}));
        ns.set("exit", new PyBuiltin("exit", "Exit the interpreter by raising SystemExit(status).", (args, kw) -> {
            Args.range("exit", args, kw, 0, 1);
            Object[] exitArgs = args.length == 1 && args[0] == PyNone.NONE ? new Object[0] : args;
            throw new ScriptError(new PyBaseException(ExceptionTypes.SYSTEM_EXIT, exitArgs, null));
        }));
        ns.set("exc_info", new PyBuiltin("exc_info", "Return (type, value, traceback) of the exception being handled.",
                (args, kw) -> {
                    Args.exactly("exc_info", args, kw, 0);
                    PyBaseException e = thread.handling;
                    if (e == null) {
                        return PyTuple.of(new Object[] {PyNone.NONE, PyNone.NONE, PyNone.NONE});
                    }
                    return PyTuple.of(new Object[] {e.type(), e, dev.tint.eval.runtime.PyTraceback.of(e)});
                }));
        ns.set("exception", new PyBuiltin("exception", "Return the exception being handled, or None.",
                (args, kw) -> {
                    Args.exactly("exception", args, kw, 0);
                    return thread.handling == null ? PyNone.NONE : thread.handling;
                }));
        ns.set("getrecursionlimit", new PyBuiltin("getrecursionlimit", "Return the current recursion limit.",
                (args, kw) -> {
                    Args.exactly("getrecursionlimit", args, kw, 0);
                    return (long) thread.recursionLimit;
                }));
        ns.set("setrecursionlimit", new PyBuiltin("setrecursionlimit", "Set the maximum depth of the Tint stack.",
                (args, kw) -> {
                    Args.exactly("setrecursionlimit", args, kw, 1);
                    if (!(args[0] instanceof Long)) {
                        throw Errors.type("'%s' object cannot be interpreted as an integer", Ops.typeName(args[0]));
                    }
                    long n = (Long) args[0];
                    if (n < 1) {
                        throw Errors.value("recursion limit must be greater or equal than 1");
                    }
                    if (n <= thread.depth) {
                        throw Errors.raise(ExceptionTypes.RECURSION_ERROR, String.format(
                                "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                                n, thread.depth));
                    }
                    thread.recursionLimit = (int) Math.min(n, Integer.MAX_VALUE);
                    return PyNone.NONE;
                }));
        return sys;
    }

    /** Refreshes sys.argv and sys.modules from the interpreter's state. */
    static void sync(Interpreter interp, PyModule sys) {
        PyList argv = (PyList) sys.findAttribute("argv");
        argv.clear();
        for (String a : interp.argv()) {
            argv.append(a);
        }
        PyDict modules = (PyDict) sys.findAttribute("modules");
        modules.clear();
        interp.modules().forEach(modules::put);
    }
}
