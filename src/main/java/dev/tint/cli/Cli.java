package dev.tint.cli;

import dev.tint.shell.RunOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Stack;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code repl}'s command line, parsed like CPython's: options first, then {@code -c CODE},
 * {@code -} or {@code FILE}, after which every argument belongs to the program untouched, even
 * one that looks like an option.
 *
 * <p>Built on picocli's programmatic API ({@link CommandSpec}/{@link OptionSpec}): the
 * annotation API costs 55-70 ms of start-up (see shared/notes/jvm-startup.md). Parsing is a pure
 * function of the arguments and the environment: {@link #parse} returns an {@link Invocation} or
 * throws a {@link UsageException}. Command lines without options skip picocli (see
 * {@link #withoutOptions}).
 */
public final class Cli {
    /** The name users type; used in the usage text and in the hint after a usage error. */
    public static final String COMMAND = "repl";
    /** The second line printed after a usage error. */
    public static final String HINT = "Try '" + COMMAND + " --help' for more information.";

    static final List<String> COLOR_VALUES = List.of("auto", "always", "never");
    static final List<String> FRAMES_VALUES = List.of("all", "auto", "user");

    private Cli() {}

    /**
     * Parses a command line.
     *
     * @param argv the arguments after the command name
     * @param env the environment ({@code COLORS}, {@code NO_COLOR}, {@code FORCE_COLOR},
     *     {@code TERM}, {@code TINTPATH}, {@code TINT_THEME} are read)
     * @throws UsageException for a bad option, option value or environment variable
     */
    public static Invocation parse(List<String> argv, Map<String, String> env) throws UsageException {
        Invocation invocation = withoutOptions(argv, env);
        return invocation != null ? invocation : withPicocli(argv, env);
    }

    /**
     * The common command lines that hold no option of {@code repl}'s own ({@code repl},
     * {@code repl FILE ARGS...}, {@code repl - ARGS...}, {@code repl -c CODE ARGS...}, and
     * {@code repl --version} alone), parsed without building picocli's model, which costs about
     * 20 ms of start-up even from a class archive. Null for any other command line. A test
     * checks that both ways agree.
     */
    static Invocation withoutOptions(List<String> argv, Map<String, String> env) throws UsageException {
        if (argv.isEmpty()) {
            return new Invocation(Mode.DEFAULT, null, List.of(), options(null, env));
        }
        String first = argv.get(0);
        if (first.equals("-")) {
            return new Invocation(Mode.STDIN, null, argv.subList(1, argv.size()), options(null, env));
        }
        if (first.equals("-c") && argv.size() >= 2) {
            return new Invocation(Mode.CODE, argv.get(1), argv.subList(2, argv.size()),
                    options(null, env));
        }
        if (first.equals("test")) {
            return new Invocation(Mode.TEST, null, argv.subList(1, argv.size()), options(null, env));
        }
        if (!first.startsWith("-")) {
            return new Invocation(Mode.FILE, first, argv.subList(1, argv.size()), options(null, env));
        }
        if (argv.size() == 1 && (first.equals("-V") || first.equals("--version"))) {
            return new Invocation(Mode.VERSION, null, List.of(), lenientOptions(null, env));
        }
        return null;
    }

    /** Any command line, parsed by picocli. */
    static Invocation withPicocli(List<String> argv, Map<String, String> env) throws UsageException {
        Program program = new Program();
        CommandLine commandLine = new CommandLine(spec(program));
        ParseResult result;
        try {
            result = commandLine.parseArgs(argv.toArray(new String[0]));
        } catch (ParameterException e) {
            throw new UsageException(message(e));
        }
        if (result.isUsageHelpRequested()) {
            return new Invocation(Mode.HELP, null, List.of(), lenientOptions(result, env));
        }
        if (result.isVersionHelpRequested()) {
            return new Invocation(Mode.VERSION, null, List.of(), lenientOptions(result, env));
        }
        RunOptions options = options(result, env);
        if (result.hasMatchedOption("--completion")) {
            return new Invocation(Mode.COMPLETION, result.matchedOptionValue("--completion", "bash"),
                    List.of(), lenientOptions(result, env));
        }
        if (result.hasMatchedOption("--man")) {
            return new Invocation(Mode.MAN, null, List.of(), lenientOptions(result, env));
        }
        if (result.hasMatchedOption("--train")) {
            return new Invocation(Mode.TRAIN, null, List.of(), options);
        }
        if (result.hasMatchedOption("--transcript")) {
            if (program.code != null || program.file != null) {
                throw new UsageException("--transcript FILE cannot be combined with -c, - or another FILE");
            }
            return new Invocation(Mode.TRANSCRIPT, result.matchedOptionValue("--transcript", ""),
                    List.of(), options);
        }
        if (program.code != null) {
            return new Invocation(Mode.CODE, program.code, program.args, options);
        }
        if (program.file == null) {
            return new Invocation(Mode.DEFAULT, null, List.of(), options);
        }
        if (program.file.equals("test")) {
            return new Invocation(Mode.TEST, null, program.args, options);
        }
        if (program.file.equals("-")) {
            return new Invocation(Mode.STDIN, null, program.args, options);
        }
        return new Invocation(Mode.FILE, program.file, program.args, options);
    }

    /** The manual page, in troff: {@code repl --man}. */
    public static String manPage() {
        return ManPage.render(spec(new Program()));
    }

    /** The help text, styled with ANSI escapes when {@code color} is true. */
    public static String usage(boolean color) {
        return new CommandLine(spec(new Program())).getUsageMessage(color ? Ansi.ON : Ansi.OFF);
    }

    /**
     * A bash completion script for {@code repl} (zsh can use it through {@code bashcompinit}),
     * generated by picocli from the same specification as the parser.
     */
    public static String completionScript() {
        CommandSpec spec = spec(new Program());
        // File names are completed for FILE, --path and --theme when their type says "file".
        CommandSpec forCompletion = CommandSpec.create().name(COMMAND);
        for (OptionSpec option : spec.options()) {
            if (option.longestName().equals("--path") || option.longestName().equals("--theme")) {
                option = OptionSpec.builder(option.names()).paramLabel(option.paramLabel())
                        .arity("1").type(java.io.File.class).description(option.description())
                        .build();
            }
            forCompletion.addOption(option);
        }
        forCompletion.addPositional(PositionalParamSpec.builder().paramLabel("FILE").arity("0..*")
                .type(java.io.File[].class).auxiliaryTypes(java.io.File.class).build());
        return picocli.AutoComplete.bash(COMMAND, new CommandLine(forCompletion));
    }

    /** The shared options, from the parsed flags (null: none given) and the environment. */
    private static RunOptions options(ParseResult result, Map<String, String> env)
            throws UsageException {
        String color = ColorPolicy.resolve(value(result, "--color", null), env);
        List<Path> path = LibraryPath.of(List.of(value(result, "--path", new String[0])),
                env.get("TINTPATH"));
        String theme = value(result, "--theme", null);
        if (theme == null) {
            String fromEnv = env.get("TINT_THEME");
            theme = fromEnv == null || fromEnv.isEmpty() ? null : fromEnv;
        }
        RunOptions defaults = RunOptions.defaults();
        int limit = value(result, "--recursion-limit", defaults.recursionLimit());
        String frames = value(result, "--frames", defaults.frames());
        return new RunOptions(path, limit, frames, has(result, "--locals"), color, theme,
                has(result, "--debug"));
    }

    private static <T> T value(ParseResult result, String option, T absent) {
        return result == null ? absent : result.matchedOptionValue(option, absent);
    }

    private static boolean has(ParseResult result, String option) {
        return result != null && result.hasMatchedOption(option);
    }

    /**
     * For {@code --help} and {@code --version}, which must answer even when the environment is
     * bad: a bad {@code COLORS} turns color off instead of failing.
     */
    private static RunOptions lenientOptions(ParseResult result, Map<String, String> env) {
        try {
            return options(result, env);
        } catch (UsageException e) {
            RunOptions d = RunOptions.defaults();
            return new RunOptions(d.libraryPath(), d.recursionLimit(), d.frames(), d.locals(),
                    ColorPolicy.NEVER, d.theme(), has(result, "--debug"));
        }
    }

    /** What follows the options: {@code -c CODE ARGS...} or {@code FILE|- ARGS...}. */
    private static final class Program {
        String code;
        String file;
        final List<String> args = new ArrayList<>();

        void drain(Stack<String> rest) {
            // picocli's stack holds the remaining arguments with the next one on top.
            while (!rest.isEmpty()) {
                args.add(rest.pop());
            }
        }
    }

    private static CommandSpec spec(Program program) {
        CommandSpec spec = CommandSpec.create().name(COMMAND);
        spec.parser()
                .stopAtPositional(true) // options end at FILE or -
                .expandAtFiles(false) // `repl @notes.py` is a file name, not an argument file
                .abbreviatedOptionsAllowed(false)
                .posixClusteredShortOptionsAllowed(true); // -cCODE, as in CPython
        spec.usageMessage()
                .synopsisHeading("")
                .customSynopsis(
                        "@|bold Usage:|@ @|bold " + COMMAND + "|@ [@|yellow OPTION|@...] "
                                + "[@|italic FILE|@ | @|yellow -c|@ @|italic CODE|@ | -] [@|italic ARG|@...]")
                .descriptionHeading("%n")
                .description(Help.DESCRIPTION)
                .optionListHeading("%n@|bold Options:|@%n")
                .footerHeading("%n")
                .footer(Help.FOOTER)
                .width(80)
                .longOptionsMaxWidth(24)
                .sortOptions(false);

        spec.addOption(OptionSpec.builder("-c")
                .paramLabel("CODE")
                .arity("1")
                .type(String.class)
                .hidden(true) // shown under "Modes"
                .description("Run CODE, a string of statements. Ends the options: the "
                        + "arguments after CODE become sys.argv[1:].")
                .parameterConsumer((Stack<String> rest, ArgSpec arg, CommandSpec cmd) -> {
                    if (rest.isEmpty()) {
                        throw new ParameterException(cmd.commandLine(),
                                "option -c needs an argument (the code to run)");
                    }
                    program.code = rest.pop();
                    program.drain(rest);
                })
                .build());
        spec.addOption(OptionSpec.builder("--transcript")
                .paramLabel("FILE")
                .arity("1")
                .type(String.class)
                .description("Run FILE as a doctest-style transcript (what piped stdin does): "
                        + "each statement echoed with >>> and ..., then its output.")
                .build());
        spec.addOption(OptionSpec.builder("--color")
                .paramLabel("WHEN")
                .arity("1")
                .type(String.class)
                .converters(choice(COLOR_VALUES))
                .completionCandidates(COLOR_VALUES)
                .description("Color the output: auto (default: when the stream is a terminal), "
                        + "always or never. Overrides COLORS, NO_COLOR and FORCE_COLOR.")
                .build());
        spec.addOption(OptionSpec.builder("--theme")
                .paramLabel("NAME|FILE")
                .arity("1")
                .type(String.class)
                .description("Color theme: default, light, mono or contrast, or the path of a "
                        + "properties file that overlays the default. Default: $TINT_THEME.")
                .build());
        spec.addOption(OptionSpec.builder("--path")
                .paramLabel("DIR")
                .arity("1")
                .type(String[].class)
                .auxiliaryTypes(String.class)
                .description("Add DIR to the library path (repeatable); searched in order, "
                        + "before the folders of TINTPATH.")
                .build());
        spec.addOption(OptionSpec.builder("--frames")
                .paramLabel("WHICH")
                .arity("1")
                .type(String.class)
                .converters(choice(FRAMES_VALUES))
                .completionCandidates(FRAMES_VALUES)
                .description("Traceback frames to show: all; auto (default: collapse runs of "
                        + "system frames); user (also collapse library frames).")
                .build());
        spec.addOption(OptionSpec.builder("--locals")
                .arity("0")
                .type(boolean.class)
                .description("Show each frame's local variables in tracebacks.")
                .build());
        spec.addOption(OptionSpec.builder("--recursion-limit")
                .paramLabel("N")
                .arity("1")
                .type(Integer.class)
                .converters(Cli::positiveInt)
                .description("Initial recursion limit, a positive integer (default 1000).")
                .build());
        spec.addOption(OptionSpec.builder("--debug")
                .arity("0")
                .type(boolean.class)
                .description("Show the Java stack trace of an internal error.")
                .build());
        spec.addOption(OptionSpec.builder("-h", "--help")
                .usageHelp(true)
                .arity("0")
                .type(boolean.class)
                .description("Show this help and exit.")
                .build());
        spec.addOption(OptionSpec.builder("-V", "--version")
                .versionHelp(true)
                .arity("0")
                .type(boolean.class)
                .description("Print the version and exit.")
                .build());
        spec.addOption(OptionSpec.builder("--completion")
                .paramLabel("SHELL")
                .arity("1")
                .type(String.class)
                .converters(choice(List.of("bash")))
                .completionCandidates(List.of("bash"))
                .description("Print a completion script and exit: "
                        + "source <(repl --completion bash).")
                .build());
        spec.addOption(OptionSpec.builder("--man")
                .arity("0")
                .type(boolean.class)
                .description("Print the manual page (troff) and exit: repl --man | man -l -.")
                .build());
        spec.addOption(OptionSpec.builder("--train")
                .hidden(true)
                .arity("0")
                .type(boolean.class)
                .description("Used by the launcher to fill its class archive.")
                .build());
        spec.addPositional(PositionalParamSpec.builder()
                .paramLabel("FILE")
                .arity("0..*")
                .type(String[].class)
                .auxiliaryTypes(String.class)
                .hidden(true)
                .parameterConsumer((Stack<String> rest, ArgSpec arg, CommandSpec cmd) -> {
                    program.file = rest.pop();
                    program.drain(rest);
                })
                .build());
        return spec;
    }

    private static CommandLine.ITypeConverter<String> choice(List<String> values) {
        return value -> {
            if (values.contains(value)) {
                return value;
            }
            throw new TypeConversionException(Quote.single(value) + " is not one of "
                    + String.join(", ", values));
        };
    }

    private static Integer positiveInt(String value) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new TypeConversionException(Quote.single(value) + " is not a positive integer");
    }

    /** One line for picocli's message, without the {@code tint: } prefix. */
    static String message(ParameterException e) {
        String text = e.getMessage() == null ? "bad command line" : e.getMessage();
        int newline = text.indexOf('\n');
        if (newline >= 0) {
            text = text.substring(0, newline).strip();
        }
        if (e instanceof UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            if (!unmatched.isEmpty()) {
                text = "unknown option: " + Quote.single(unmatched.get(0));
                List<String> suggestions = u.getSuggestions();
                if (!suggestions.isEmpty()) {
                    text += " (did you mean '" + suggestions.get(0) + "'?)";
                }
            }
        }
        if (!text.isEmpty() && Character.isUpperCase(text.charAt(0))
                && (text.length() == 1 || !Character.isUpperCase(text.charAt(1)))) {
            text = Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }
}
