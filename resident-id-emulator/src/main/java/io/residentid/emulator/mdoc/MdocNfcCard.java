package io.residentid.emulator.mdoc;

import io.residentid.core.model.Bytes;
import io.residentid.emulator.VirtualCard;
import io.residentid.mdoc.MdocFormatException;
import io.residentid.mdoc.engagement.DeviceEngagement;
import io.residentid.mdoc.transport.NfcEngagement;
import io.residentid.mdoc.transport.NfcTransport;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;

/**
 * The emulated holder as a contactless card (so it can be served through vpcd/pcscd like the emulated resident
 * card, or driven in process): an NFC Forum Type 4 Tag with the static handover NDEF message (capability container
 * E103, NDEF file E104), and the mdoc application (A0000002480400) answering ENVELOPE (with command chaining) and
 * GET RESPONSE. Each power-on or reset is a new tap: a new ephemeral key and engagement.
 */
public final class MdocNfcCard implements VirtualCard {
    private static final byte[] ATR = {0x3B, (byte) 0x80, (byte) 0x80, 0x01, 0x01};
    private static final int NDEF_FILE = 0xE104;
    private static final int SW_OK = 0x9000;

    private final MdocHolder holder;
    private final int responseChunk;
    private long commands;
    private byte[] ndefFile = new byte[0];
    private int selectedApp; // 0 none, 1 NDEF, 2 mdoc
    private int selectedFile;
    private final ByteArrayOutputStream chained = new ByteArrayOutputStream();
    private byte[] pending = new byte[0];

    /**
     * A card for {@code holder}; replies longer than {@code responseChunk} bytes continue with 61xx and GET
     * RESPONSE.
     *
     * @param holder the holder whose engagement and session the card serves
     * @param responseChunk the most response bytes per APDU
     */
    public MdocNfcCard(MdocHolder holder, int responseChunk) {
        this.holder = holder;
        this.responseChunk = Math.max(16, Math.min(65536, responseChunk));
        powerOn();
    }

    @Override
    public byte[] atr() {
        return ATR.clone();
    }

    @Override
    public synchronized void powerOff() {
        selectedApp = 0;
        selectedFile = 0;
        chained.reset();
        pending = new byte[0];
    }

    @Override
    public synchronized void powerOn() {
        powerOff();
        DeviceEngagement engagement = holder.startEngagement(List.of(), null);
        NfcEngagement nfc = NfcEngagement.create(engagement, 65535, 65536);
        holder.handover(nfc.handover());
        byte[] message = nfc.handoverSelect().toByteArray();
        ndefFile = new byte[message.length + 2];
        ndefFile[0] = (byte) (message.length >> 8);
        ndefFile[1] = (byte) message.length;
        System.arraycopy(message, 0, ndefFile, 2, message.length);
    }

    @Override
    public synchronized void reset() {
        powerOn();
    }

    @Override
    public synchronized long commandCount() {
        return commands;
    }

    /** The bytes of the capability container. */
    private static byte[] capabilityContainer() {
        return new byte[] {0x00, 0x0F, 0x20, 0x00, (byte) 0xFF, 0x00, (byte) 0xFF, 0x04, 0x06,
            (byte) (NDEF_FILE >> 8), (byte) NDEF_FILE, 0x10, 0x00, 0x00, (byte) 0xFF};
    }

    @Override
    public synchronized byte[] process(byte[] apdu) {
        commands++;
        try {
            return handle(apdu);
        } catch (RuntimeException e) {
            return sw(0x6F00);
        }
    }

    private byte[] handle(byte[] apdu) {
        if (apdu.length < 4) {
            return sw(0x6700);
        }
        int cla = apdu[0] & 0xFF;
        int ins = apdu[1] & 0xFF;
        int p1 = apdu[2] & 0xFF;
        int p2 = apdu[3] & 0xFF;
        Body body = Body.parse(apdu);
        if (body == null) {
            return sw(0x6700);
        }
        switch (ins) {
            case 0xA4:
                return select(p1, body.data);
            case 0xB0:
                return readBinary((p1 << 8) | p2, body.ne);
            case 0xC3:
                return envelope(cla, body);
            case 0xC0:
                return getResponse(body.ne);
            default:
                return sw(0x6D00);
        }
    }

    private byte[] select(int p1, byte[] data) {
        if (p1 == 0x04) {
            if (Arrays.equals(data, NfcEngagement.NDEF_AID)) {
                selectedApp = 1;
                selectedFile = 0;
                return sw(SW_OK);
            }
            if (Arrays.equals(data, NfcTransport.MDOC_AID)) {
                selectedApp = 2;
                return sw(SW_OK);
            }
            return sw(0x6A82);
        }
        if (p1 == 0x00 && selectedApp == 1 && data.length == 2) {
            int fid = ((data[0] & 0xFF) << 8) | (data[1] & 0xFF);
            if (fid == NfcEngagement.CC_FILE || fid == NDEF_FILE) {
                selectedFile = fid;
                return sw(SW_OK);
            }
        }
        return sw(0x6A82);
    }

    private byte[] readBinary(int offset, int ne) {
        byte[] file = selectedFile == NfcEngagement.CC_FILE ? capabilityContainer()
                : selectedFile == NDEF_FILE ? ndefFile : null;
        if (file == null) {
            return sw(0x6986);
        }
        if (offset > file.length) {
            return sw(0x6B00);
        }
        int n = Math.min(ne == 0 ? 256 : ne, file.length - offset);
        return withSw(Arrays.copyOfRange(file, offset, offset + n), SW_OK);
    }

    private byte[] envelope(int cla, Body body) {
        if (selectedApp != 2) {
            return sw(0x6985);
        }
        chained.write(body.data, 0, body.data.length);
        if (chained.size() > NfcTransport.MAX_REPLY) {
            chained.reset();
            return sw(0x6700);
        }
        if ((cla & 0x10) != 0) {
            return sw(SW_OK); // more to come
        }
        byte[] tlv = chained.toByteArray();
        chained.reset();
        Bytes reply;
        try {
            reply = holder.handle(Bytes.of(NfcTransport.untlv53(tlv)));
        } catch (MdocFormatException e) {
            return sw(0x6A80);
        }
        pending = reply.isEmpty() ? new byte[0] : NfcTransport.tlv53(reply.toByteArray());
        return getResponse(body.ne);
    }

    private byte[] getResponse(int ne) {
        int limit = Math.min(ne == 0 ? 256 : ne, responseChunk);
        int n = Math.min(limit, pending.length);
        byte[] out = Arrays.copyOf(pending, n);
        pending = Arrays.copyOfRange(pending, n, pending.length);
        int remaining = pending.length;
        return withSw(out, remaining == 0 ? SW_OK : remaining >= 256 ? 0x6100 : 0x6100 | remaining);
    }

    private static byte[] sw(int sw) {
        return new byte[] {(byte) (sw >> 8), (byte) sw};
    }

    private static byte[] withSw(byte[] data, int sw) {
        byte[] out = Arrays.copyOf(data, data.length + 2);
        out[data.length] = (byte) (sw >> 8);
        out[data.length + 1] = (byte) sw;
        return out;
    }

    /** The data and Ne of a command APDU (short or extended). */
    private record Body(byte[] data, int ne) {
        static Body parse(byte[] a) {
            int n = a.length;
            if (n == 4) {
                return new Body(new byte[0], 0);
            }
            if (n == 5) {
                return new Body(new byte[0], a[4] == 0 ? 256 : a[4] & 0xFF);
            }
            if (a[4] != 0) { // short
                int lc = a[4] & 0xFF;
                if (n == 5 + lc) {
                    return new Body(Arrays.copyOfRange(a, 5, 5 + lc), 0);
                }
                if (n == 6 + lc) {
                    return new Body(Arrays.copyOfRange(a, 5, 5 + lc), a[5 + lc] == 0 ? 256 : a[5 + lc] & 0xFF);
                }
                return null;
            }
            if (n == 7) { // extended Le only
                int le = ((a[5] & 0xFF) << 8) | (a[6] & 0xFF);
                return new Body(new byte[0], le == 0 ? 65536 : le);
            }
            if (n < 7) {
                return null;
            }
            int lc = ((a[5] & 0xFF) << 8) | (a[6] & 0xFF);
            if (n == 7 + lc) {
                return new Body(Arrays.copyOfRange(a, 7, 7 + lc), 0);
            }
            if (n == 9 + lc) {
                int le = ((a[7 + lc] & 0xFF) << 8) | (a[8 + lc] & 0xFF);
                return new Body(Arrays.copyOfRange(a, 7, 7 + lc), le == 0 ? 65536 : le);
            }
            return null;
        }
    }
}
