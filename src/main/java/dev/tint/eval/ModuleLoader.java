package dev.tint.eval;

import dev.tint.error.ScriptError;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.ExceptionTypes;
import dev.tint.eval.runtime.Namespace;
import dev.tint.eval.runtime.PyList;
import dev.tint.eval.runtime.PyModule;
import dev.tint.source.FrameKind;
import dev.tint.source.Origin;
import dev.tint.source.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds and loads modules in DESIGN.md's order: beside the main script (USER), on the library
 * path (LIBRARY), then the standard library bundled in the jar (SYSTEM, written in Tint, with
 * Java-native helper modules). The frame kind of everything a module runs is fixed here, by
 * where it was found.
 */
final class ModuleLoader {
    /** Where bundled standard library sources live inside the jar. */
    static final String STDLIB_RESOURCES = "/stdlib/";

    private final Interpreter interpreter;
    private final Path userDirectory;
    private final List<Path> libraryPath;
    private final Map<String, Function<Interpreter, PyModule>> natives;
    /** The frame kind of each loaded package, inherited by its submodules. */
    private final Map<PyModule, FrameKind> kinds = new java.util.IdentityHashMap<>();
    /** The folder of each package this loader loaded. */
    private final Map<PyModule, Path> packageDirs = new java.util.IdentityHashMap<>();
    /**
     * Whether scripts are sandboxed (an embedding host's): then a package's submodules are found
     * only in the folder it was loaded from, not through its {@code __path__}, which a script
     * can reassign to read and run files from any folder. Otherwise {@code __path__} is honoured,
     * as in CPython.
     */
    private final boolean sandboxed;

    ModuleLoader(Interpreter interpreter, Path userDirectory, List<Path> libraryPath,
                 Map<String, Function<Interpreter, PyModule>> natives, boolean sandboxed) {
        this.interpreter = interpreter;
        this.userDirectory = userDirectory;
        this.libraryPath = libraryPath;
        this.natives = natives;
        this.sandboxed = sandboxed;
    }

    /** Where {@code parent}'s submodules are looked for, in order (see {@link #sandboxed}). */
    private List<Path> submoduleDirectories(PyModule parent) {
        if (sandboxed) {
            Path dir = packageDirs.get(parent);
            return dir == null ? List.of() : List.of(dir);
        }
        List<Path> dirs = new ArrayList<>();
        if (parent.findAttribute("__path__") instanceof PyList path) {
            for (int i = 0; i < path.size(); i++) {
                if (path.get(i) instanceof String dir) {
                    try {
                        dirs.add(Path.of(dir));
                    } catch (java.nio.file.InvalidPathException e) {
                        // not a folder name: nothing can be found there
                    }
                }
            }
        }
        return dirs;
    }

    /** The folders searched, for sys.path. */
    List<String> searchPath() {
        List<String> out = new ArrayList<>();
        if (userDirectory != null) {
            out.add(userDirectory.toString());
        }
        for (Path p : libraryPath) {
            out.add(p.toString());
        }
        return out;
    }

    /** Imports a (possibly dotted) module, loading parents first; returns the module itself. */
    PyModule load(String name) {
        Map<String, PyModule> modules = interpreter.modules();
        PyModule m = modules.get(name);
        if (m != null) {
            return m;
        }
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            PyModule parent = load(name.substring(0, dot));
            String leaf = name.substring(dot + 1);
            for (Path dir : submoduleDirectories(parent)) {
                PyModule child = fromDirectory(name, leaf, dir, kindOf(parent));
                if (child != null) {
                    parent.storeAttribute(leaf, child);
                    return child;
                }
            }
            throw notFound(name);
        }
        PyModule found = userDirectory == null ? null : fromDirectory(name, name, userDirectory, FrameKind.USER);
        if (found != null) {
            return found;
        }
        for (Path dir : libraryPath) {
            found = fromDirectory(name, name, dir, FrameKind.LIBRARY);
            if (found != null) {
                return found;
            }
        }
        Function<Interpreter, PyModule> nativeModule = natives.get(name);
        if (nativeModule != null) {
            PyModule nm = nativeModule.apply(interpreter);
            modules.put(name, nm);
            return nm;
        }
        String stdlib = readResource(STDLIB_RESOURCES + name + ".tint");
        if (stdlib != null) {
            Source src = new Source(new Origin(FrameKind.SYSTEM, "<stdlib>/" + name + ".tint"), stdlib);
            return execute(name, src, null);
        }
        throw notFound(name);
    }

    private FrameKind kindOf(PyModule m) {
        return kinds.getOrDefault(m, FrameKind.USER);
    }

    private PyModule fromDirectory(String fullName, String leaf, Path dir, FrameKind kind) {
        ModuleFiles.Found found = ModuleFiles.find(dir, leaf);
        return found == null ? null : execute(fullName, read(found.source(), kind), found.packageDir());
    }

    private Source read(Path file, FrameKind kind) {
        Path abs = file.toAbsolutePath().normalize();
        try {
            String text = new String(Files.readAllBytes(abs), StandardCharsets.UTF_8);
            return new Source(new Origin(kind, abs.toString()), text);
        } catch (IOException e) {
            throw Errors.raise(ExceptionTypes.IMPORT_ERROR, "cannot read module file '" + abs + "': " + e.getMessage());
        }
    }

    /** Runs a module body; the module is registered first so import cycles see the partial module. */
    private PyModule execute(String name, Source src, Path packageDir) {
        Namespace ns = new Namespace();
        PyModule module = new PyModule(name, ns);
        module.setSource(src);
        ns.set("__file__", src.name());
        ns.set("__doc__", dev.tint.eval.runtime.PyNone.NONE);
        kinds.put(module, src.origin().kind());
        if (packageDir != null) {
            PyList path = new PyList();
            path.append(packageDir.toString());
            ns.set("__path__", path);
            packageDirs.put(module, packageDir);
        }
        interpreter.modules().put(name, module);
        try {
            interpreter.runModule(src, ns);
        } catch (ScriptError | dev.tint.syntax.PySyntaxError e) {
            interpreter.modules().remove(name);
            throw e;
        }
        return module;
    }

    static String readResource(String path) {
        try (InputStream in = ModuleLoader.class.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private ScriptError notFound(String name) {
        ScriptError e = Errors.raise(ExceptionTypes.MODULE_NOT_FOUND_ERROR, "No module named '" + name + "'");
        e.exception().setAttribute("name", name);
        return e;
    }
}
