package dev.tint.eval.builtins;

import dev.tint.eval.Interpreter;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.ExceptionTypes;
import dev.tint.eval.runtime.GlobalCell;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyBuiltin;
import dev.tint.eval.runtime.PyModule;
import dev.tint.eval.runtime.PyNone;
import dev.tint.eval.runtime.PyTextStream;
import dev.tint.eval.runtime.PyType;
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
        if (a.length == 0) {
            throw Errors.type("interactive help() is not supported in Tint; use help(object)");
        }
        Object out = stdout();
        String text = helpText(a[0]);
        if (out instanceof PyTextStream stream) {
            stream.write(text);
        } else if (out != PyNone.NONE) {
            write(out, text);
        }
        return PyNone.NONE;
    }

    /** A pydoc-like page: a header, the signature line and the docstring indented. */
    static String helpText(Object o) {
        StringBuilder sb = new StringBuilder();
        if (o instanceof PyBuiltin b) {
            String[] doc = BuiltinDocs.DOCS.get(b.name());
            sb.append("Help on built-in function ").append(b.name()).append(" in module builtins:\n\n");
            sb.append(doc != null ? doc[0] : b.name() + "(...)").append('\n');
            appendIndented(sb, doc != null ? doc[1] : b.doc(), "    ");
            sb.append('\n');
            return sb.toString();
        }
        if (o instanceof PyType t) {
            sb.append("Help on class ").append(t.name()).append(" in module ").append(t.module()).append(":\n\n");
            sb.append("class ").append(t.name());
            if (t.base() != null) {
                sb.append('(').append(t.base().qualifiedName()).append(')');
            }
            sb.append('\n');
            Object doc = Ops.findAttr(t, "__doc__");
            if (doc instanceof String s) {
                appendIndented(sb, s, " |  ");
            }
            sb.append('\n');
            return sb.toString();
        }
        Object name = Ops.findAttr(o, "__name__");
        Object doc = Ops.findAttr(o, "__doc__");
        if (name instanceof String n) {
            Object module = Ops.findAttr(o, "__module__");
            sb.append("Help on function ").append(n);
            if (module instanceof String m) {
                sb.append(" in module ").append(m);
            }
            sb.append(":\n\n").append(n).append("(...)\n");
        } else {
            sb.append("Help on ").append(Ops.typeName(o)).append(" object:\n\n");
        }
        if (doc instanceof String s) {
            appendIndented(sb, s, "    ");
        }
        sb.append('\n');
        return sb.toString();
    }

    private static void appendIndented(StringBuilder sb, String doc, String indent) {
        if (doc == null || doc.isEmpty()) {
            return;
        }
        for (String line : cleandoc(doc).split("\n", -1)) {
            sb.append(line.isEmpty() ? indent.stripTrailing() : indent + line).append('\n');
        }
    }

    /** inspect.cleandoc: tabs expanded, the common indentation of the lines after the first removed. */
    static String cleandoc(String doc) {
        String[] lines = doc.replace("\t", "        ").split("\n", -1);
        int margin = Integer.MAX_VALUE;
        for (int i = 1; i < lines.length; i++) {
            String stripped = lines[i].stripLeading();
            if (!stripped.isEmpty()) {
                margin = Math.min(margin, lines[i].length() - stripped.length());
            }
        }
        lines[0] = lines[0].stripLeading();
        if (margin < Integer.MAX_VALUE) {
            for (int i = 1; i < lines.length; i++) {
                lines[i] = lines[i].length() >= margin ? lines[i].substring(margin) : lines[i].stripLeading();
            }
        }
        int start = 0;
        int end = lines.length;
        while (start < end && lines[start].isBlank()) {
            start++;
        }
        while (end > start && lines[end - 1].isBlank()) {
            end--;
        }
        return String.join("\n", java.util.Arrays.copyOfRange(lines, start, end));
    }
}
