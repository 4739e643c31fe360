/**
 * The command line: parsing {@code repl}'s arguments and environment into an
 * {@link dev.tint.cli.Invocation}, the color decision, help and version text, and the process's
 * standard streams. Depends on {@code shell} (to dispatch) and picocli; nothing depends on it
 * except {@link dev.tint.Main}.
 */
package dev.tint.cli;
