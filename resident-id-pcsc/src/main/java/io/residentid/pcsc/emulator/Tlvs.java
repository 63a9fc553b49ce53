package io.residentid.pcsc.emulator;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/** Minimal flat TLV access for the emulated applets' command data (1–2 byte tags, definite lengths). */
final class Tlvs {

    private final byte[] data;

    Tlvs(byte[] data) {
        this.data = data;
    }

    /** The value of the first top-level TLV with {@code tag}, or {@code null}. */
    byte[] get(int tag) {
        int pos = 0;
        while (pos < data.length) {
            int t = data[pos++] & 0xFF;
            if ((t & 0x1F) == 0x1F && pos < data.length) {
                t = (t << 8) | (data[pos++] & 0xFF);
            }
            if (pos >= data.length) {
                return null;
            }
            int len = data[pos++] & 0xFF;
            if (len == 0x81 && pos < data.length) {
                len = data[pos++] & 0xFF;
            } else if (len == 0x82 && pos + 1 < data.length) {
                len = ((data[pos] & 0xFF) << 8) | (data[pos + 1] & 0xFF);
                pos += 2;
            } else if (len > 0x7F) {
                return null;
            }
            if (len > data.length - pos) {
                return null;
            }
            if (t == tag) {
                return Arrays.copyOfRange(data, pos, pos + len);
            }
            pos += len;
        }
        return null;
    }

    static void write(ByteArrayOutputStream out, int tag, byte[] value) {
        if (tag > 0xFF) {
            out.write(tag >>> 8);
        }
        out.write(tag);
        int length = value.length;
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
        out.write(value, 0, value.length);
    }
}
