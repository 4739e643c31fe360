/**
 * The abstract syntax tree: immutable records with spans, built by {@code dev.tint.syntax} and
 * compiled by {@code dev.tint.eval}. Depends only on {@code dev.tint.source}.
 */
package dev.tint.ast;
