package dev.tint.shell;

import dev.tint.source.Origin;
import dev.tint.source.Source;
import dev.tint.syntax.PySyntaxError;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes program bytes as strict UTF-8 and rejects NUL bytes, with CPython's SyntaxErrors. */
final class SourceDecoder {
    private SourceDecoder() {}

    static String decode(byte[] bytes, Origin origin) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            start = 3; // a UTF-8 byte order mark is allowed, as in CPython
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalid(bytes, start);
            int line = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            String message = String.format("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                    + "but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                    bytes[bad] & 0xff, origin.displayName(), line);
            throw new PySyntaxError("SyntaxError", message, null, line, 0, 0, 0, false);
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            Source src = new Source(origin, text);
            int line = 1;
            for (int i = 0; i < nul; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            throw new PySyntaxError("SyntaxError", "source code cannot contain null bytes", src, line, 0, 0, 0, false);
        }
        return text;
    }

    /** The offset of the first byte that does not start a valid UTF-8 sequence. */
    private static int firstInvalid(byte[] bytes, int from) {
        int i = from;
        int n = bytes.length;
        while (i < n) {
            int b = bytes[i] & 0xff;
            int need;
            int lo = 0x80;
            int hi = 0xBF;
            if (b < 0x80) {
                i++;
                continue;
            } else if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 2;
                lo = b == 0xE0 ? 0xA0 : 0x80;
                hi = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 3;
                lo = b == 0xF0 ? 0x90 : 0x80;
                hi = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                return i;
            }
            if (i + need >= n) {
                return i;
            }
            int second = bytes[i + 1] & 0xff;
            if (second < lo || second > hi) {
                return i;
            }
            for (int k = 2; k <= need; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += need + 1;
        }
        return Math.max(from, n - 1);
    }
}
