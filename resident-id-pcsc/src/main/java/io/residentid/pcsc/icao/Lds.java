package io.residentid.pcsc.icao;

import io.residentid.pcsc.tlv.TlvException;
import io.residentid.pcsc.tlv.TlvSlice;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Shared helpers of the LDS parsers. */
final class Lds {

    private Lds() {
    }

    static void requireSize(byte[] encoded, int max, String what) {
        if (encoded == null || encoded.length == 0) {
            throw new LdsFormatException(what + " is empty");
        }
        if (encoded.length > max) {
            throw new LdsFormatException(what + " is larger than " + max + " bytes");
        }
    }

    /** The outer TLV of a file, which must carry the file's tag and span all bytes. */
    static TlvSlice root(byte[] encoded, LdsFile file) {
        TlvSlice root = TlvSlice.single(encoded);
        if (root.tag() != file.tag()) {
            throw new LdsFormatException(String.format("%s must start with tag %02X, found %X", file, file.tag(),
                    root.tag()));
        }
        return root;
    }

    /** A TLV defect of an LDS file as the LDS parsers' exception (the TLV codec's reason and offset kept). */
    static LdsFormatException malformed(TlvException e) {
        String what = switch (e.reason()) {
            case TRUNCATED_VALUE -> "TLV length exceeds the bytes present";
            case TRAILING_BYTES -> "trailing bytes after TLV";
            case TOO_MANY_OBJECTS -> "too many TLV elements";
            default -> "malformed TLV";
        };
        return new LdsFormatException(what + ": " + e.getMessage(), e);
    }

    static String ascii(byte[] value, String what) {
        for (byte b : value) {
            if (b < 0x20 || b > 0x7E) {
                throw new LdsFormatException(what + " is not printable ASCII");
            }
        }
        return new String(value, StandardCharsets.US_ASCII);
    }

    /** UTF-8 text (LDS 1.7); falls back to ISO 8859-1 for older chips that wrote Latin-1. */
    static String text(byte[] value) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(value)).toString();
        } catch (CharacterCodingException e) {
            return new String(value, StandardCharsets.ISO_8859_1);
        }
    }
}
