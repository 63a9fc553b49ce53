package io.residentid.pcsc.icao;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

/** Builds the few command APDUs the ICAO protocols use and splits responses. */
final class Apdus {

    static final int SW_OK = 0x9000;

    private Apdus() {
    }

    static byte[] command(int cla, int ins, int p1, int p2, byte[] data, int ne) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean extended = (data != null && data.length > 255) || ne > 256;
        out.write(cla);
        out.write(ins);
        out.write(p1);
        out.write(p2);
        if (data != null && data.length > 0) {
            if (extended) {
                out.write(0);
                out.write(data.length >>> 8);
            }
            out.write(data.length);
            out.write(data, 0, data.length);
        }
        if (ne > 0) {
            if (extended) {
                if (data == null || data.length == 0) {
                    out.write(0);
                }
                out.write(ne >= 65536 ? 0 : ne >>> 8);
                out.write(ne >= 65536 ? 0 : ne);
            } else {
                out.write(ne >= 256 ? 0 : ne);
            }
        }
        return out.toByteArray();
    }

    static int sw(byte[] response) {
        if (response == null || response.length < 2) {
            throw new LdsFormatException("response APDU shorter than its status word");
        }
        return ((response[response.length - 2] & 0xFF) << 8) | (response[response.length - 1] & 0xFF);
    }

    static byte[] data(byte[] response) {
        return Arrays.copyOf(response, response.length - 2);
    }

    /** Transmits and returns the data of a 9000 response; other status words throw {@link CardStatusException}. */
    static byte[] expectOk(Transceiver t, byte[] command, String what) throws IOException, CardStatusException {
        byte[] response = t.transmit(command);
        int sw = sw(response);
        if (sw != SW_OK) {
            throw new CardStatusException(what, sw);
        }
        return data(response);
    }

    /** A status word other than 9000 for a step that needs success. */
    static final class CardStatusException extends Exception {
        private static final long serialVersionUID = 1L;
        final int statusWord;

        CardStatusException(String what, int statusWord) {
            super(String.format("%s: card answered %04X", what, statusWord));
            this.statusWord = statusWord;
        }
    }
}
