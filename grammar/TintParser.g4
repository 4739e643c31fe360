/*
 * Tint's parser: Python 3.13's statement and expression syntax.
 *
 * The grammar is deliberately a little more permissive than CPython's where that keeps it simple
 * and fast (assignment targets are parsed as expressions, parameter and argument lists as flat
 * sequences); dev.tint.syntax checks those places and reports CPython's messages. Constructs that
 * Tint rejects (yield, with, match, async/await, walrus, type statements, except*) are parsed so
 * that the rejection can point at them.
 *
 * Long flat sequences (a + b + c ..., [x, y, z, ...], a < b < c ..., a and b and c) are loops, never
 * one rule invocation per operand, so that they cannot exhaust the Java stack.
 */
parser grammar TintParser;

options {
    tokenVocab = TintLexer;
    contextSuperClass = TintContext;
}

// ---------------------------------------------------------------- statements

file
    : statement* EOF
    ;

statement
    : compoundStmt
    | simpleStmts
    ;

simpleStmts
    : simpleStmt (SEMI simpleStmt)* SEMI? NEWLINE
    ;

simpleStmt
    : typeAlias
    | exprStmt
    | returnStmt
    | importName
    | importFrom
    | raiseStmt
    | PASS
    | delStmt
    | assertStmt
    | BREAK
    | CONTINUE
    | globalStmt
    | nonlocalStmt
    ;

// `a`, `a = b = c`, `a += b`, `a: int = b`; targets are checked after parsing.
exprStmt
    : (yieldExpr | starExpressions)
      ( annotation
      | augAssign
      | (EQUAL (yieldExpr | starExpressions))*
      )
    ;

annotation
    : COLON expression (EQUAL (yieldExpr | starExpressions))?
    ;

augAssign
    : op=( PLUSEQUAL | MINEQUAL | STAREQUAL | ATEQUAL | SLASHEQUAL | PERCENTEQUAL | AMPEREQUAL
         | VBAREQUAL | CIRCUMFLEXEQUAL | LEFTSHIFTEQUAL | RIGHTSHIFTEQUAL | DOUBLESTAREQUAL
         | DOUBLESLASHEQUAL )
      (yieldExpr | starExpressions)
    ;

typeAlias
    : SOFT_TYPE NAME typeParams? EQUAL expression
    ;

returnStmt
    : RETURN starExpressions?
    ;

raiseStmt
    : RAISE (expression (FROM expression)?)?
    ;

delStmt
    : DEL starExpressions
    ;

assertStmt
    : ASSERT expression (COMMA expression)?
    ;

globalStmt
    : GLOBAL NAME (COMMA NAME)*
    ;

nonlocalStmt
    : NONLOCAL NAME (COMMA NAME)*
    ;

importName
    : IMPORT dottedAsName (COMMA dottedAsName)*
    ;

dottedAsName
    : dottedName (AS NAME)?
    ;

dottedName
    : NAME (DOT NAME)*
    ;

importFrom
    : FROM (DOT | ELLIPSIS)* dottedName IMPORT importTargets
    | FROM (DOT | ELLIPSIS)+ IMPORT importTargets
    ;

importTargets
    : LPAR importAsName (COMMA importAsName)* COMMA? RPAR
    | importAsName (COMMA importAsName)*
    | STAR
    ;

importAsName
    : NAME (AS NAME)?
    ;

compoundStmt
    : functionDef
    | ifStmt
    | classDef
    | forStmt
    | tryStmt
    | whileStmt
    | withStmt
    | matchStmt
    | decorated
    | asyncStmt
    ;

// A suite: an indented block, or simple statements on the header's line.
block
    : NEWLINE INDENT statement+ DEDENT
    | simpleStmts
    ;

decorated
    : decorator+ (functionDef | classDef | asyncStmt)
    ;

decorator
    : AT expression NEWLINE
    ;

functionDef
    : DEF NAME typeParams? LPAR parameters? RPAR (RARROW expression)? COLON block
    ;

parameters
    : parameter (COMMA parameter)* COMMA?
    ;

// Order, defaults and duplicates are checked after parsing, with CPython's messages.
parameter
    : NAME (COLON expression)? (EQUAL expression)?                  # plainParameter
    | STAR (NAME (COLON expression)?)? (EQUAL expression)?          # starParameter
    | DOUBLESTAR NAME (COLON expression)? (EQUAL expression)?       # doubleStarParameter
    | SLASH                                                         # slashParameter
    ;

typeParams
    : LSQB (expression (COMMA expression)* COMMA?)? RSQB
    ;

classDef
    : CLASS NAME typeParams? (LPAR arguments? RPAR)? COLON block
    ;

ifStmt
    : IF expression COLON block elifClause* elseClause?
    ;

elifClause
    : ELIF expression COLON block
    ;

elseClause
    : ELSE COLON block
    ;

whileStmt
    : WHILE expression COLON block elseClause?
    ;

forStmt
    : FOR targetList IN starExpressions COLON block elseClause?
    ;

// Assignment targets of for loops and comprehensions: no comparisons, so that `in` ends them.
targetList
    : target (COMMA target)* COMMA?
    ;

target
    : STAR? bitExpr
    ;

tryStmt
    : TRY COLON block
      ( exceptClause+ elseClause? finallyClause?
      | finallyClause
      )
    ;

exceptClause
    : EXCEPT STAR? (expression (COMMA expression)* (AS NAME)?)? COLON block
    ;

finallyClause
    : FINALLY COLON block
    ;

withStmt
    : WITH withItem (COMMA withItem)* COMMA? COLON block
    ;

withItem
    : expression (AS expression)?
    ;

matchStmt
    : SOFT_MATCH starExpressions COLON block
    ;

asyncStmt
    : ASYNC (functionDef | withStmt | forStmt)
    ;

// ---------------------------------------------------------------- expressions

starExpressions
    : expression (COMMA expression)* COMMA?
    ;

yieldExpr
    : YIELD (FROM expression | starExpressions)?
    ;

// `*x` is allowed here and checked by context (call argument, display, target...).
expression
    : test (IF test ELSE expression)?                   # condExpr
    | LAMBDA lambdaParameters? COLON expression         # lambdaExpr
    | STAR bitExpr                                      # starExpr
    | NAME COLONEQUAL expression                        # walrusExpr
    ;

lambdaParameters
    : lambdaParameter (COMMA lambdaParameter)* COMMA?
    ;

lambdaParameter
    : NAME (EQUAL expression)?                          # plainLambdaParameter
    | STAR NAME? (EQUAL expression)?                    # starLambdaParameter
    | DOUBLESTAR NAME (EQUAL expression)?               # doubleStarLambdaParameter
    | SLASH                                             # slashLambdaParameter
    ;

// or / and / not / comparisons.
test
    : NOT test                                          # notTest
    | bitExpr (compOp bitExpr)*                         # compareTest
    | test AND test                                     # andTest
    | test OR test                                      # orTest
    ;

compOp
    : LESS | GREATER | EQEQUAL | GREATEREQUAL | LESSEQUAL | NOTEQUAL
    | IN | NOT IN | IS | IS NOT
    ;

// Everything from `|` down to atoms, by precedence (earlier alternatives bind tighter).
bitExpr
    : NAME                                                          # nameAtom
    | NUMBER                                                        # numberAtom
    | (STRING | fstring)+                                           # stringAtom
    | (NONE | TRUE | FALSE)                                         # singletonAtom
    | ELLIPSIS                                                      # ellipsisAtom
    | LPAR (yieldExpr | expression (compFor | (COMMA expression)* COMMA?))? RPAR
                                                                    # parenAtom
    | LSQB (expression (compFor | (COMMA expression)* COMMA?))? RSQB
                                                                    # listAtom
    | LBRACE (dictOrSetItem (compFor | (COMMA dictOrSetItem)* COMMA?))? RBRACE
                                                                    # braceAtom
    | bitExpr DOT NAME                                              # attributeExpr
    | bitExpr LPAR arguments? RPAR                                  # callExpr
    | bitExpr LSQB slices RSQB                                      # subscriptExpr
    | AWAIT bitExpr                                                 # awaitExpr
    | <assoc=right> bitExpr DOUBLESTAR bitExpr                      # powerExpr
    | op=(PLUS | MINUS | TILDE) bitExpr                             # unaryExpr
    | bitExpr op=(STAR | AT | SLASH | DOUBLESLASH | PERCENT) bitExpr  # binaryExpr
    | bitExpr op=(PLUS | MINUS) bitExpr                             # binaryExpr
    | bitExpr op=(LEFTSHIFT | RIGHTSHIFT) bitExpr                   # binaryExpr
    | bitExpr op=AMPER bitExpr                                      # binaryExpr
    | bitExpr op=CIRCUMFLEX bitExpr                                 # binaryExpr
    | bitExpr op=VBAR bitExpr                                       # binaryExpr
    ;

dictOrSetItem
    : DOUBLESTAR bitExpr
    | expression (COLON expression)?
    ;

compFor
    : compClause+
    ;

compClause
    : ASYNC? FOR targetList IN test (IF test)*
    ;

slices
    : slice (COMMA slice)* COMMA?
    ;

slice
    : STAR expression
    | expression (COLON expression? (COLON expression?)?)?
    | COLON expression? (COLON expression?)?
    ;

arguments
    : argument (COMMA argument)* COMMA?
    ;

// `*x` takes a whole expression here (`f(*a or b)`), as in slices. `f(a.b=1)`, `f(**k=1)` and
// `f(a=1 for a in b)` parse, to be reported with CPython's messages.
argument
    : STAR expression (EQUAL expression)?
    | expression (EQUAL expression)? compFor?
    | DOUBLESTAR expression (EQUAL expression)?
    ;

// ---------------------------------------------------------------- f-strings

fstring
    : FSTRING_START fstringPart* FSTRING_END
    ;

fstringPart
    : FSTRING_MIDDLE
    | replacementField
    ;

replacementField
    : LBRACE (yieldExpr | starExpressions) EQUAL? (EXCLAMATION NAME)? (COLON formatSpecPart*)? RBRACE
    ;

formatSpecPart
    : FSTRING_MIDDLE
    | replacementField
    ;
