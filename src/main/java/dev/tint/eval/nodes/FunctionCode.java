package dev.tint.eval.nodes;

import dev.tint.eval.runtime.CodeInfo;

/**
 * The compiled, shareable part of a def or lambda: its body, frame layout and parameter list.
 * Parameters occupy the first slots in declaration order: positional (positional-only first),
 * then {@code *args}, keyword-only, {@code **kwargs}.
 */
public final class FunctionCode {
    final CodeInfo info;
    final String qualname;
    StmtNode body;
    /** For lambdas: the expression whose value is returned (body is then null). */
    ExprNode expression;
    final int slotCount;
    final int[] cellSlots;
    final int[] freeSlots;
    final String[] parameterNames;
    final int positionalOnlyCount;
    final int positionalCount;
    final int keywordOnlyCount;
    final boolean hasVarargs;
    final boolean hasKwargs;
    final Object docstring;

    public FunctionCode(CodeInfo info, String qualname, int slotCount, int[] cellSlots, int[] freeSlots,
                        String[] parameterNames, int positionalOnlyCount, int positionalCount,
                        int keywordOnlyCount, boolean hasVarargs, boolean hasKwargs, Object docstring) {
        this.info = info;
        this.qualname = qualname;
        this.slotCount = slotCount;
        this.cellSlots = cellSlots;
        this.freeSlots = freeSlots;
        this.parameterNames = parameterNames;
        this.positionalOnlyCount = positionalOnlyCount;
        this.positionalCount = positionalCount;
        this.keywordOnlyCount = keywordOnlyCount;
        this.hasVarargs = hasVarargs;
        this.hasKwargs = hasKwargs;
        this.docstring = docstring;
    }

    public void setBody(StmtNode body) {
        this.body = body;
    }

    public void setExpression(ExprNode expression) {
        this.expression = expression;
    }

    public CodeInfo info() {
        return info;
    }

    public String qualname() {
        return qualname;
    }

    /** The parameters' names: positional (positional-only first), *args, keyword-only, **kwargs. */
    public String[] parameterNames() {
        return parameterNames.clone();
    }

    public int positionalOnlyCount() {
        return positionalOnlyCount;
    }

    /** Positional parameters, positional-only ones included. */
    public int positionalCount() {
        return positionalCount;
    }

    public int keywordOnlyCount() {
        return keywordOnlyCount;
    }

    public boolean hasVarargs() {
        return hasVarargs;
    }

    public boolean hasKwargs() {
        return hasKwargs;
    }

    /** How many parameters the function declares, of every kind. */
    public int parameterCount() {
        return parameterNames.length;
    }

    int varargsSlot() {
        return positionalCount;
    }

    int keywordOnlyStart() {
        return positionalCount + (hasVarargs ? 1 : 0);
    }

    int kwargsSlot() {
        return keywordOnlyStart() + keywordOnlyCount;
    }

    /** True when a call with exactly n positional arguments needs no binding logic at all. */
    boolean isSimple(int n) {
        return n == positionalCount && !hasVarargs && !hasKwargs && keywordOnlyCount == 0;
    }
}
