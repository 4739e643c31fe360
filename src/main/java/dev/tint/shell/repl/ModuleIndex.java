package dev.tint.shell.repl;

import dev.tint.eval.Interpreter;
import dev.tint.eval.ModuleFiles;
import dev.tint.eval.runtime.PyList;
import dev.tint.eval.runtime.PyModule;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The modules an import could find, searched as dev.tint.eval.ModuleLoader searches them: the
 * folders of {@code sys.path} (the user folder, then the library path), where a {@code .tint} or
 * {@code .py} file comes before a package folder of the same name; then the bundled standard
 * library (the interpreter's native modules and the {@code .tint} sources under
 * {@code /stdlib/} in the jar); plus whatever is already in {@code sys.modules}.
 */
final class ModuleIndex {
    /** Where the bundled standard library's sources live, as ModuleLoader.STDLIB_RESOURCES. */
    private static final String STDLIB = "stdlib/";
    /** At most this many entries of one folder are looked at (a home folder can be large). */
    private static final int MAX_ENTRIES = 5000;
    private static volatile List<String> stdlibSources;

    private enum Kind { NONE, MODULE, PACKAGE }

    private final Interpreter interpreter;

    ModuleIndex(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    /** Top-level module names, each with a description; the one an import would find describes it. */
    Map<String, String> topLevel() {
        Map<String, String> out = new TreeMap<>();
        for (Path dir : searchPath()) {
            modulesIn(dir).forEach(out::putIfAbsent);
        }
        for (String name : bundled()) {
            out.putIfAbsent(name, "stdlib module");
        }
        for (Map.Entry<String, PyModule> e : interpreter.modules().entrySet()) {
            String top = e.getKey().split("\\.", 2)[0];
            if (!top.equals("__main__")) {
                out.putIfAbsent(top, e.getValue().findAttribute("__file__") instanceof String ? "module"
                        : "stdlib module");
            }
        }
        return out;
    }

    /** The modules and packages inside package {@code dotted}, or none when it is not a package. */
    Map<String, String> submodules(String dotted) {
        Path dir = packageDirectory(dotted);
        return dir == null ? Map.of() : modulesIn(dir);
    }

    /** The folder of a package, from its {@code __path__} once imported, else found as an import would. */
    Path packageDirectory(String dotted) {
        PyModule loaded = interpreter.modules().get(dotted);
        if (loaded != null) {
            Object path = loaded.findAttribute("__path__");
            if (path instanceof PyList list && list.size() > 0 && list.get(0) instanceof String s) {
                return Path.of(s);
            }
            return null;
        }
        String[] parts = dotted.split("\\.", -1);
        Path dir = null;
        for (Path folder : searchPath()) {
            Kind kind = kindOf(folder, parts[0]);
            if (kind == Kind.MODULE) {
                return null;
            }
            if (kind == Kind.PACKAGE) {
                dir = folder.resolve(parts[0]);
                break;
            }
        }
        for (int i = 1; dir != null && i < parts.length; i++) {
            dir = kindOf(dir, parts[i]) == Kind.PACKAGE ? dir.resolve(parts[i]) : null;
        }
        return dir;
    }

    /** Whether {@code name} is a bundled standard library module (native or a Tint source). */
    boolean isBundled(String name) {
        return bundled().contains(name);
    }

    /**
     * Whether some bundled module is hidden by a file or package on the search path: importing a
     * standard library module could then run user code (the stdlib imports the stdlib).
     */
    boolean anyBundledShadowed() {
        List<Path> path = searchPath();
        for (String name : bundled()) {
            for (Path dir : path) {
                if (kindOf(dir, name) != Kind.NONE) {
                    return true;
                }
            }
        }
        return false;
    }

    private Set<String> bundled() {
        Set<String> out = new LinkedHashSet<>(interpreter.nativeModuleNames());
        out.addAll(stdlibSources());
        return out;
    }

    /** The folders of {@code sys.path}, as the import system searches them. */
    List<Path> searchPath() {
        List<Path> out = new ArrayList<>();
        PyModule sys = interpreter.modules().get("sys");
        Object path = sys == null ? null : sys.findAttribute("path");
        if (path instanceof PyList list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof String s) {
                    try {
                        out.add(Path.of(s));
                    } catch (InvalidPathException e) {
                        // not a folder name: nothing is found there
                    }
                }
            }
        }
        return out;
    }

    private static Kind kindOf(Path dir, String leaf) {
        ModuleFiles.Found found = ModuleFiles.find(dir, leaf);
        return found == null ? Kind.NONE : found.packageDir() == null ? Kind.MODULE : Kind.PACKAGE;
    }

    /** The importable names in one folder: {@code .tint}/{@code .py} files and package folders. */
    private static Map<String, String> modulesIn(Path dir) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        int seen = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (++seen > MAX_ENTRIES) {
                    break;
                }
                String file = entry.getFileName().toString();
                String stem = ModuleFiles.stem(file);
                if (stem != null) {
                    if (Identifiers.isIdentifier(stem) && !stem.equals("__init__") && Files.isRegularFile(entry)) {
                        out.put(stem, "module"); // a file wins over a package folder of the same name
                    }
                } else if (Identifiers.isIdentifier(file) && kindOf(dir, file) == Kind.PACKAGE) {
                    out.putIfAbsent(file, "package");
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable folder offers what was read of it
        }
        return out;
    }

    /** The names of the {@code .tint} modules bundled in the jar (or the classes folder). */
    static List<String> stdlibSources() {
        List<String> cached = stdlibSources;
        if (cached == null) {
            cached = List.copyOf(listStdlib());
            stdlibSources = cached;
        }
        return cached;
    }

    private static List<String> listStdlib() {
        List<String> out = new ArrayList<>();
        try {
            CodeSource source = ModuleIndex.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return out;
            }
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isDirectory(location)) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(location.resolve(STDLIB), "*.tint")) {
                    for (Path f : files) {
                        String name = f.getFileName().toString();
                        out.add(name.substring(0, name.length() - 5));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        String name = e.nextElement().getName();
                        if (name.startsWith(STDLIB) && name.endsWith(".tint") && name.indexOf('/', STDLIB.length()) < 0) {
                            out.add(name.substring(STDLIB.length(), name.length() - 5));
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // the native modules and sys.modules are still offered
        }
        out.sort(null);
        return out;
    }
}
