package dev.tint.ast;

/** Binary arithmetic and bitwise operators, with the symbol Python's error messages use. */
public enum Operator {
    ADD("+"), SUB("-"), MUL("*"), MATMUL("@"), DIV("/"), FLOORDIV("//"), MOD("%"), POW("**"),
    LSHIFT("<<"), RSHIFT(">>"), BITOR("|"), BITXOR("^"), BITAND("&");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
