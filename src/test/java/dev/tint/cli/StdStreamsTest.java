package dev.tint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StdStreamsTest {
    @Test
    void passesWritesThrough() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<IOException> failures = new ArrayList<>();
        try (OutputStream out = new StdStreams.GuardedStream(bytes, failures::add)) {
            out.write('a');
            out.write("bcd".getBytes(), 1, 2);
            out.flush();
        }
        assertEquals("acd", bytes.toString());
        assertTrue(failures.isEmpty());
    }

    @Test
    void handsTheFirstErrorToTheFailureAction() {
        List<IOException> failures = new ArrayList<>();
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        OutputStream out = new StdStreams.GuardedStream(broken, failures::add);
        assertThrows(IOException.class, () -> out.write(1));
        assertEquals(1, failures.size());
        assertTrue(StdStreams.isBrokenPipe(failures.get(0)));
    }

    @Test
    void recognisesBrokenPipes() {
        assertTrue(StdStreams.isBrokenPipe(new IOException("Broken pipe")));
        assertFalse(StdStreams.isBrokenPipe(new IOException("No space left on device")));
        assertFalse(StdStreams.isBrokenPipe(new IOException()));
    }
}
