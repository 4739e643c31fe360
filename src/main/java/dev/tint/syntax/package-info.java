/**
 * Source text to {@link dev.tint.ast} trees, with CPython 3.13's syntax errors.
 *
 * <p>Public API: {@link dev.tint.syntax.Parser#parse} (a {@link dev.tint.ast.Module} or a
 * {@link dev.tint.syntax.PySyntaxError}) and {@link dev.tint.syntax.Tokens#lex} (categorized
 * tokens for syntax highlighting; never throws).
 *
 * <p>Pipeline, one class per step:
 * <ol>
 *   <li>{@link dev.tint.syntax.Tokenizer} (with {@link dev.tint.syntax.StringScanner} and
 *       {@link dev.tint.syntax.NumberScanner}) ports the stateful parts of CPython's tokenizer
 *       around the ANTLR lexer of {@code grammar/TintLexer.g4}; it runs over the whole text
 *       first, because CPython's tokenizer errors win over its parser's.
 *       {@link dev.tint.syntax.SoftKeywords} marks {@code match}/{@code type} statements.</li>
 *   <li>The ANTLR parser of {@code grammar/TintParser.g4} parses with SLL prediction, falling
 *       back to LL. While it parses, {@link dev.tint.syntax.Checks} reports, in source order,
 *       what the deliberately loose grammar lets through (targets, parameter and argument lists,
 *       displays: {@link dev.tint.syntax.Targets}, {@link dev.tint.syntax.ParameterList},
 *       {@link dev.tint.syntax.ArgumentList}) and what Tint does not support
 *       ({@link dev.tint.syntax.Unsupported}).</li>
 *   <li>On failure, {@link dev.tint.syntax.ErrorTranslator} finds CPython's message.</li>
 *   <li>{@link dev.tint.syntax.AstBuilder}, {@link dev.tint.syntax.ExprBuilder} and
 *       {@link dev.tint.syntax.FStringBuilder} build the tree (literal values from
 *       {@link dev.tint.syntax.StringLiterals} and {@link dev.tint.syntax.NumberLiterals}).</li>
 *   <li>{@link dev.tint.syntax.CompileChecks} and {@link dev.tint.syntax.ScopeChecks} raise the
 *       SyntaxErrors CPython's compiler raises ('return' outside function, duplicate arguments,
 *       global/nonlocal misuse, misplaced starred expressions, ...).</li>
 * </ol>
 * {@link dev.tint.syntax.Errors} places errors as CPython does (1-based offsets counting code
 * points; raw end offsets such as 0 and -1 are kept as CPython sets them).
 */
package dev.tint.syntax;
