package dev.tint.eval.builtins;

import dev.tint.error.ScriptError;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.ExceptionTypes;
import dev.tint.eval.runtime.PyBaseException;
import dev.tint.eval.runtime.PyCallable;
import dev.tint.eval.runtime.PyNone;
import dev.tint.eval.runtime.PyObject;
import dev.tint.eval.runtime.PyReprable;
import dev.tint.eval.runtime.PyType;

/**
 * The builtins {@code exit} and {@code quit}, as CPython's site module defines them: calling one
 * raises SystemExit with the given code; its repr tells how to leave. (The REPL also accepts
 * {@code exit} and {@code quit} typed alone, as CPython 3.13's does.)
 */
final class Quitter implements PyObject, PyCallable, PyReprable {
    static final PyType TYPE = new PyType("Quitter", PyType.OBJECT).withModule("_sitebuiltins");

    private final String name;

    Quitter(String name) {
        this.name = name;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String pyRepr() {
        return "Use " + name + "() or Ctrl-D (i.e. EOF) to exit";
    }

    /** {@code def __call__(self, code=None): raise SystemExit(code)}, with Python's argument errors. */
    @Override
    public Object call(Object[] args, String[] kwnames) {
        int keywords = kwnames == null ? 0 : kwnames.length;
        int positional = args.length - keywords;
        if (positional > 1) {
            throw Errors.type("Quitter.__call__() takes from 1 to 2 positional arguments but %d were given",
                    positional + 1);
        }
        Object code = positional == 1 ? args[0] : PyNone.NONE;
        for (int i = 0; i < keywords; i++) {
            if (!kwnames[i].equals("code")) {
                throw Errors.type("Quitter.__call__() got an unexpected keyword argument '%s'", kwnames[i]);
            }
            if (positional == 1) {
                throw Errors.type("Quitter.__call__() got multiple values for argument 'code'");
            }
            code = args[positional + i];
        }
        throw new ScriptError(new PyBaseException(ExceptionTypes.SYSTEM_EXIT, new Object[] {code}, null));
    }
}
