package dev.tint.ast;

/** Unary operators: {@code -x}, {@code +x}, {@code ~x}, {@code not x}. */
public enum UnaryOperator {
    NEG("-"), POS("+"), INVERT("~"), NOT("not");

    private final String symbol;

    UnaryOperator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
