/*
 * Tint's lexer: the context-free part of Python 3.13's tokenizer.
 *
 * This grammar recognizes one raw token at a time: keywords, names, numbers, operators, the
 * opening of a string literal (prefix and quote), comments, line breaks and stray characters.
 * Everything that needs state lives in dev.tint.syntax.Tokenizer, which drives this lexer:
 * indentation (INDENT/DEDENT), NEWLINE suppression inside brackets, bracket matching, the rest of
 * string literals and the f-string modes (FSTRING_MIDDLE/FSTRING_END), backslash continuations,
 * and CPython's tokenizer errors. Tokens named in the tokens{} block are only ever made there.
 */
lexer grammar TintLexer;

// SOFT_MATCH and SOFT_TYPE are NAMEs "match"/"type" that begin a match or type statement; the
// parser front end (dev.tint.syntax.SoftKeywords) retypes them before parsing.
tokens { INDENT, DEDENT, STRING, FSTRING_START, FSTRING_MIDDLE, FSTRING_END, ERRORTOKEN, SOFT_MATCH,
         SOFT_TYPE }

// Hard keywords (soft keywords such as match, case, type and _ are NAMEs).
FALSE    : 'False';
NONE     : 'None';
TRUE     : 'True';
AND      : 'and';
AS       : 'as';
ASSERT   : 'assert';
ASYNC    : 'async';
AWAIT    : 'await';
BREAK    : 'break';
CLASS    : 'class';
CONTINUE : 'continue';
DEF      : 'def';
DEL      : 'del';
ELIF     : 'elif';
ELSE     : 'else';
EXCEPT   : 'except';
FINALLY  : 'finally';
FOR      : 'for';
FROM     : 'from';
GLOBAL   : 'global';
IF       : 'if';
IMPORT   : 'import';
IN       : 'in';
IS       : 'is';
LAMBDA   : 'lambda';
NONLOCAL : 'nonlocal';
NOT      : 'not';
OR       : 'or';
PASS     : 'pass';
RAISE    : 'raise';
RETURN   : 'return';
TRY      : 'try';
WHILE    : 'while';
WITH     : 'with';
YIELD    : 'yield';

// The start of a string literal: an optional prefix and the opening quote. The tokenizer scans
// the rest and turns it into STRING or FSTRING_START. Invalid prefixes such as "ur" are NAMEs.
STRING_OPEN
    : ( [rRuUbBfF] | [rR] [bBfF] | [bBfF] [rR] )? ( '\'' | '"' )
    ;

NUMBER
    : IMAG_NUMBER
    | FLOAT_NUMBER
    | INTEGER
    ;

// As CPython, any non-ASCII character may start or continue a name; the tokenizer then checks
// the name against XID_Start/XID_Continue and reports "invalid character '…' (U+…)".
NAME
    : NAME_START NAME_CONTINUE*
    ;

NEWLINE     : '\r'? '\n' | '\r';
WS          : [ \t\f]+;
COMMENT     : '#' ~[\r\n]*;
BACKSLASH   : '\\';

// Operators and delimiters, longest first where it matters.
ELLIPSIS         : '...';
DOUBLESTAREQUAL  : '**=';
DOUBLESLASHEQUAL : '//=';
LEFTSHIFTEQUAL   : '<<=';
RIGHTSHIFTEQUAL  : '>>=';
DOUBLESTAR       : '**';
DOUBLESLASH      : '//';
LEFTSHIFT        : '<<';
RIGHTSHIFT       : '>>';
EQEQUAL          : '==';
NOTEQUAL         : '!=' | '<>';
LESSEQUAL        : '<=';
GREATEREQUAL     : '>=';
PLUSEQUAL        : '+=';
MINEQUAL         : '-=';
STAREQUAL        : '*=';
SLASHEQUAL       : '/=';
PERCENTEQUAL     : '%=';
AMPEREQUAL       : '&=';
VBAREQUAL        : '|=';
CIRCUMFLEXEQUAL  : '^=';
ATEQUAL          : '@=';
RARROW           : '->';
COLONEQUAL       : ':=';
LPAR             : '(';
RPAR             : ')';
LSQB             : '[';
RSQB             : ']';
LBRACE           : '{';
RBRACE           : '}';
COLON            : ':';
COMMA            : ',';
SEMI             : ';';
PLUS             : '+';
MINUS            : '-';
STAR             : '*';
SLASH            : '/';
VBAR             : '|';
AMPER            : '&';
LESS             : '<';
GREATER          : '>';
EQUAL            : '=';
DOT              : '.';
PERCENT          : '%';
TILDE            : '~';
CIRCUMFLEX       : '^';
AT               : '@';
EXCLAMATION      : '!';

// Any other character, e.g. '$', '?' or a control character: CPython's generic OP token, which
// no grammar rule accepts (the tokenizer reports non-printable ones itself).
OP : . ;

fragment NAME_START    : [a-zA-Z_] | [\u0080-\uFFFF];
fragment NAME_CONTINUE : [a-zA-Z_0-9] | [\u0080-\uFFFF];

fragment INTEGER       : DEC_INTEGER | BIN_INTEGER | OCT_INTEGER | HEX_INTEGER;
fragment DEC_INTEGER   : [1-9] ('_'? DIGIT)* | '0'+ ('_'? '0')*;
fragment BIN_INTEGER   : '0' [bB] ('_'? [01])+;
fragment OCT_INTEGER   : '0' [oO] ('_'? [0-7])+;
fragment HEX_INTEGER   : '0' [xX] ('_'? [0-9a-fA-F])+;
fragment FLOAT_NUMBER  : POINT_FLOAT | EXPONENT_FLOAT;
fragment POINT_FLOAT   : DIGIT_PART? '.' DIGIT_PART | DIGIT_PART '.';
fragment EXPONENT_FLOAT: (DIGIT_PART | POINT_FLOAT) [eE] [+-]? DIGIT_PART;
fragment IMAG_NUMBER   : (FLOAT_NUMBER | DIGIT_PART) [jJ];
fragment DIGIT_PART    : DIGIT ('_'? DIGIT)*;
fragment DIGIT         : [0-9];
