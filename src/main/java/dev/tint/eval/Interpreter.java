package dev.tint.eval;

import dev.tint.ast.Module;
import dev.tint.eval.builtins.BuiltinsModule;
import dev.tint.eval.compile.CompiledModule;
import dev.tint.eval.compile.Compiler;
import dev.tint.eval.runtime.Namespace;
import dev.tint.eval.runtime.PyModule;
import dev.tint.eval.runtime.PyTextStream;
import dev.tint.eval.runtime.Reprs;
import dev.tint.eval.runtime.ThreadState;
import dev.tint.source.Source;
import dev.tint.syntax.Parser;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Tint interpreter: the builtins, the module registry ({@code sys.modules}), the standard
 * streams and the state of the thread running Tint code. Runs whole programs and single REPL
 * entries in the {@code __main__} module.
 */
public final class Interpreter {
    private final Namespace builtins = new Namespace();
    private final PyTextStream stdout;
    private final PyTextStream stderr;
    private final BufferedReader stdin;
    private final ThreadState thread;
    private final Map<String, PyModule> modules = new LinkedHashMap<>();
    private final PyModule main;
    private final List<String> argv = new ArrayList<>();
    private ModuleLoader loader;
    private final Map<String, java.util.function.Function<Interpreter, PyModule>> nativeModules =
            new LinkedHashMap<>();

    public Interpreter(PyTextStream stdout, PyTextStream stderr, BufferedReader stdin, int recursionLimit) {
        this.stdout = stdout;
        this.stderr = stderr;
        this.stdin = stdin;
        this.thread = new ThreadState(this, recursionLimit);
        BuiltinsModule.install(this);
        // CPython's builtins module also holds the constants, which "Did you mean" may suggest.
        builtins.set("None", dev.tint.eval.runtime.PyNone.NONE);
        builtins.set("False", Boolean.FALSE);
        builtins.set("True", Boolean.TRUE);
        dev.tint.eval.nodes.FrameIntrospection.install(builtins);
        dev.tint.eval.objects.ClassBuiltins.install(builtins);
        main = new PyModule("__main__", new Namespace());
        main.namespace().set("__doc__", dev.tint.eval.runtime.PyNone.NONE);
        modules.put("__main__", main);
        modules.put("sys", SysModule.create(this));
        dev.tint.eval.stdlib.NativeModules.registerAll(this);
        configureModules(java.nio.file.Path.of("").toAbsolutePath(), List.of());
    }

    /**
     * Sets where imports look: the folder of USER modules (the main script's, or the working
     * directory) and the LIBRARY path; the bundled standard library always comes last.
     */
    public void configureModules(java.nio.file.Path userDirectory, List<java.nio.file.Path> libraryPath) {
        configureModules(userDirectory, libraryPath, false);
    }

    /**
     * For an embedding host's sandbox: no folder of USER modules, the LIBRARY path, the bundled
     * standard library; and a package's __path__ cannot send imports elsewhere.
     */
    public void configureSandboxedModules(List<java.nio.file.Path> libraryPath) {
        configureModules(null, libraryPath, true);
    }

    private void configureModules(java.nio.file.Path userDirectory, List<java.nio.file.Path> libraryPath,
                                  boolean sandboxed) {
        loader = new ModuleLoader(this, userDirectory, libraryPath, nativeModules, sandboxed);
        PyModule sys = modules.get("sys");
        dev.tint.eval.runtime.PyList path = (dev.tint.eval.runtime.PyList) sys.findAttribute("path");
        path.clear();
        for (String p : loader.searchPath()) {
            path.append(p);
        }
        SysModule.sync(this, sys);
    }

    /** Registers a module implemented in Java, importable by name (e.g. the stdlib's native helpers). */
    public void registerNativeModule(String name, java.util.function.Function<Interpreter, PyModule> factory) {
        nativeModules.put(name, factory);
    }

    /** The names of the modules registered with {@link #registerNativeModule}, in registration order. */
    public java.util.Set<String> nativeModuleNames() {
        return java.util.Collections.unmodifiableSet(nativeModules.keySet());
    }

    /** Runs a module's source in its namespace (used by the module loader). */
    void runModule(Source source, Namespace namespace) {
        Module module = Parser.parse(source);
        Compiler.compile(module, namespace, builtins, false).run(thread);
    }

    public Namespace builtins() {
        return builtins;
    }

    public PyTextStream stdout() {
        return stdout;
    }

    public PyTextStream stderr() {
        return stderr;
    }

    public ThreadState thread() {
        return thread;
    }

    public PyModule mainModule() {
        return main;
    }

    public Map<String, PyModule> modules() {
        return modules;
    }

    public List<String> argv() {
        return argv;
    }

    public void setArgv(List<String> values) {
        argv.clear();
        argv.addAll(values);
        SysModule.sync(this, modules.get("sys"));
    }

    /** Parses, compiles and runs a whole program in {@code __main__}. Throws PySyntaxError or ScriptError. */
    public void runMain(Source source) {
        if (!source.name().startsWith("<")) {
            main.namespace().set("__file__", source.name());
        }
        main.setSource(source);
        Module module = Parser.parse(source);
        CompiledModule compiled = Compiler.compile(module, main.namespace(), builtins, false);
        compiled.run(thread);
    }

    /** Runs one REPL or transcript entry: expression statements display their value. */
    public void runInteractive(Source source) {
        Module module = Parser.parse(source);
        CompiledModule compiled = Compiler.compile(module, main.namespace(), builtins, true);
        compiled.run(thread);
    }

    /** Forgets every name the session defined in {@code __main__} (the REPL's {@code :reset}). */
    public void resetMain() {
        for (String name : main.namespace().boundNames()) {
            if (!name.startsWith("__")) {
                main.namespace().set(name, null);
            }
        }
        builtins.set("_", null);
    }

    /** sys.displayhook: shows the repr of a non-None result and keeps it in {@code _}. */
    public void display(Object value) {
        builtins.set("_", value);
        stdout.write(resultStyle.apply(Reprs.repr(value)));
        stdout.write("\n");
    }

    private java.util.function.UnaryOperator<String> resultStyle = java.util.function.UnaryOperator.identity();

    /** How {@link #display} writes a repr (transcript mode styles results); identity by default. */
    public void setResultStyle(java.util.function.UnaryOperator<String> style) {
        this.resultStyle = style == null ? java.util.function.UnaryOperator.identity() : style;
    }

    /** Imports a module by its dotted name (loading it on first use). */
    public PyModule importModule(String name, Source importer) {
        PyModule m = modules.get(name);
        if (m != null) {
            return m;
        }
        PyModule loaded = loader.load(name);
        SysModule.sync(this, modules.get("sys"));
        return loaded;
    }

    /** The text CPython shows in "cannot import name" messages: a file path or "unknown location". */
    public String moduleLocation(PyModule m) {
        Object file = m.findAttribute("__file__");
        return file instanceof String s ? s : "unknown location";
    }

    /** A line from stdin without its newline, or null at end of input (input() raises EOFError then). */
    public String readLine() {
        stdout.flush();
        try {
            return stdin == null ? null : stdin.readLine();
        } catch (IOException e) {
            return null;
        }
    }
}
