/**
 * Source text and positions: {@link dev.tint.source.Source}, {@link dev.tint.source.Span} and the
 * {@link dev.tint.source.Origin} that fixes a module's frame kind. Depends on nothing.
 */
package dev.tint.source;
