package dev.tint.syntax;

import dev.tint.source.Span;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Python syntax outside Tint's subset: each is a SyntaxError "… is not supported in Tint" at the
 * construct (its keyword, or the offending literal or argument).
 */
final class Unsupported {
    private Unsupported() {}

    static PySyntaxError at(Errors errors, String what, Span where) {
        return errors.at(what + " in Tint", where);
    }

    static PySyntaxError yield(Errors errors, ParserRuleContext yieldExpr) {
        Token yield = yieldExpr.start;
        boolean from = yieldExpr.getChildCount() > 1 && yieldExpr.getChild(1).getText().equals("from");
        return at(errors, from ? "'yield from' is not supported" : "'yield' is not supported",
                Errors.span(yield));
    }

    static PySyntaxError yieldToken(Errors errors, Token yield, boolean from) {
        return at(errors, from ? "'yield from' is not supported" : "'yield' is not supported",
                Errors.span(yield));
    }

    static PySyntaxError await(Errors errors, Token await) {
        return at(errors, "'await' is not supported", Errors.span(await));
    }

    static PySyntaxError async(Errors errors, Token async, boolean function) {
        return at(errors, function ? "'async' functions are not supported" : "'async' is not supported",
                Errors.span(async));
    }

    static PySyntaxError with(Errors errors, Token with) {
        return at(errors, "'with' statements are not supported", Errors.span(with));
    }

    static PySyntaxError match(Errors errors, Token match) {
        return at(errors, "'match' statements are not supported", Errors.span(match));
    }

    static PySyntaxError typeStatement(Errors errors, Token type) {
        return at(errors, "'type' statements are not supported", Errors.span(type));
    }

    static PySyntaxError typeParameters(Errors errors, Span where) {
        return at(errors, "type parameters are not supported", where);
    }

    static PySyntaxError walrus(Errors errors, Token op) {
        return at(errors, "assignment expressions (:=) are not supported", Errors.span(op));
    }

    static PySyntaxError bytes(Errors errors, Token literal) {
        return at(errors, "bytes literals are not supported", Errors.span(literal));
    }

    static PySyntaxError complex(Errors errors, Token literal) {
        return at(errors, "complex numbers are not supported", Errors.span(literal));
    }

    static PySyntaxError multipleInheritance(Errors errors, Span secondBase) {
        return at(errors, "multiple inheritance is not supported", secondBase);
    }

    static PySyntaxError metaclass(Errors errors, Span keyword) {
        return at(errors, "metaclasses are not supported", keyword);
    }

    static PySyntaxError starImport(Errors errors, Token star) {
        return at(errors, "star imports are not supported", Errors.span(star));
    }

    static PySyntaxError exceptStar(Errors errors, Token star) {
        return at(errors, "'except*' is not supported", Errors.span(star));
    }
}
