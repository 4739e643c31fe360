package dev.tint.shell.repl;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * File and folder names, relative to a base folder (the working directory), {@code ~/} meaning
 * the home folder: inside a string literal, and for {@code :theme FILE}. A folder's name ends with
 * {@code /} and leaves the string open; a file's closes it.
 */
final class PathCompletion {
    /** At most this many entries of one folder are looked at. */
    private static final int MAX_ENTRIES = 5000;

    private final Path base;
    private final Path home;

    PathCompletion(Path base, Path home) {
        this.base = base;
        this.home = home;
    }

    /**
     * Proposals inside the open string of {@code scan}; none when its text is not a plain path
     * (escapes, more than one line, an f-string's replacement field).
     */
    List<Proposal> inString(String before, String after, CodeScan scan) {
        String typed = before.substring(scan.contentStart());
        if (typed.indexOf('\\') >= 0 || typed.indexOf('\n') >= 0
                || (scan.prefix().contains("f") && typed.indexOf('{') >= 0)) {
            return List.of();
        }
        boolean oneLine = scan.quote().length() == 1;
        String closer = oneLine && !after.startsWith(scan.quote()) ? scan.quote() : "";
        return paths(typed, scan.contentStart(), closer, name -> true, true);
    }

    /**
     * Entries of the folder named by {@code typed} (up to its last {@code /}) whose names start
     * with the rest of it; dot files only when that rest starts with a dot.
     *
     * @param start where {@code typed} begins in the text before the cursor
     * @param closer what follows a file's name
     * @param files which file names to offer
     * @param folders whether to offer folders
     */
    List<Proposal> paths(String typed, int start, String closer, Predicate<String> files, boolean folders) {
        if (typed.equals("~")) {
            return List.of(new Proposal(start, "~/", "~/", "files", "home folder"));
        }
        int slash = typed.lastIndexOf('/');
        String folderText = typed.substring(0, slash + 1);
        String namePrefix = typed.substring(slash + 1);
        Path folder;
        if (folderText.isEmpty()) {
            folder = base;
        } else if (folderText.startsWith("~/")) {
            folder = home.resolve(folderText.substring(2));
        } else {
            folder = base.resolve(folderText); // an absolute path resolves to itself
        }
        List<Proposal> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        int seen = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (++seen > MAX_ENTRIES) {
                    break;
                }
                String name = entry.getFileName().toString();
                if (!name.startsWith(namePrefix) || (name.startsWith(".") && !namePrefix.startsWith("."))) {
                    continue;
                }
                if (Files.isDirectory(entry)) {
                    if (folders) {
                        out.add(new Proposal(start, folderText + name + "/", name + "/", "files", "folder"));
                    }
                } else if (files.test(name)) {
                    out.add(new Proposal(start, folderText + name + closer, name, "files", "file"));
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable folder offers what was read of it
        }
        out.sort((a, b) -> a.text().compareTo(b.text()));
        return out;
    }
}
