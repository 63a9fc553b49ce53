package io.residentid.pcsc.icao;

import io.residentid.pcsc.tlv.TlvException;
import io.residentid.pcsc.tlv.TlvReader;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * LDS views over BER-TLV (decoded with {@link TlvReader} of {@code io.residentid.pcsc.tlv}: definite lengths up to
 * 4 bytes, checked against what is really there) and a small writer for the LDS encoders. Nodes point into the
 * original array, so data-group bytes are never re-encoded (hashes are over the bytes as read).
 */
final class Tlv {

    /** One TLV: tag, whether constructed, and where its value lies in {@code buffer}. */
    record Node(int tag, boolean constructed, byte[] buffer, int start, int valueOffset, int valueLength) {

        int end() {
            return valueOffset + valueLength;
        }

        byte[] value() {
            return Arrays.copyOfRange(buffer, valueOffset, valueOffset + valueLength);
        }

        byte[] encoded() {
            return Arrays.copyOfRange(buffer, start, end());
        }

        /** The children of a constructed node (at most {@code maxChildren}). */
        List<Node> children(int maxChildren) {
            return Tlv.sequence(buffer, valueOffset, end(), maxChildren);
        }

        /** The first child with {@code tag}, or {@code null}. */
        Node child(int tag) {
            for (Node n : children(MAX_CHILDREN)) {
                if (n.tag() == tag) {
                    return n;
                }
            }
            return null;
        }
    }

    static final int MAX_CHILDREN = 4096;

    private Tlv() {
    }

    /**
     * Reads the TLV at {@code offset}, which must end at or before {@code limit}. The header is decoded by the
     * BER-TLV codec's cursor ({@link TlvReader}); the node is a view into {@code buf}, never a re-encoding.
     */
    static Node read(byte[] buf, int offset, int limit) {
        if (offset >= limit) {
            throw new LdsFormatException("TLV expected but data ended");
        }
        TlvReader reader = TlvReader.of(buf, offset, limit - offset);
        try {
            reader.next();
        } catch (TlvException e) {
            String what = e.reason() == TlvException.Reason.TRUNCATED_VALUE
                    ? "TLV length exceeds the bytes present" : "malformed TLV";
            throw new LdsFormatException(what + ": " + e.getMessage(), e);
        }
        return new Node(reader.tag(), reader.isConstructed(), buf, reader.headerOffset(), reader.valueOffset(),
                reader.valueLength());
    }

    /** Reads the header of the TLV at the start of {@code buf} and returns the total encoded length it declares. */
    static long declaredTotalLength(byte[] prefix) {
        int pos = 0;
        if (prefix.length < 2) {
            return -1;
        }
        int first = prefix[pos++] & 0xFF;
        if ((first & 0x1F) == 0x1F) {
            while (pos < prefix.length && (prefix[pos] & 0x80) != 0) {
                pos++;
            }
            pos++;
        }
        if (pos >= prefix.length) {
            return -1;
        }
        int lengthByte = prefix[pos++] & 0xFF;
        if (lengthByte < 0x80) {
            return pos + (long) lengthByte;
        }
        int count = lengthByte & 0x7F;
        if (count == 0 || count > 4 || pos + count > prefix.length) {
            return -1;
        }
        long length = 0;
        for (int i = 0; i < count; i++) {
            length = (length << 8) | (prefix[pos++] & 0xFF);
        }
        return pos + length;
    }

    /** Reads consecutive TLVs filling {@code [offset, end)}. */
    static List<Node> sequence(byte[] buf, int offset, int end, int maxChildren) {
        List<Node> out = new ArrayList<>();
        int pos = offset;
        while (pos < end) {
            if (out.size() >= maxChildren) {
                throw new LdsFormatException("more than " + maxChildren + " TLV elements");
            }
            Node n = read(buf, pos, end);
            out.add(n);
            pos = n.end();
        }
        return out;
    }

    /** Reads exactly one TLV spanning all of {@code buf}. */
    static Node single(byte[] buf) {
        Node n = read(buf, 0, buf.length);
        if (n.end() != buf.length) {
            throw new LdsFormatException((buf.length - n.end()) + " trailing bytes after TLV");
        }
        return n;
    }

    static void write(ByteArrayOutputStream out, int tag, byte[] value) {
        if (tag > 0xFFFF) {
            out.write(tag >>> 16);
        }
        if (tag > 0xFF) {
            out.write(tag >>> 8);
        }
        out.write(tag);
        writeLength(out, value.length);
        out.write(value, 0, value.length);
    }

    static byte[] encode(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length + 6);
        write(out, tag, value);
        return out.toByteArray();
    }

    static void writeLength(ByteArrayOutputStream out, int length) {
        if (length < 0x80) {
            out.write(length);
        } else if (length <= 0xFF) {
            out.write(0x81);
            out.write(length);
        } else if (length <= 0xFFFF) {
            out.write(0x82);
            out.write(length >>> 8);
            out.write(length);
        } else {
            out.write(0x83);
            out.write(length >>> 16);
            out.write(length >>> 8);
            out.write(length);
        }
    }
}
