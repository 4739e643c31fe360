package dev.tint.shell;

import dev.tint.ast.Expr;
import dev.tint.ast.Module;
import dev.tint.ast.Stmt;
import dev.tint.source.Origin;
import dev.tint.source.Source;
import dev.tint.syntax.Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code >>>} examples as Python's {@code doctest.DocTestParser} does: a {@code >>> } line,
 * then {@code ... } lines at the same indentation, then the expected output up to a blank line
 * or the next {@code >>>}. In Markdown a code fence line also ends the expected output. In
 * {@code .py}/{@code .tint} files only docstrings (module, class, function, method) are searched,
 * found with the parser's AST.
 */
public final class DoctestParser {
    private static final Pattern PS1 = Pattern.compile("^([ ]*)>>>(?: |$)");
    private static final Pattern OPTIONS = Pattern.compile("#\\s*doctest:\\s*([^\\n'\"]*)$");

    private DoctestParser() {}

    /** A docstring: the text, its qualified name and the file line of its first line. */
    public record Docstring(String name, String text, int line) {}

    /** Examples in a text file ({@code .md}, {@code .txt}, {@code .rst}). */
    public static List<DoctestExample> parseText(String group, String text, boolean markdown) {
        return parse(group, text, 1, markdown);
    }

    /** Examples in the docstrings of a module's source; throws PySyntaxError when it does not parse. */
    public static List<DoctestExample> parseModule(String moduleName, Source source) {
        List<DoctestExample> out = new ArrayList<>();
        for (Docstring d : docstrings(moduleName, source)) {
            out.addAll(parse(d.name(), d.text(), d.line(), false));
        }
        return out;
    }

    public static List<Docstring> docstrings(String moduleName, Source source) {
        Module module = Parser.parse(source);
        List<Docstring> out = new ArrayList<>();
        collect(moduleName, module.body(), out);
        return out;
    }

    private static void collect(String name, List<Stmt> body, List<Docstring> out) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt) {
            Stmt.ExprStmt e = (Stmt.ExprStmt) body.get(0);
            if (e.value() instanceof Expr.Constant && ((Expr.Constant) e.value()).value() instanceof String) {
                out.add(new Docstring(name, (String) ((Expr.Constant) e.value()).value(), e.span().line()));
            }
        }
        for (Stmt s : body) {
            if (s instanceof Stmt.FunctionDef) {
                Stmt.FunctionDef f = (Stmt.FunctionDef) s;
                collect(name + "." + f.name(), f.body(), out);
            } else if (s instanceof Stmt.ClassDef) {
                Stmt.ClassDef c = (Stmt.ClassDef) s;
                collect(name + "." + c.name(), c.body(), out);
            }
        }
    }

    private static List<DoctestExample> parse(String group, String text, int firstLine, boolean markdown) {
        String[] lines = text.split("\n", -1);
        List<DoctestExample> out = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            Matcher m = PS1.matcher(lines[i]);
            if (!m.find()) {
                i++;
                continue;
            }
            String indent = m.group(1);
            int start = i;
            StringBuilder source = new StringBuilder(sourceLine(lines[i], indent.length()));
            i++;
            while (i < lines.length && isPs2(lines[i], indent)) {
                source.append(sourceLine(lines[i], indent.length()));
                i++;
            }
            StringBuilder want = new StringBuilder();
            while (i < lines.length && !lines[i].isBlank() && !PS1.matcher(lines[i]).find()
                    && !(markdown && lines[i].strip().startsWith("```"))) {
                String l = lines[i];
                int cut = 0;
                while (cut < indent.length() && cut < l.length() && l.charAt(cut) == ' ') {
                    cut++;
                }
                want.append(l.substring(cut)).append('\n');
                i++;
            }
            boolean ellipsis = false;
            boolean normalize = false;
            boolean skip = false;
            for (String sl : source.toString().split("\n")) {
                Matcher o = OPTIONS.matcher(sl);
                if (o.find()) {
                    for (String opt : o.group(1).split("[,\\s]+")) {
                        boolean on = opt.startsWith("+");
                        String name = opt.replaceFirst("^[+-]", "");
                        if (name.equals("ELLIPSIS")) {
                            ellipsis = on;
                        } else if (name.equals("NORMALIZE_WHITESPACE")) {
                            normalize = on;
                        } else if (name.equals("SKIP")) {
                            skip = on;
                        }
                    }
                }
            }
            out.add(new DoctestExample(group, firstLine + start, source.toString(), want.toString(),
                    ellipsis, normalize, skip));
        }
        return out;
    }

    private static boolean isPs2(String line, String indent) {
        if (!line.startsWith(indent + "...")) {
            return false;
        }
        int after = indent.length() + 3;
        return line.length() == after || line.charAt(after) == ' ';
    }

    private static String sourceLine(String line, int indent) {
        int start = Math.min(line.length(), indent + 4);
        return line.substring(start) + "\n";
    }
}
