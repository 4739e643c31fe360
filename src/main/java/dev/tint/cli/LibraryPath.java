package dev.tint.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The library path: the {@code --path} folders in order, then those of {@code TINTPATH}. */
public final class LibraryPath {
    private LibraryPath() {}

    /**
     * @param flags the values of {@code --path}, in command-line order
     * @param tintpath the value of {@code TINTPATH} ({@code :}-separated; empty entries are
     *     skipped), or null
     * @throws UsageException if an entry is not a valid path (e.g. contains a NUL)
     */
    public static List<Path> of(List<String> flags, String tintpath) throws UsageException {
        List<Path> path = new ArrayList<>();
        for (String dir : flags) {
            path.add(toPath(dir, "--path"));
        }
        for (String dir : split(tintpath)) {
            path.add(toPath(dir, "TINTPATH"));
        }
        return List.copyOf(path);
    }

    /** {@code TINTPATH}'s entries: split at {@code :}, empty entries dropped; null gives none. */
    public static List<String> split(String tintpath) {
        List<String> dirs = new ArrayList<>();
        if (tintpath == null) {
            return dirs;
        }
        int start = 0;
        while (start <= tintpath.length()) {
            int end = tintpath.indexOf(':', start);
            if (end < 0) {
                end = tintpath.length();
            }
            if (end > start) {
                dirs.add(tintpath.substring(start, end));
            }
            start = end + 1;
        }
        return dirs;
    }

    private static Path toPath(String dir, String where) throws UsageException {
        if (dir.isEmpty()) {
            throw new UsageException("--path needs a folder, not an empty string");
        }
        try {
            return Path.of(dir);
        } catch (InvalidPathException e) {
            throw new UsageException("bad folder in " + where + ": " + Quote.single(dir));
        }
    }
}
