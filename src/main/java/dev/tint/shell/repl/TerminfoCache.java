package dev.tint.shell.repl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

/**
 * Remembers a terminal type's capabilities as JLine parsed them. Building them is the slowest
 * step of opening the REPL's terminal: JLine forks {@code infocmp -x $TERM}, then parses its
 * output against its table of capability names, 60-100 ms in a JVM that has just started.
 *
 * <p>An entry is keyed by the terminfo file it came from (path, size, modification time), found
 * the way ncurses looks for it, so that it is not used once that file changes; a type with no
 * terminfo file is never cached. The cache is an optimisation only: every failure is silent and
 * means JLine does its usual work.
 */
public final class TerminfoCache {
    private static final List<String> SYSTEM_DIRS =
            List.of("/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo", "/usr/lib/terminfo");
    /** The first line of every entry; a change of format makes old entries unreadable, hence unused. */
    private static final String FORMAT = "tint-terminfo 1";

    private final Path folder;
    private final Map<String, String> env;

    /** A terminal type's boolean, numeric and string capabilities. */
    public record Capabilities(Set<Capability> bools, Map<Capability, Integer> ints, Map<Capability, String> strings) {}

    TerminfoCache(Path folder, Map<String, String> env) {
        this.folder = folder;
        this.env = env;
    }

    /** The cache under {@code $XDG_CACHE_HOME/tint/terminfo} (default {@code ~/.cache}). */
    public static TerminfoCache forEnvironment(Map<String, String> env) {
        String cache = env.get("XDG_CACHE_HOME");
        String home = env.get("HOME");
        Path base = cache != null && !cache.isEmpty() ? Path.of(cache)
                : Path.of(home != null && !home.isEmpty() ? home : System.getProperty("user.home"), ".cache");
        return new TerminfoCache(base.resolve("tint").resolve("terminfo"), env);
    }

    /** The capabilities remembered for {@code type}, or null when there are none still valid. */
    public Capabilities lookUp(String type) {
        String key = key(type);
        if (key == null) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(folder.resolve(type), StandardCharsets.UTF_8);
            if (lines.size() < 2 || !lines.get(0).equals(FORMAT) || !lines.get(1).equals(key)) {
                return null;
            }
            return parse(lines.subList(2, lines.size()));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Remembers the capabilities {@code terminal} has, if the terminfo file of its type can be found. */
    public void store(String type, Terminal terminal) {
        String key = key(type);
        if (key == null) {
            return;
        }
        StringBuilder text = new StringBuilder(FORMAT).append('\n').append(key).append('\n');
        for (Capability capability : Capability.values()) {
            String string = terminal.getStringCapability(capability);
            Integer number = terminal.getNumericCapability(capability);
            if (terminal.getBooleanCapability(capability)) {
                text.append("b ").append(capability.name()).append('\n');
            }
            if (number != null) {
                text.append("i ").append(capability.name()).append(' ').append(number).append('\n');
            }
            if (string != null) {
                text.append("s ").append(capability.name()).append(' ').append(escape(string)).append('\n');
            }
        }
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, ".entry", ".tmp");
            try {
                Files.writeString(temporary, text, StandardCharsets.UTF_8);
                Files.move(temporary, folder.resolve(type), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException | RuntimeException e) {
            // Only an optimisation: the next start parses again.
        }
    }

    private static Capabilities parse(List<String> lines) {
        Set<Capability> bools = EnumSet.noneOf(Capability.class);
        Map<Capability, Integer> ints = new EnumMap<>(Capability.class);
        Map<Capability, String> strings = new EnumMap<>(Capability.class);
        for (String line : lines) {
            int space = line.indexOf(' ', 2);
            String name = space < 0 ? line.substring(2) : line.substring(2, space);
            Capability capability = Capability.valueOf(name);
            switch (line.charAt(0)) {
                case 'b' -> bools.add(capability);
                case 'i' -> ints.put(capability, Integer.valueOf(line.substring(space + 1)));
                case 's' -> strings.put(capability, unescape(line.substring(space + 1)));
                default -> throw new IllegalArgumentException("bad terminfo cache line");
            }
        }
        return new Capabilities(bools, ints, strings);
    }

    /** One line per capability: backslash, newline and carriage return escaped. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** "path size mtime" of the terminfo file describing {@code type}, or null if none is found. */
    String key(String type) {
        if (!validName(type)) {
            return null;
        }
        for (String dir : searchPath()) {
            for (String sub : new String[] {type.substring(0, 1), Integer.toHexString(type.charAt(0))}) {
                Path file = Path.of(dir, sub, type);
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    if (attributes.isRegularFile()) {
                        return file + " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis();
                    }
                } catch (IOException | RuntimeException e) {
                    // not in this folder
                }
            }
        }
        return null;
    }

    /** Where ncurses looks: $TERMINFO, ~/.terminfo, $TERMINFO_DIRS (empty = system), system folders. */
    private List<String> searchPath() {
        List<String> dirs = new ArrayList<>();
        String terminfo = env.get("TERMINFO");
        if (terminfo != null && !terminfo.isEmpty()) {
            dirs.add(terminfo);
        }
        String home = env.get("HOME");
        if (home != null && !home.isEmpty()) {
            dirs.add(home + "/.terminfo");
        }
        String extra = env.get("TERMINFO_DIRS");
        if (extra != null && !extra.isEmpty()) {
            for (String dir : extra.split(":", -1)) {
                if (dir.isEmpty()) {
                    dirs.addAll(SYSTEM_DIRS);
                } else {
                    dirs.add(dir);
                }
            }
        }
        dirs.addAll(SYSTEM_DIRS);
        return dirs;
    }

    /** A terminal name safe to use as a file name. */
    static boolean validName(String type) {
        if (type == null || type.isEmpty() || type.length() > 100 || type.startsWith(".")) {
            return false;
        }
        for (int i = 0; i < type.length(); i++) {
            char c = type.charAt(i);
            if (!(c < 128 && Character.isLetterOrDigit(c)) && c != '-' && c != '_' && c != '.' && c != '+') {
                return false;
            }
        }
        return true;
    }
}
