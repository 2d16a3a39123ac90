package org.w3id.resgraph.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly: a byte sequence that is not UTF-8 is an error naming its position,
 * never a silent replacement character. A leading byte order mark is not part of the text.
 * Line ends are kept as they are, so offsets count characters of the file itself.
 */
final class TextDecoder {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TextDecoder() {}

    static String decode(SourceFile file) throws ReadException {
        byte[] bytes = file.bytes();
        int start = hasBom(bytes) ? BOM.length : 0;
        if (bytes.length - start == 0) {
            throw new ReadException(file.name(), "is empty");
        }
        if (looksUtf16(bytes)) {
            throw new ReadException(file.name(), "is UTF-16; convert it to UTF-8");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            CharBuffer out = decoder.decode(in);
            String text = out.toString();
            if (text.indexOf('\0') >= 0) {
                throw new ReadException(file.name(), "holds NUL characters: a binary file, not a text");
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new ReadException(file.name(), "is not valid UTF-8 near byte " + firstBadByte(bytes, start)
                    + " (other encodings such as GB18030 must be converted to UTF-8 first)");
        }
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && b[0] == BOM[0] && b[1] == BOM[1] && b[2] == BOM[2];
    }

    private static boolean looksUtf16(byte[] b) {
        return b.length >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF));
    }

    private static long firstBadByte(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }
}
