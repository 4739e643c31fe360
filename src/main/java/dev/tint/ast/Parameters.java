package dev.tint.ast;

import dev.tint.source.Span;
import java.util.List;

/**
 * A def's or lambda's parameter list: {@code (posOnly, /, regular, *varargs, kwOnly, **kwargs)}.
 * varargs and kwargs are null when absent.
 */
public record Parameters(List<Parameter> positionalOnly, List<Parameter> regular,
                         Parameter varargs, List<Parameter> keywordOnly, Parameter kwargs) {

    public static final Parameters EMPTY =
            new Parameters(List.of(), List.of(), null, List.of(), null);

    /** One parameter; annotation and defaultValue are null when absent. */
    public record Parameter(Span span, String name, Expr annotation, Expr defaultValue) {}
}
