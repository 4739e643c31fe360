package dev.tint.syntax;

import dev.tint.ast.Module;
import dev.tint.source.Source;
import dev.tint.syntax.antlr.TintParser;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses Tint source into a {@link Module}, or throws the {@link PySyntaxError} CPython 3.13
 * would raise (or Tint's "… is not supported in Tint").
 *
 * <p>Tokenizing runs to the end first, because CPython lets most tokenizer errors anywhere in the
 * file win over parser errors. Parsing uses SLL prediction and falls back to full LL only when SLL
 * fails; the fast path never pays for error analysis. Deep nesting that exhausts the Java stack
 * is reported as CPython reports parser stack overflow (a MemoryError); run parsing on a thread
 * with a large stack to accept everything CPython accepts.
 */
public final class Parser {
    /** CPython's limit on AST nesting before "maximum recursion depth exceeded during compilation". */
    static final int MAX_AST_DEPTH = 9999;

    private Parser() {}

    public static Module parse(Source source) {
        return parse(source, true);
    }

    /**
     * With {@code compileChecks} false, only what CPython's parser itself checks: no errors of its
     * symbol table or compiler (such as 'return' outside function), as {@code ast.parse}.
     */
    static Module parse(Source source, boolean compileChecks) {
        String text = source.text();
        Errors errors = new Errors(source, new LineIndex(text));
        try {
            return parse(source, text, errors, compileChecks);
        } catch (StackOverflowError e) {
            throw errors.raw("MemoryError", "Parser stack overflowed - Python source too complex to parse",
                    0, 0, 0, 0, false);
        }
    }

    private static Module parse(Source source, String text, Errors errors, boolean compileChecks) {
        Tokenizer tokenizer = new Tokenizer(new SourceText(text), errors, false);
        CommonTokenStream stream = new CommonTokenStream(tokenizer);
        stream.fill();
        List<Token> tokens = stream.getTokens();
        SoftKeywords.retype(tokens);
        BuildContext bc = new BuildContext(text, tokens, errors);
        TintParser parser = new TintParser(stream);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.addParseListener(new Checks(bc));
        TintParser.FileContext tree;
        try {
            tree = parser.file();
        } catch (ParseCancellationException | PySyntaxError sllFailure) {
            parser.reset();
            parser.removeParseListeners();
            parser.addParseListener(new Checks(bc));
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            try {
                tree = parser.file();
            } catch (ParseCancellationException e) {
                throw new ErrorTranslator(bc, stream).translate((RecognitionException) e.getCause());
            } catch (PySyntaxError e) {
                throw ErrorTranslator.tokenizerFirst(tokens, e, errors.lines());
            }
        }
        Module module = new AstBuilder(bc).module(source, tree);
        if (compileChecks) {
            new CompileChecks(errors).check(module, tokens.size());
        }
        return module;
    }
}
