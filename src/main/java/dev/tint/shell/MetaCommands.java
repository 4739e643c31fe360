package dev.tint.shell;

import dev.tint.theme.Theme;
import dev.tint.theme.ThemeException;
import java.io.PrintWriter;
import dev.tint.shell.repl.ReplWidgets;
import org.jline.reader.History;
import org.jline.reader.LineReader;

/**
 * The REPL's {@code :} commands: {@code :help}, {@code :theme NAME}, {@code :frames MODE},
 * {@code :locals on|off}, {@code :reset}, {@code :history}. Each answers with one short report.
 */
final class MetaCommands {
    static final String HELP = String.join("\n",
            "Tint REPL",
            "  Enter        run the entry (a block ends at an empty line)",
            "  Tab          complete names, obj.attr, modules, from m import names,",
            "               file names in strings, : commands",
            "  Up/Down      history;  Ctrl-R  search history",
            "  Backspace    in indentation, removes one level",
            "  Ctrl-C       discard the line, or interrupt running code",
            "  Ctrl-D       exit (also: exit, quit)",
            "Commands:",
            "  :help                   this text",
            "  :theme NAME|FILE        default, light, mono, contrast, or a .properties file",
            "  :frames all|auto|user   which traceback frames to show",
            "  :locals on|off          show each frame's variables in tracebacks",
            "  :reset                  forget every name defined in this session",
            "  :history                list the history",
            "  :suggest on|off         grey suggestions from history as you type (off by default)");

    private final Session session;
    private final PrintWriter out;

    MetaCommands(Session session, PrintWriter out) {
        this.session = session;
        this.out = out;
    }

    static boolean isCommand(String entry) {
        return entry.startsWith(":") && !entry.contains("\n");
    }

    void run(String entry, LineReader reader) {
        String[] words = entry.substring(1).strip().split("\\s+", 2);
        String name = words[0];
        String arg = words.length > 1 ? words[1].strip() : "";
        RunOptions o = session.options();
        switch (name) {
            case "help":
                out.println(HELP);
                break;
            case "theme":
                try {
                    Theme.load(arg);
                    session.setOptions(new RunOptions(o.libraryPath(), o.recursionLimit(), o.frames(), o.locals(),
                            o.color(), arg, o.debug()));
                    out.println("theme: " + arg);
                } catch (ThemeException e) {
                    out.println("tint: " + e.getMessage());
                }
                break;
            case "frames":
                if (!arg.equals("all") && !arg.equals("auto") && !arg.equals("user")) {
                    out.println("usage: :frames all|auto|user");
                    break;
                }
                session.setOptions(new RunOptions(o.libraryPath(), o.recursionLimit(), arg, o.locals(), o.color(),
                        o.theme(), o.debug()));
                out.println("frames: " + arg);
                break;
            case "locals":
                if (!arg.equals("on") && !arg.equals("off")) {
                    out.println("usage: :locals on|off");
                    break;
                }
                session.setOptions(new RunOptions(o.libraryPath(), o.recursionLimit(), o.frames(), arg.equals("on"),
                        o.color(), o.theme(), o.debug()));
                out.println("locals: " + arg);
                break;
            case "reset":
                session.interpreter().resetMain();
                out.println("session names forgotten");
                break;
            case "history":
                for (History.Entry e : reader.getHistory()) {
                    out.printf("%5d  %s%n", e.index() + 1, e.line().replace("\n", "\n       "));
                }
                break;
            case "suggest":
                if (!arg.equals("on") && !arg.equals("off")) {
                    out.println("usage: :suggest on|off   (now " + (ReplWidgets.suggesting(reader) ? "on" : "off") + ")");
                    break;
                }
                ReplWidgets.suggest(reader, arg.equals("on"));
                out.println("suggestions: " + arg + (arg.equals("on") ? " (Right or End accepts one)" : ""));
                break;
            default:
                out.println("unknown command :" + name + " (try :help)");
        }
        out.flush();
    }
}
