package dev.tint.ast;

import dev.tint.source.Span;
import java.util.List;

/**
 * Expressions: immutable records, each with the exact span of its source text (traceback carets
 * underline these spans). Optional children are {@code null}.
 */
public sealed interface Expr {
    Span span();

    /** A variable reference. */
    record Name(Span span, String id) implements Expr {}

    /**
     * A literal: {@code Long} or {@code BigInteger} (int), {@code Double} (float), {@code String}
     * (str), {@code Boolean}, {@link Constant#NONE} or {@link Constant#ELLIPSIS}.
     */
    record Constant(Span span, Object value) implements Expr {
        /** Marker values for the None and Ellipsis literals; the evaluator maps them to its own. */
        public enum Singleton { NONE, ELLIPSIS }

        public static final Singleton NONE = Singleton.NONE;
        public static final Singleton ELLIPSIS = Singleton.ELLIPSIS;
    }

    /**
     * An f-string: the concatenation of its parts, each a str {@link Constant} or a
     * {@link FormattedValue}. Adjacent literals (plain and f-strings) are merged into one JoinedStr.
     */
    record JoinedStr(Span span, List<Expr> parts) implements Expr {}

    /**
     * One {@code {value!conversion:spec}} field. conversion is 's', 'r', 'a' or 0 for none;
     * formatSpec is null or a JoinedStr (specs may hold nested fields). selfDocumenting holds the
     * text before the value for {@code f"{x=}"} (e.g. "x="), else null.
     */
    record FormattedValue(Span span, Expr value, char conversion, Expr formatSpec,
                          String selfDocumenting) implements Expr {}

    record BinOp(Span span, Expr left, Operator op, Expr right) implements Expr {}

    record UnaryOp(Span span, UnaryOperator op, Expr operand) implements Expr {}

    /** {@code a and b and c} (isAnd) or {@code a or b or c}: two or more values. */
    record BoolOp(Span span, boolean isAnd, List<Expr> values) implements Expr {}

    /** {@code a < b <= c}: ops.size() == comparators.size() >= 1. */
    record Compare(Span span, Expr left, List<CompareOperator> ops, List<Expr> comparators)
            implements Expr {}

    /** {@code body if test else orelse}. */
    record IfExp(Span span, Expr test, Expr body, Expr orelse) implements Expr {}

    record Lambda(Span span, Parameters parameters, Expr body) implements Expr {}

    /**
     * A call. args may contain {@link Starred} ({@code *xs}); a keyword whose name is null is
     * {@code **mapping}.
     */
    record Call(Span span, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {}

    record Keyword(Span span, String name, Expr value) {}

    record Attribute(Span span, Expr value, String attr) implements Expr {}

    /** {@code value[index]}; index may be a {@link Slice} or a {@link Tuple} holding slices. */
    record Subscript(Span span, Expr value, Expr index) implements Expr {}

    /** {@code lower:upper:step}, each part optional (null). */
    record Slice(Span span, Expr lower, Expr upper, Expr step) implements Expr {}

    /** {@code *value} in a call, a display or an assignment target. */
    record Starred(Span span, Expr value) implements Expr {}

    record ListDisplay(Span span, List<Expr> elements) implements Expr {}

    /** A tuple, parenthesized or not; the span includes the parentheses when present. */
    record Tuple(Span span, List<Expr> elements) implements Expr {}

    record SetDisplay(Span span, List<Expr> elements) implements Expr {}

    /** {@code {k: v, **m}}: a null key means the value is unpacked with {@code **}. */
    record DictDisplay(Span span, List<Expr> keys, List<Expr> values) implements Expr {}

    record ListComp(Span span, Expr element, List<Comprehension> generators) implements Expr {}

    record SetComp(Span span, Expr element, List<Comprehension> generators) implements Expr {}

    record DictComp(Span span, Expr key, Expr value, List<Comprehension> generators)
            implements Expr {}

    record GeneratorExp(Span span, Expr element, List<Comprehension> generators) implements Expr {}

    /** One {@code for target in iter if cond...} clause. */
    record Comprehension(Span span, Expr target, Expr iter, List<Expr> ifs) {}
}
