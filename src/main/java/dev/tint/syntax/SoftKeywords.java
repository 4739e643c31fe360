package dev.tint.syntax;

import static dev.tint.syntax.antlr.TintLexer.*;

import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.WritableToken;

/**
 * Python's soft keywords {@code match} and {@code type} are names except where they begin a
 * match or type statement. Deciding that up front, from the tokens, keeps the grammar free of
 * semantic predicates: {@code match} is a keyword when its logical line ends with a colon and the
 * indented block starts with {@code case}; {@code type} when it is followed by a name and then
 * {@code =} or {@code [}.
 */
final class SoftKeywords {
    private SoftKeywords() {}

    static void retype(List<? extends Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getType() != NAME || !atStatementStart(tokens, i)) {
                continue;
            }
            String text = t.getText();
            if (text.equals("type") && type(tokens, i + 1) == NAME
                    && (type(tokens, i + 2) == EQUAL || type(tokens, i + 2) == LSQB)) {
                ((WritableToken) t).setType(SOFT_TYPE);
            } else if (text.equals("match") && isMatchStatement(tokens, i)) {
                ((WritableToken) t).setType(SOFT_MATCH);
            }
        }
    }

    private static int type(List<? extends Token> tokens, int i) {
        return i < tokens.size() ? tokens.get(i).getType() : Token.EOF;
    }

    private static boolean atStatementStart(List<? extends Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        Token previous = tokens.get(i - 1);
        int type = previous.getType();
        return type == NEWLINE || type == INDENT || type == DEDENT || type == SEMI
                || type == COLON && ((PyToken) previous).level == 0;
    }

    private static boolean isMatchStatement(List<? extends Token> tokens, int i) {
        int type = type(tokens, i + 1);
        if (type == NEWLINE || type == EQUAL || type == COLON || type == DOT || type == Token.EOF) {
            return false;
        }
        int j = i + 1;
        while (j < tokens.size() && tokens.get(j).getType() != NEWLINE && tokens.get(j).getType() != Token.EOF) {
            j++;
        }
        return type(tokens, j - 1) == COLON && type(tokens, j + 1) == INDENT
                && type(tokens, j + 2) == NAME && tokens.get(j + 2).getText().equals("case");
    }
}
