package io.residentid.mdoc.transport;

import io.residentid.mdoc.MdocCode;
import io.residentid.mdoc.MdocFormatException;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/** The few APDUs the mdoc NFC flows need, encoded here (the PC/SC module's codec is not a dependency). */
final class Apdus {
    private Apdus() {
    }

    /** A command; extended length when the data exceed 255 bytes or {@code ne} exceeds 256. */
    static byte[] command(int cla, int ins, int p1, int p2, byte[] data, int ne) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 9);
        out.write(cla);
        out.write(ins);
        out.write(p1);
        out.write(p2);
        boolean extended = data.length > 255 || ne > 256;
        if (data.length > 0) {
            if (extended) {
                out.write(0);
                out.write(data.length >> 8);
                out.write(data.length);
            } else {
                out.write(data.length);
            }
            out.write(data, 0, data.length);
        }
        if (ne > 0) {
            if (extended) {
                if (data.length == 0) {
                    out.write(0);
                }
                out.write(ne >= 65536 ? 0 : ne >> 8);
                out.write(ne >= 65536 ? 0 : ne);
            } else {
                out.write(ne >= 256 ? 0 : ne);
            }
        }
        return out.toByteArray();
    }

    /** The status word of a response. */
    static int sw(byte[] response) {
        if (response == null || response.length < 2) {
            throw new MdocFormatException(MdocCode.TRANSPORT_FAILED, -1, null, null, "short response");
        }
        return ((response[response.length - 2] & 0xFF) << 8) | (response[response.length - 1] & 0xFF);
    }

    /** The data of a response. */
    static byte[] data(byte[] response) {
        return Arrays.copyOf(response, response.length - 2);
    }

    /** Requires 9000 and returns the data. */
    static byte[] ok(byte[] response, String what) {
        int sw = sw(response);
        if (sw != 0x9000) {
            throw new MdocFormatException(MdocCode.TRANSPORT_FAILED, -1, null, null,
                    what + " SW " + String.format("%04X", sw));
        }
        return data(response);
    }
}
