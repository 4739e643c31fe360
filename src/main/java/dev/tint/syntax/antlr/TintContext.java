package dev.tint.syntax.antlr;

import java.util.ArrayList;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The base of the generated parse tree contexts ({@code contextSuperClass} in TintParser.g4):
 * most contexts have one to three children, so their child lists start small instead of at
 * ArrayList's default ten, which keeps the trees of huge inputs (a million-element list) lean.
 */
public class TintContext extends ParserRuleContext {
    public TintContext() {
    }

    public TintContext(ParserRuleContext parent, int invokingStateNumber) {
        super(parent, invokingStateNumber);
    }

    @Override
    public <T extends ParseTree> T addAnyChild(T t) {
        if (children == null) {
            children = new ArrayList<>(3);
        }
        children.add(t);
        return t;
    }
}
