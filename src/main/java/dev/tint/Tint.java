package dev.tint;

import dev.tint.ast.Expr;
import dev.tint.ast.Module;
import dev.tint.ast.Stmt;
import dev.tint.embed.Failures;
import dev.tint.embed.Values;
import dev.tint.error.ScriptError;
import dev.tint.eval.BigStackThread;
import dev.tint.eval.Interpreter;
import dev.tint.eval.compile.Compiler;
import dev.tint.eval.runtime.Namespace;
import dev.tint.eval.runtime.PyDict;
import dev.tint.eval.runtime.PyList;
import dev.tint.eval.runtime.PySet;
import dev.tint.eval.runtime.PyTextStream;
import dev.tint.eval.runtime.ThreadState;
import dev.tint.source.Origin;
import dev.tint.source.Source;
import dev.tint.syntax.Parser;
import dev.tint.syntax.PySyntaxError;
import java.io.BufferedReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tint embedded in a Java program (DESIGN.md §3). {@link #eval(String, Map)} runs one snippet;
 * an instance ({@link #create()} or {@link #builder()}) keeps its globals across snippets. Only
 * plain data crosses the boundary, so scripts reach no Java object, hence no reflection; output
 * is discarded unless the host gives a stream. See docs/embedding.md.
 *
 * <p>One instance runs one eval at a time (its methods are synchronized); {@link #interrupt()}
 * may be called from any thread.
 */
public final class Tint {
    private static final String RESULT = "__tint_result__";

    private final Interpreter interpreter;
    private final Values values;
    private final PyTextStream stdout;
    private final PyTextStream stderr;
    private volatile boolean running;

    private Tint(Builder b) {
        this.stdout = new PyTextStream(b.stdout, "<stdout>", false);
        this.stderr = new PyTextStream(b.stderr, "<stderr>", false);
        BufferedReader in = b.stdin == null ? null : new BufferedReader(b.stdin);
        this.interpreter = new Interpreter(stdout, stderr, in, b.recursionLimit);
        this.interpreter.configureSandboxedModules(b.libraryPath);
        this.values = new Values(interpreter);
    }

    /** An instance with the defaults: output discarded, no stdin, recursion limit 1000, stdlib only. */
    public static Tint create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs {@code source} in a fresh interpreter whose globals start as {@code bindings}; returns
     * the value of the last statement if it is an expression statement, else null. After a run
     * that ends normally, each key of {@code bindings} whose global the script rebound, or that
     * holds a list, dict or set (which the script may have changed in place), is put back into
     * the map, converted; unmodifiable maps are left alone. Output is discarded.
     *
     * @throws TintException for an uncaught Tint exception, SyntaxError or SystemExit
     * @throws IllegalArgumentException for a binding Tint cannot hold (any other Java object)
     */
    public static Object eval(String source, Map<String, Object> bindings) {
        Tint tint = create();
        Map<String, Object> in = bindings == null ? Map.of() : bindings;
        Map<String, Object> given = new HashMap<>();
        for (Map.Entry<String, Object> e : in.entrySet()) {
            tint.set(e.getKey(), e.getValue());
            given.put(e.getKey(), tint.interpreter.mainModule().namespace().get(e.getKey()));
        }
        Object result = tint.eval(source);
        if (!in.isEmpty()) {
            tint.writeBack(in, given);
        }
        return result;
    }

    private synchronized void writeBack(Map<String, Object> bindings, Map<String, Object> given) {
        Namespace ns = interpreter.mainModule().namespace();
        List<String> names = new ArrayList<>(bindings.keySet());
        for (String name : names) {
            Object now = ns.get(name);
            Object before = given.get(name);
            boolean changed = now != before || now instanceof PyList || now instanceof PyDict
                    || (now instanceof PySet s && !s.isFrozen());
            if (now == null || !changed) {
                continue; // deleted or untouched: the host's value stays
            }
            Object converted = onInterpreter(() -> values.toJava(now));
            try {
                bindings.put(name, converted);
            } catch (UnsupportedOperationException e) {
                return; // an unmodifiable map: no write-back
            }
        }
    }

    /**
     * Runs {@code source} as more of this instance's {@code __main__} module; returns the value of
     * its last statement if that is an expression statement, else null.
     *
     * @throws TintException for an uncaught Tint exception, SyntaxError or SystemExit
     */
    public synchronized Object eval(String source) {
        Objects.requireNonNull(source, "source");
        ThreadState thread = interpreter.thread();
        thread.interrupted = false;
        thread.depth = 0;
        thread.handling = null;
        running = true;
        try {
            return onInterpreter(() -> run(source));
        } finally {
            running = false;
            thread.interrupted = false;
            try {
                stdout.flush();
                stderr.flush();
            } catch (UncheckedIOException ignored) {
                // the host's stream failed: its problem, not the script's
            }
        }
    }

    private Object run(String text) {
        Namespace globals = interpreter.mainModule().namespace();
        Source source = new Source(Origin.user("<string>"), text);
        try {
            interpreter.mainModule().setSource(source);
            Module module = Parser.parse(source);
            List<Stmt> body = module.body();
            boolean valued = !body.isEmpty() && body.get(body.size() - 1) instanceof Stmt.ExprStmt;
            if (valued) {
                // The last expression's value is kept in a hidden global for the length of the run.
                Stmt.ExprStmt last = (Stmt.ExprStmt) body.get(body.size() - 1);
                List<Stmt> rewritten = new ArrayList<>(body.subList(0, body.size() - 1));
                rewritten.add(new Stmt.Assign(last.span(),
                        List.of(new Expr.Name(last.value().span(), RESULT)), last.value()));
                module = new Module(module.source(), rewritten);
            }
            Compiler.compile(module, globals, interpreter.builtins(), false).run(interpreter.thread());
            return valued ? values.toJava(globals.get(RESULT)) : null;
        } catch (PySyntaxError e) {
            throw Failures.syntax(e);
        } catch (ScriptError e) {
            throw Failures.uncaught(e.exception());
        } finally {
            if (globals.get(RESULT) != null) {
                globals.set(RESULT, null);
            }
        }
    }

    /** Work on the big-stack thread; any Java failure other than a TintException becomes one. */
    private <T> T onInterpreter(java.util.function.Supplier<T> body) {
        try {
            return BigStackThread.run("tint-embedded", interpreter.thread(), body);
        } catch (TintException | IllegalArgumentException | UncheckedIOException e) {
            throw e;
        } catch (Throwable e) {
            throw Failures.internal(e);
        }
    }

    /**
     * Binds a global of this instance to a Java value, converted (docs/embedding.md).
     *
     * @throws IllegalArgumentException for a value Tint cannot hold, naming the name and the type
     */
    public synchronized void set(String name, Object value) {
        Objects.requireNonNull(name, "name");
        Object v = values.toTint(name, value);
        interpreter.mainModule().namespace().set(name, v);
    }

    /** A global of this instance as a Java value; null when it is None or unbound (see {@link #contains}). */
    public synchronized Object get(String name) {
        Object v = interpreter.mainModule().namespace().get(name);
        return v == null ? null : onInterpreter(() -> values.toJava(v));
    }

    /** Whether this instance has a global of that name. */
    public synchronized boolean contains(String name) {
        return interpreter.mainModule().namespace().get(name) != null;
    }

    /**
     * Stops the eval running on this instance (called from another thread): it ends with a
     * TintException of type KeyboardInterrupt at the next loop back-edge or call. Does nothing
     * when no eval is running.
     */
    public void interrupt() {
        if (running) {
            interpreter.thread().interrupted = true;
        }
    }

    /** Options for {@link Tint} instances; each setter returns this builder. */
    public static final class Builder {
        private Writer stdout = Writer.nullWriter();
        private Writer stderr = Writer.nullWriter();
        private Reader stdin;
        private int recursionLimit = 1000;
        private List<Path> libraryPath = List.of();

        private Builder() {}

        /** Where print() and sys.stdout go; discarded by default. */
        public Builder stdout(Writer out) {
            this.stdout = Objects.requireNonNull(out);
            return this;
        }

        /** Where print() and sys.stdout go, encoded as UTF-8; e.g. {@code System.out}. */
        public Builder stdout(PrintStream out) {
            this.stdout = utf8(out);
            return this;
        }

        /** Where sys.stderr goes; discarded by default (tracebacks go to TintException, not here). */
        public Builder stderr(Writer err) {
            this.stderr = Objects.requireNonNull(err);
            return this;
        }

        public Builder stderr(PrintStream err) {
            this.stderr = utf8(err);
            return this;
        }

        /** What input() reads; by default there is none and input() raises EOFError. */
        public Builder stdin(Reader in) {
            this.stdin = Objects.requireNonNull(in);
            return this;
        }

        /** The maximum depth of the Tint stack (sys.getrecursionlimit()); 1000 by default. */
        public Builder recursionLimit(int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException("recursion limit must be at least 1: " + limit);
            }
            this.recursionLimit = limit;
            return this;
        }

        /**
         * Folders of Tint modules scripts may import (frame kind LIBRARY), searched in order
         * before the bundled standard library. None by default: a script imports only the stdlib.
         */
        public Builder libraryPath(List<Path> folders) {
            this.libraryPath = List.copyOf(folders);
            return this;
        }

        public Tint build() {
            return new Tint(this);
        }

        private static Writer utf8(OutputStream out) {
            return new OutputStreamWriter(Objects.requireNonNull(out), StandardCharsets.UTF_8);
        }
    }
}
