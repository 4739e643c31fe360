package dev.tint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tint.shell.RunOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CliTest {
    private static Invocation parse(String... argv) throws UsageException {
        return Cli.parse(List.of(argv), Map.of());
    }

    private static Invocation parse(Map<String, String> env, String... argv) throws UsageException {
        return Cli.parse(List.of(argv), env);
    }

    private static String usageError(String... argv) {
        return assertThrows(UsageException.class, () -> parse(argv)).getMessage();
    }

    // --- modes ---

    @Test
    void noArgumentsIsTheDefaultMode() throws Exception {
        Invocation i = parse();
        assertEquals(Mode.DEFAULT, i.mode());
        assertNull(i.program());
        assertEquals(List.of(), i.args());
        assertEquals(RunOptions.defaults(), i.options());
    }

    @Test
    void fileWithArguments() throws Exception {
        Invocation i = parse("prog.py", "a", "b");
        assertEquals(Mode.FILE, i.mode());
        assertEquals("prog.py", i.program());
        assertEquals(List.of("a", "b"), i.args());
    }

    @Test
    void codeWithArguments() throws Exception {
        Invocation i = parse("-c", "print(1)", "x");
        assertEquals(Mode.CODE, i.mode());
        assertEquals("print(1)", i.program());
        assertEquals(List.of("x"), i.args());
    }

    @Test
    void codeAttachedToTheOption() throws Exception {
        Invocation i = parse("-cprint(1)", "x");
        assertEquals(Mode.CODE, i.mode());
        assertEquals("print(1)", i.program());
        assertEquals(List.of("x"), i.args());
    }

    @Test
    void codeThatLooksLikeAnOption() throws Exception {
        Invocation i = parse("-c", "--help");
        assertEquals(Mode.CODE, i.mode());
        assertEquals("--help", i.program());
    }

    @Test
    void dashReadsTheProgramFromStdin() throws Exception {
        Invocation i = parse("-", "a", "-c", "b");
        assertEquals(Mode.STDIN, i.mode());
        assertNull(i.program());
        assertEquals(List.of("a", "-c", "b"), i.args());
    }

    @Test
    void helpAndVersion() throws Exception {
        assertEquals(Mode.HELP, parse("-h").mode());
        assertEquals(Mode.HELP, parse("--help").mode());
        assertEquals(Mode.HELP, parse("--locals", "--help").mode());
        assertEquals(Mode.VERSION, parse("-V").mode());
        assertEquals(Mode.VERSION, parse("--version").mode());
    }

    @Test
    void helpAndVersionAnswerEvenWithABadColorsVariable() throws Exception {
        Invocation i = parse(Map.of("COLORS", "yes"), "--help");
        assertEquals(Mode.HELP, i.mode());
        assertEquals("never", i.options().color());
        assertEquals(Mode.VERSION, parse(Map.of("COLORS", "yes"), "--version").mode());
    }

    @Test
    void hiddenTrainingMode() throws Exception {
        assertEquals(Mode.TRAIN, parse("--train").mode());
        assertFalse(Cli.usage(false).contains("--train"));
    }

    // --- everything after the program belongs to it ---

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "-V", "--version", "--color=never", "--bogus", "--",
            "-c", "-", "@args.txt", "--path", "--recursion-limit=0"})
    void argumentsAfterTheFileAreUntouched(String arg) throws Exception {
        Invocation i = parse("prog.py", arg, "tail");
        assertEquals(Mode.FILE, i.mode());
        assertEquals(List.of(arg, "tail"), i.args());
        assertEquals(RunOptions.defaults(), i.options());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-V", "--color=never", "--bogus", "--", "-c", "-"})
    void argumentsAfterTheCodeAreUntouched(String arg) throws Exception {
        Invocation i = parse("-c", "pass", arg, "tail");
        assertEquals(List.of(arg, "tail"), i.args());
        assertEquals(RunOptions.defaults(), i.options());
    }

    @Test
    void doubleDashEndsTheOptions() throws Exception {
        Invocation i = parse("--", "--weird-name.py", "--", "x");
        assertEquals(Mode.FILE, i.mode());
        assertEquals("--weird-name.py", i.program());
        assertEquals(List.of("--", "x"), i.args());
    }

    @Test
    void atSignIsAFileNameNotAnArgumentFile() throws Exception {
        Invocation i = parse("@prog.py");
        assertEquals(Mode.FILE, i.mode());
        assertEquals("@prog.py", i.program());
    }

    // --- options ---

    @Test
    void allOptionsBeforeTheProgram() throws Exception {
        Invocation i = parse("--color=always", "--theme", "light", "--path", "lib", "--path=vendor",
                "--frames=all", "--locals", "--recursion-limit", "50", "--debug", "prog.py", "x");
        RunOptions o = i.options();
        assertEquals("always", o.color());
        assertEquals("light", o.theme());
        assertEquals(List.of(Path.of("lib"), Path.of("vendor")), o.libraryPath());
        assertEquals("all", o.frames());
        assertTrue(o.locals());
        assertEquals(50, o.recursionLimit());
        assertTrue(o.debug());
        assertEquals(List.of("x"), i.args());
    }

    @Test
    void optionsAfterDashC() throws Exception {
        Invocation i = parse("--frames", "user", "-c", "pass", "--frames", "all");
        assertEquals("user", i.options().frames());
        assertEquals(List.of("--frames", "all"), i.args());
    }

    @ParameterizedTest
    @ValueSource(strings = {"auto", "always", "never"})
    void colorValues(String value) throws Exception {
        assertEquals(value, parse("--color=" + value).options().color());
        assertEquals(value, parse("--color", value).options().color());
    }

    @Test
    void theColorFlagBeatsTheEnvironment() throws Exception {
        assertEquals("never", parse(Map.of("COLORS", "1", "FORCE_COLOR", "1"), "--color=never")
                .options().color());
    }

    @Test
    void themeFromTheEnvironmentUnlessGiven() throws Exception {
        assertEquals("mono", parse(Map.of("TINT_THEME", "mono")).options().theme());
        assertEquals("light", parse(Map.of("TINT_THEME", "mono"), "--theme=light").options().theme());
        assertNull(parse(Map.of("TINT_THEME", "")).options().theme());
    }

    @Test
    void tintpathComesAfterThePathFlags() throws Exception {
        Invocation i = parse(Map.of("TINTPATH", "/a:/b"), "--path", "first", "-c", "pass");
        assertEquals(List.of(Path.of("first"), Path.of("/a"), Path.of("/b")),
                i.options().libraryPath());
    }

    // --- usage errors ---

    @Test
    void unknownOption() {
        assertEquals("unknown option: '--bogus'", usageError("--bogus"));
        assertEquals("unknown option: '-x'", usageError("-x", "prog.py"));
    }

    @Test
    void unknownOptionSuggestsTheNearestOne() {
        assertEquals("unknown option: '--colour' (did you mean '--color'?)", usageError("--colour"));
    }

    @Test
    void missingValues() {
        assertTrue(usageError("--theme").startsWith("missing required parameter for option '--theme'"),
                usageError("--theme"));
        assertTrue(usageError("--color", "--locals").contains("'--color'"));
        assertEquals("option -c needs an argument (the code to run)", usageError("-c"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--color=blue|invalid value for option '--color': 'blue' is not one of auto, always, never",
        "--color=|invalid value for option '--color': '' is not one of auto, always, never",
        "--frames=some|invalid value for option '--frames': 'some' is not one of all, auto, user",
        "--recursion-limit=0|invalid value for option '--recursion-limit': '0' is not a positive integer",
        "--recursion-limit=-5|invalid value for option '--recursion-limit': '-5' is not a positive integer",
        "--recursion-limit=ten|invalid value for option '--recursion-limit': 'ten' is not a positive integer",
        "--recursion-limit=99999999999|invalid value for option '--recursion-limit': '99999999999' is not a positive integer",
    })
    void badValues(String arg, String message) {
        assertEquals(message, usageError(arg));
    }

    @Test
    void flagsTakeNoValue() {
        assertTrue(usageError("--locals=yes").contains("--locals"));
    }

    @Test
    void badColorsVariableIsAUsageError() {
        UsageException e = assertThrows(UsageException.class,
                () -> parse(Map.of("COLORS", "yes"), "prog.py"));
        assertEquals("COLORS must be 0 or 1, not 'yes'", e.getMessage());
    }

    @Test
    void messagesAreOneLine() {
        for (String[] argv : new String[][] {{"--bogus"}, {"--theme"}, {"--color=x\ny"}, {"-c"},
                {"--recursion-limit", "1\n2"}}) {
            String message = usageError(argv);
            assertFalse(message.contains("\n"), message);
        }
    }

    // --- help ---

    @Test
    void helpTextHasTheImportantSections() {
        String help = Cli.usage(false);
        assertTrue(help.startsWith("Usage: repl [OPTION...] [FILE | -c CODE | -] [ARG...]"), help);
        for (String part : new String[] {"Modes:", "Options:", "Environment:", "Examples:",
                "Exit status:", "--color=WHEN", "--theme=NAME|FILE", "--path=DIR", "--frames=WHICH",
                "--locals", "--recursion-limit=N", "--debug", "--help", "--version", "COLORS=0|1",
                "NO_COLOR", "FORCE_COLOR", "TERM=dumb", "TINTPATH", "TINT_THEME", "TINT_JAVA_OPTS"}) {
            assertTrue(help.contains(part), part);
        }
        assertFalse(help.contains("\u001b"), "plain help has no escapes");
        for (String line : help.split("\n")) {
            assertTrue(line.length() <= 80, "line longer than 80: " + line);
        }
    }

    @Test
    void coloredHelpHasEscapes() {
        assertTrue(Cli.usage(true).contains("\u001b["));
    }

    // --- completion ---

    @Test
    void completionMode() throws Exception {
        Invocation i = parse("--completion", "bash");
        assertEquals(Mode.COMPLETION, i.mode());
        assertEquals("bash", i.program());
        assertEquals("invalid value for option '--completion': 'fish' is not one of bash",
                usageError("--completion=fish"));
    }

    @Test
    void completionScriptKnowsTheOptionsAndTheirValues() {
        String script = Cli.completionScript();
        assertTrue(script.startsWith("#!/usr/bin/env bash"), script);
        assertTrue(script.contains("complete -F _complete_repl"), script);
        assertTrue(script.contains("(\"auto\" \"always\" \"never\")"), script);
        assertTrue(script.contains("(\"all\" \"auto\" \"user\")"), script);
        assertTrue(script.contains("'--path')"), script);
        assertFalse(script.contains("--train"), script);
    }

    @Test
    void transcriptAndTestModes() throws Exception {
        Invocation t = Cli.parse(List.of("--frames=all", "--transcript", "demo.py"), Map.of());
        assertEquals(Mode.TRANSCRIPT, t.mode());
        assertEquals("demo.py", t.program());
        assertEquals("all", t.options().frames());
        Invocation test = Cli.parse(List.of("--color=never", "test", "-x", "docs"), Map.of());
        assertEquals(Mode.TEST, test.mode());
        assertEquals(List.of("-x", "docs"), test.args());
        assertThrows(UsageException.class, () -> Cli.parse(List.of("--transcript", "a.py", "-c", "pass"), Map.of()));
        assertThrows(UsageException.class, () -> Cli.parse(List.of("--transcript"), Map.of()));
    }

    // --- the fast path for command lines without options agrees with picocli ---

    @ParameterizedTest
    @ValueSource(strings = {"", "prog.py", "prog.py a b", "prog.py --help -V", "- a -c", "-",
            "-c pass", "-c pass --locals x", "@file", "a=b c", "-c --version",
            "prog.py -- --", "x.tint -c pass", "-V", "--version", "test", "test docs -v --junit r.xml"})
    void withoutOptionsAgreesWithPicocli(String line) throws Exception {
        List<String> argv = line.isEmpty() ? List.of() : List.of(line.split(" "));
        Map<String, String> env = Map.of("TINTPATH", "/lib", "TINT_THEME", "mono", "NO_COLOR", "1");
        Invocation fast = Cli.withoutOptions(argv, env);
        assertTrue(fast != null, "the fast path should take " + argv);
        assertEquals(Cli.withPicocli(argv, env), fast);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--locals prog.py", "-c", "-cpass", "-- prog.py", "-V x", "--bogus", "-1",
            "--color=never -c pass"})
    void commandLinesWithOptionsGoToPicocli(String line) throws Exception {
        assertNull(Cli.withoutOptions(List.of(line.split(" ")), Map.of()));
    }

    @Test
    void theFastPathValidatesTheEnvironmentToo() {
        assertThrows(UsageException.class, () -> Cli.withoutOptions(List.of("prog.py"),
                Map.of("COLORS", "yes")));
    }
}
