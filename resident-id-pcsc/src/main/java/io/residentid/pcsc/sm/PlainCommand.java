package io.residentid.pcsc.sm;

import java.io.ByteArrayOutputStream;

/**
 * A minimal view of an ISO 7816-4 command APDU (cases 1–4, short and extended), enough for secure messaging to
 * protect and unprotect it without depending on a full APDU codec.
 *
 * @param ne expected response length, 0 when absent, up to 65536
 */
record PlainCommand(int cla, int ins, int p1, int p2, byte[] data, int ne) {

    static PlainCommand parse(byte[] apdu) {
        if (apdu == null || apdu.length < 4) {
            throw new SecureMessagingException("command APDU shorter than its 4-byte header");
        }
        int cla = apdu[0] & 0xFF;
        int ins = apdu[1] & 0xFF;
        int p1 = apdu[2] & 0xFF;
        int p2 = apdu[3] & 0xFF;
        int n = apdu.length;
        if (n == 4) {
            return new PlainCommand(cla, ins, p1, p2, new byte[0], 0);
        }
        int b4 = apdu[4] & 0xFF;
        if (n == 5) {
            return new PlainCommand(cla, ins, p1, p2, new byte[0], b4 == 0 ? 256 : b4);
        }
        if (b4 != 0) {
            int lc = b4;
            if (n == 5 + lc) {
                return new PlainCommand(cla, ins, p1, p2, copy(apdu, 5, lc), 0);
            }
            if (n == 6 + lc) {
                int le = apdu[n - 1] & 0xFF;
                return new PlainCommand(cla, ins, p1, p2, copy(apdu, 5, lc), le == 0 ? 256 : le);
            }
            throw new SecureMessagingException("command APDU length does not match Lc");
        }
        if (n < 7) {
            throw new SecureMessagingException("truncated extended-length command APDU");
        }
        int ext = ((apdu[5] & 0xFF) << 8) | (apdu[6] & 0xFF);
        if (n == 7) {
            return new PlainCommand(cla, ins, p1, p2, new byte[0], ext == 0 ? 65536 : ext);
        }
        int lc = ext;
        if (lc == 0) {
            throw new SecureMessagingException("extended Lc of zero");
        }
        if (n == 7 + lc) {
            return new PlainCommand(cla, ins, p1, p2, copy(apdu, 7, lc), 0);
        }
        if (n == 9 + lc) {
            int le = ((apdu[n - 2] & 0xFF) << 8) | (apdu[n - 1] & 0xFF);
            return new PlainCommand(cla, ins, p1, p2, copy(apdu, 7, lc), le == 0 ? 65536 : le);
        }
        throw new SecureMessagingException("command APDU length does not match extended Lc");
    }

    /** Encodes in short form when both Nc and Ne fit, extended otherwise. */
    byte[] encode() {
        boolean extended = data.length > 255 || ne > 256;
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 9);
        out.write(cla);
        out.write(ins);
        out.write(p1);
        out.write(p2);
        if (data.length > 0) {
            if (extended) {
                out.write(0);
                out.write(data.length >>> 8);
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
                out.write(ne == 65536 ? 0 : ne >>> 8);
                out.write(ne == 65536 ? 0 : ne);
            } else {
                out.write(ne == 256 ? 0 : ne);
            }
        }
        return out.toByteArray();
    }

    private static byte[] copy(byte[] src, int offset, int length) {
        byte[] out = new byte[length];
        System.arraycopy(src, offset, out, 0, length);
        return out;
    }
}
