package dev.tint.shell.repl;

/**
 * One completion before it becomes a JLine candidate: the text before the cursor, from index
 * {@code start} on, is to be replaced by {@code text}.
 *
 * @param start where the replaced text begins, an index into the text before the cursor
 * @param text the replacement, with its suffix ({@code (}, a space, {@code /}, a closing quote)
 * @param display what the menu shows
 * @param group the menu's heading ("keywords", "builtins", "session", "attributes", ...)
 * @param description what the menu shows beside it, or null
 */
record Proposal(int start, String text, String display, String group, String description) {
}
