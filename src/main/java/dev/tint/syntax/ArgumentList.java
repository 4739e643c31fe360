package dev.tint.syntax;

import static dev.tint.syntax.antlr.TintParser.*;

import dev.tint.source.Span;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Checks a call's (or class header's) argument list, parsed flat by the grammar, the way
 * CPython's invalid_kwarg and invalid_arguments rules do: in their order and with their
 * messages and locations.
 */
final class ArgumentList {
    private final BuildContext bc;
    private final ArgumentsContext ctx;
    private final List<ArgumentContext> args;

    ArgumentList(BuildContext bc, ArgumentsContext ctx) {
        this.bc = bc;
        this.ctx = ctx;
        this.args = ctx.argument();
    }

    void check() {
        for (ArgumentContext arg : args) {
            keywordForm(arg);
        }
        boolean doubleStar = false;
        for (int i = 0; i < args.size(); i++) {
            ArgumentContext arg = args.get(i);
            if (arg.DOUBLESTAR() != null) {
                doubleStar = true;
            } else if (doubleStar && isStarred(arg)) {
                Token comma = bc.tokens.get(arg.start.getTokenIndex() - 1);
                Span from = BuildContext.span(comma);
                Token close = after();
                throw bc.errors.known(Errors.SYNTAX,
                        "iterable argument unpacking follows keyword argument unpacking",
                        from.line(), from.column(), close.getLine(), close.getCharPositionInLine(), false);
            }
        }
        if (args.size() > 1 || !ctx.COMMA().isEmpty()) {
            for (ArgumentContext arg : args) {
                if (arg.compFor() != null) {
                    List<CompClauseContext> clauses = arg.compFor().compClause();
                    CompClauseContext last = clauses.get(clauses.size() - 1);
                    List<TestContext> tests = last.test();
                    throw bc.errors.range("Generator expression must be parenthesized", bc.span(arg),
                            bc.span(tests.get(tests.size() - 1)));
                }
            }
        }
        boolean keyword = false;
        doubleStar = false;
        for (ArgumentContext arg : args) {
            if (arg.DOUBLESTAR() != null) {
                doubleStar = true;
            } else if (arg.EQUAL() != null) {
                keyword = true;
            } else if ((keyword || doubleStar) && !isStarred(arg)) {
                throw bc.errors.at(doubleStar
                        ? "positional argument follows keyword argument unpacking"
                        : "positional argument follows keyword argument", BuildContext.span(after()));
            }
        }
    }

    /** CPython's invalid_kwarg: what stands before '=' must be a plain name. */
    private void keywordForm(ArgumentContext arg) {
        if (arg.EQUAL() == null) {
            return;
        }
        Span equal = BuildContext.span(arg.EQUAL());
        if (arg.DOUBLESTAR() != null) {
            throw bc.errors.range("cannot assign to keyword argument unpacking",
                    BuildContext.span(arg.DOUBLESTAR()), bc.span(arg.expression(1)));
        }
        if (arg.STAR() != null) {
            throw bc.errors.range("cannot assign to iterable argument unpacking",
                    BuildContext.span(arg.STAR()), bc.span(arg.expression(1)));
        }
        ExpressionContext key = arg.expression(0);
        if (key instanceof StarExprContext) {
            throw bc.errors.range("cannot assign to iterable argument unpacking", bc.span(key),
                    bc.span(arg.expression(1)));
        }
        Token first = key.start;
        boolean single = key.start == key.stop;
        if (single && (first.getType() == TRUE || first.getType() == FALSE || first.getType() == NONE)) {
            throw bc.errors.range("cannot assign to " + first.getText(), bc.span(key), equal);
        }
        if (!single || first.getType() != NAME) {
            throw bc.errors.range("expression cannot contain assignment, perhaps you meant \"==\"?",
                    bc.span(key), equal);
        }
        if (arg.compFor() != null) {
            throw bc.errors.range("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    bc.span(key), equal);
        }
    }

    private static boolean isStarred(ArgumentContext arg) {
        return arg.EQUAL() == null && (arg.STAR() != null || arg.expression(0) instanceof StarExprContext);
    }

    /** The token after the list (its closing parenthesis). */
    private Token after() {
        int i = ctx.stop.getTokenIndex() + 1;
        return i < bc.tokens.size() ? bc.tokens.get(i) : ctx.stop;
    }
}
