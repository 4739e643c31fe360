package dev.tint.eval.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * {@code sys.stdout} / {@code sys.stderr}: a text stream over a Java Writer. Writes are buffered;
 * the runner flushes at exit, before reading input, and before a traceback is printed, so output
 * keeps the order the program wrote it in.
 */
public final class PyTextStream implements PyObject {
    public static final PyType TYPE = new PyType("TextIOWrapper", PyType.OBJECT).withModule("_io");

    private final Writer writer;
    private final String name;
    private final boolean lineBuffered;

    public PyTextStream(Writer writer, String name, boolean lineBuffered) {
        this.writer = writer;
        this.name = name;
        this.lineBuffered = lineBuffered;
    }

    public String name() {
        return name;
    }

    public void write(String s) {
        try {
            writer.write(s);
            if (lineBuffered && s.indexOf('\n') >= 0) {
                writer.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void flush() {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
