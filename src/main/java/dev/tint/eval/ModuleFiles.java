package dev.tint.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a module lives in a folder, the rule imports follow and the REPL's completion lists:
 * {@code leaf.tint}, then {@code leaf.py}, then a package folder {@code leaf/} with an
 * {@code __init__.tint} or {@code __init__.py}.
 */
public final class ModuleFiles {
    /** Source file extensions, in the order they are looked for. */
    public static final List<String> EXTENSIONS = List.of(".tint", ".py");

    /**
     * A module found in a folder.
     *
     * @param source the file to run: the module itself, or its package's {@code __init__}
     * @param packageDir the package's folder, or null for a plain module
     */
    public record Found(Path source, Path packageDir) {}

    private ModuleFiles() {}

    /** The module {@code leaf} in {@code dir}, or null when there is none. */
    public static Found find(Path dir, String leaf) {
        for (String ext : EXTENSIONS) {
            Path file = dir.resolve(leaf + ext);
            if (Files.isRegularFile(file)) {
                return new Found(file, null);
            }
        }
        Path pkg = dir.resolve(leaf);
        if (Files.isDirectory(pkg)) {
            for (String ext : EXTENSIONS) {
                Path init = pkg.resolve("__init__" + ext);
                if (Files.isRegularFile(init)) {
                    return new Found(init, pkg);
                }
            }
        }
        return null;
    }

    /** The module name a file name stands for ({@code x.py} gives {@code x}), or null. */
    public static String stem(String fileName) {
        for (String ext : EXTENSIONS) {
            if (fileName.endsWith(ext)) {
                return fileName.substring(0, fileName.length() - ext.length());
            }
        }
        return null;
    }
}
