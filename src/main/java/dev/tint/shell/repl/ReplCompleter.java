package dev.tint.shell.repl;

import dev.tint.eval.Interpreter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion, decided by what the text before the cursor ends in:
 * <ul>
 * <li>a {@code :} command at the start of the entry: command names, then their arguments;</li>
 * <li>an open string literal: file and folder names ({@link PathCompletion}); names in an
 *     f-string's replacement field;</li>
 * <li>an import statement: module names, or a module's names after {@code from m import}
 *     ({@link ImportCompletion});</li>
 * <li>otherwise a name or an attribute chain: keywords, session names and builtins, or
 *     attributes ({@link NameCompletion}).</li>
 * </ul>
 * Nothing in a comment. A candidate's value carries its suffix ({@code (}, {@code :}, {@code /}...)
 * and is not "complete", so that JLine adds no space; only where the suffix is a space is it
 * "complete", and JLine adds the space (it would escape one in a value). Its group and description
 * show in the menu. Completion never raises: any failure offers nothing.
 */
public final class ReplCompleter implements Completer {
    /** The keywords of Tint's Python subset (no with, yield, async, await, match). */
    static final Set<String> KEYWORDS = new TreeSet<>(List.of("False", "None", "True", "and", "as", "assert",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
            "try", "while"));

    private final NameCompletion names;
    private final ImportCompletion imports;
    private final PathCompletion paths;
    private final MetaCommandCompletion commands;

    /** Completes file names relative to the working directory. */
    public ReplCompleter(Interpreter interpreter) {
        this(interpreter, Path.of("").toAbsolutePath());
    }

    /** Completes file names relative to {@code baseDirectory}. */
    public ReplCompleter(Interpreter interpreter, Path baseDirectory) {
        this(interpreter, baseDirectory, Path.of(System.getProperty("user.home", "")));
    }

    ReplCompleter(Interpreter interpreter, Path baseDirectory, Path homeDirectory) {
        this.names = new NameCompletion(interpreter);
        this.imports = new ImportCompletion(interpreter);
        this.paths = new PathCompletion(baseDirectory, homeDirectory);
        this.commands = new MetaCommandCompletion(paths);
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        try {
            WordCandidates word = new WordCandidates(line);
            Map<String, Candidate> unique = new LinkedHashMap<>();
            for (Proposal p : propose(word.before(), word.after())) {
                Candidate c = word.candidate(p);
                if (c != null) {
                    unique.putIfAbsent(c.value(), c);
                }
            }
            candidates.addAll(unique.values());
        } catch (RuntimeException | StackOverflowError e) {
            // A completer that throws would reach JLine: offer nothing instead.
        }
    }

    private List<Proposal> propose(String before, String after) {
        if (MetaCommandCompletion.applies(before)) {
            return commands.propose(before);
        }
        CodeScan scan = CodeScan.of(before);
        if (scan.inComment()) {
            return List.of();
        }
        if (scan.quote() != null) {
            return scan.inReplacementField(before) ? names.propose(before) : paths.inString(before, after, scan);
        }
        List<Proposal> imported = imports.propose(before, scan.statementStart());
        return imported != null ? imported : names.propose(before);
    }
}
