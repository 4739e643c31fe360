package dev.tint.eval.builtins;

import dev.tint.eval.Interpreter;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.ExceptionTypes;
import dev.tint.eval.runtime.GlobalCell;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyModule;
import dev.tint.eval.runtime.PyNone;
import dev.tint.eval.runtime.PyTextStream;
import java.util.List;

/** {@code print}, {@code input} and {@code help}: the builtins that talk to the standard streams. */
final class IoFunctions {
    private static final List<String> PRINT_KEYWORDS = List.of("sep", "end", "file", "flush");

    private final Interpreter interp;
    /** sys.stdout's cell, found on first use (sys is created after the builtins). */
    private GlobalCell stdoutCell;

    IoFunctions(Interpreter interp) {
        this.interp = interp;
    }

    /** The current sys.stdout (a program may rebind it), or the interpreter's stream. */
    private Object stdout() {
        if (stdoutCell == null) {
            PyModule sys = interp.modules().get("sys");
            if (sys == null) {
                return interp.stdout();
            }
            stdoutCell = sys.namespace().cell("stdout");
        }
        Object v = stdoutCell.value;
        return v == null ? interp.stdout() : v;
    }

    Object print(Object[] a, String[] k) {
        int npos = a.length;
        Object sep = null;
        Object end = null;
        Object file = null;
        Object flush = null;
        if (k != null) {
            npos = a.length - k.length;
            for (int i = 0; i < k.length; i++) {
                Object v = a[npos + i];
                switch (k[i]) {
                    case "sep" -> sep = v;
                    case "end" -> end = v;
                    case "file" -> file = v;
                    case "flush" -> flush = v;
                    default -> throw Errors.type("print() got an unexpected keyword argument '%s'%s", k[i],
                            Suggestions.didYouMean(k[i], PRINT_KEYWORDS));
                }
            }
        }
        if (file == null || file == PyNone.NONE) {
            file = stdout();
            if (file == PyNone.NONE) {
                return PyNone.NONE;
            }
        }
        String sepText = text("sep", sep, " ");
        String endText = text("end", end, "\n");
        if (file instanceof PyTextStream stream) {
            if (npos == 1) {
                String s = Ops.str(a[0]);
                stream.write(endText.isEmpty() ? s : s.concat(endText));
            } else {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < npos; i++) {
                    if (i > 0) {
                        sb.append(sepText);
                    }
                    sb.append(Ops.str(a[i]));
                }
                sb.append(endText);
                stream.write(sb.toString());
            }
            if (flush != null && Ops.truthy(flush)) {
                stream.flush();
            }
            return PyNone.NONE;
        }
        for (int i = 0; i < npos; i++) {
            if (i > 0) {
                write(file, sepText);
            }
            write(file, Ops.str(a[i]));
        }
        write(file, endText);
        if (flush != null && Ops.truthy(flush)) {
            Ops.call(Ops.getAttr(file, "flush"));
        }
        return PyNone.NONE;
    }

    private static String text(String name, Object v, String dflt) {
        if (v == null || v == PyNone.NONE) {
            return dflt;
        }
        if (v instanceof String s) {
            return s;
        }
        throw Errors.type("%s must be None or a string, not %s", name, Ops.typeName(v));
    }

    private static void write(Object file, String s) {
        if (file instanceof PyTextStream stream) {
            stream.write(s);
        } else {
            Ops.call(Ops.getAttr(file, "write"), s);
        }
    }

    Object input(Object[] a, String[] k) {
        Check.range("input", "input", a, k, 0, 1);
        if (a.length == 1) {
            Object out = stdout();
            String prompt = Ops.str(a[0]);
            if (out instanceof PyTextStream stream) {
                stream.write(prompt);
                stream.flush();
            } else if (out != PyNone.NONE) {
                write(out, prompt);
                Object flush = Ops.findAttr(out, "flush");
                if (flush != null) {
                    Ops.call(flush);
                }
            }
        }
        String line = interp.readLine();
        if (line == null) {
            throw Errors.raise(ExceptionTypes.EOF_ERROR, "EOF when reading a line");
        }
        return line;
    }

    Object help(Object[] a, String[] k) {
        Check.range("help", "help", a, k, 0, 1);
        String text;
        if (a.length == 0) {
            text = HelpText.NO_ARGUMENT;
        } else if (a[0] instanceof String topic) {
            text = HelpText.topic(topic);
        } else {
            text = new HelpText(interp.modules(), interp.builtins()).page(a[0]);
        }
        Object out = stdout();
        if (out instanceof PyTextStream stream) {
            stream.write(text);
        } else if (out != PyNone.NONE) {
            write(out, text);
        }
        return PyNone.NONE;
    }
}
