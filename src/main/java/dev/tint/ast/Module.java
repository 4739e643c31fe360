package dev.tint.ast;

import dev.tint.source.Source;
import java.util.List;

/** A parsed module (a file, a {@code -c} string, or one REPL/transcript entry). */
public record Module(Source source, List<Stmt> body) {}
