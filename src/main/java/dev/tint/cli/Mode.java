package dev.tint.cli;

/** What an invocation of {@code repl} asks for. */
public enum Mode {
    /** {@code -h}/{@code --help}: print the help and exit 0. */
    HELP,
    /** {@code -V}/{@code --version}: print the version and exit 0. */
    VERSION,
    /** {@code --completion bash}: print a shell completion script and exit 0. */
    COMPLETION,
    /** {@code --man}: print the manual page (troff) and exit 0. */
    MAN,
    /** {@code repl FILE ARGS...}: run a script. */
    FILE,
    /** {@code repl -c CODE ARGS...}: run code given on the command line. */
    CODE,
    /** {@code repl - ARGS...}: run a script read from stdin, silently. */
    STDIN,
    /** {@code repl}: the REPL if stdin is a terminal, else the piped script (transcript mode). */
    DEFAULT,
    /** {@code repl --transcript FILE}: run a file as a doctest-style transcript. */
    TRANSCRIPT,
    /** {@code repl test PATH...}: the doctest runner. */
    TEST,
    /** The launcher's hidden {@code --train}: exercise the interpreter to fill a class archive. */
    TRAIN
}
