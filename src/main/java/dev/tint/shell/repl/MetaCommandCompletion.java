package dev.tint.shell.repl;

import dev.tint.theme.Theme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The REPL's {@code :} commands at the start of an entry (dev.tint.shell.MetaCommands), then
 * their arguments: theme names (and {@code .properties} files), {@code all|auto|user},
 * {@code on|off}.
 */
final class MetaCommandCompletion {
    /** Command name -> what it does; the ones in {@link #ARGUMENTS} (and theme) take an argument. */
    private static final Map<String, String> COMMANDS = new LinkedHashMap<>();
    private static final Map<String, Map<String, String>> ARGUMENTS = new LinkedHashMap<>();

    static {
        COMMANDS.put("help", "list keys and commands");
        COMMANDS.put("theme", "color theme: a name or a .properties file");
        COMMANDS.put("frames", "which traceback frames to show");
        COMMANDS.put("locals", "show each frame's variables in tracebacks");
        COMMANDS.put("reset", "forget every name defined in this session");
        COMMANDS.put("history", "list the history");
        COMMANDS.put("suggest", "grey suggestions from history as you type");
        ARGUMENTS.put("frames", Map.of("all", "every frame", "auto", "collapse runs of system frames",
                "user", "collapse system and library frames"));
        ARGUMENTS.put("locals", Map.of("on", "show variables", "off", "hide variables"));
        ARGUMENTS.put("suggest", Map.of("on", "suggest as you type", "off", "no suggestions"));
    }

    private final PathCompletion paths;

    MetaCommandCompletion(PathCompletion paths) {
        this.paths = paths;
    }

    /** Whether the entry is a command: one line starting with {@code :}. */
    static boolean applies(String before) {
        return before.stripLeading().startsWith(":") && before.indexOf('\n') < 0;
    }

    List<Proposal> propose(String before) {
        String entry = before.stripLeading();
        int offset = before.length() - entry.length();
        int space = 0;
        while (space < entry.length() && !Character.isWhitespace(entry.charAt(space))) {
            space++;
        }
        List<Proposal> out = new ArrayList<>();
        if (space == entry.length()) {
            for (Map.Entry<String, String> c : COMMANDS.entrySet()) {
                String command = ":" + c.getKey();
                if (command.startsWith(entry)) {
                    String suffix = takesArgument(c.getKey()) ? " " : "";
                    out.add(new Proposal(offset, command + suffix, command, "commands", c.getValue()));
                }
            }
            return out;
        }
        String name = entry.substring(1, space);
        int argStart = space;
        while (argStart < entry.length() && Character.isWhitespace(entry.charAt(argStart))) {
            argStart++;
        }
        String arg = entry.substring(argStart);
        int start = offset + argStart;
        if (arg.chars().anyMatch(Character::isWhitespace)) {
            return out;
        }
        if (name.equals("theme")) {
            for (String theme : Theme.BUILT_IN) {
                if (theme.startsWith(arg)) {
                    out.add(new Proposal(start, theme, theme, "themes", "built-in theme"));
                }
            }
            // Folders once the argument looks like a path; .properties files always.
            boolean path = arg.contains("/") || arg.startsWith(".") || arg.startsWith("~");
            out.addAll(paths.paths(arg, start, "", file -> file.endsWith(".properties"), path));
            return out;
        }
        for (Map.Entry<String, String> value : ARGUMENTS.getOrDefault(name, Map.of()).entrySet()) {
            if (value.getKey().startsWith(arg)) {
                out.add(new Proposal(start, value.getKey(), value.getKey(), "values", value.getValue()));
            }
        }
        out.sort((a, b) -> a.text().compareTo(b.text()));
        return out;
    }

    private static boolean takesArgument(String command) {
        return command.equals("theme") || ARGUMENTS.containsKey(command);
    }
}
