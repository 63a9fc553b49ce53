package io.residentid.mdoc.transport;

import io.residentid.core.model.Bytes;
import io.residentid.mdoc.MdocCode;
import io.residentid.mdoc.MdocFormatException;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * NFC data retrieval (ISO/IEC 18013-5 §8.3.3.1.2) over ISO 7816 APDUs: SELECT the mdoc application
 * (A0000002480400), then each session message goes in an ENVELOPE (INS C3) as BER-TLV tag 53, with extended length
 * and command chaining (CLA 10) when longer than the command limit; the reply comes back as tag 53, continued with
 * GET RESPONSE (INS C0) while the mdoc answers 61xx. Replies are bounded to {@value #MAX_REPLY} bytes.
 */
public final class NfcTransport implements MdocTransport {
    /** The mdoc application AID. */
    public static final byte[] MDOC_AID = {(byte) 0xA0, 0x00, 0x00, 0x02, 0x48, 0x04, 0x00};
    /** The largest reply accepted. */
    public static final int MAX_REPLY = 8 * 1024 * 1024;

    private final ApduExchanger card;
    private final int maxCommandData;
    private long apdus;
    private boolean closed;

    private NfcTransport(ApduExchanger card, int maxCommandData) {
        this.card = card;
        this.maxCommandData = maxCommandData;
    }

    /**
     * Selects the mdoc application and returns the transport; {@code maxCommandData} bounds one ENVELOPE's data.
     *
     * @param card the card channel
     * @param maxCommandData the most data bytes in one ENVELOPE
     * @return the transport
     */
    public static NfcTransport open(ApduExchanger card, int maxCommandData) {
        if (maxCommandData < 16 || maxCommandData > 65535) {
            throw new IllegalArgumentException("maxCommandData must be 16..65535");
        }
        NfcTransport t = new NfcTransport(card, maxCommandData);
        Apdus.ok(t.send(Apdus.command(0x00, 0xA4, 0x04, 0x0C, MDOC_AID, 0)), "SELECT mdoc");
        return t;
    }

    private byte[] send(byte[] command) {
        apdus++;
        try {
            return card.transmit(command);
        } catch (MdocFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MdocFormatException(MdocCode.TRANSPORT_FAILED, -1, null, e, e.getClass().getSimpleName());
        }
    }

    /**
     * APDUs sent so far (the SELECT included).
     *
     * @return the number of APDUs
     */
    public synchronized long apduCount() {
        return apdus;
    }

    @Override
    public synchronized Bytes exchange(Bytes message) {
        if (closed) {
            throw new MdocFormatException(MdocCode.TRANSPORT_FAILED, -1, null, null, "closed");
        }
        byte[] tlv = tlv53(message.toByteArray());
        byte[] response = null;
        for (int off = 0; off < tlv.length; off += maxCommandData) {
            int n = Math.min(maxCommandData, tlv.length - off);
            boolean last = off + n >= tlv.length;
            response = send(Apdus.command(last ? 0x00 : 0x10, 0xC3, 0x00, 0x00,
                    Arrays.copyOfRange(tlv, off, off + n), last ? 65536 : 0));
            if (!last) {
                Apdus.ok(response, "ENVELOPE chain");
            }
        }
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        while (true) {
            int sw = Apdus.sw(response);
            byte[] data = Apdus.data(response);
            if (reply.size() + data.length > MAX_REPLY + 16) {
                throw new MdocFormatException(MdocCode.TRANSPORT_FAILED, -1, null, null, "reply too long");
            }
            reply.write(data, 0, data.length);
            if ((sw & 0xFF00) == 0x6100) {
                int ne = (sw & 0xFF) == 0 ? 65536 : sw & 0xFF;
                response = send(Apdus.command(0x00, 0xC0, 0x00, 0x00, new byte[0], ne));
                continue;
            }
            if (sw != 0x9000) {
                throw new MdocFormatException(MdocCode.TRANSPORT_FAILED, -1, null, null,
                        "ENVELOPE SW " + String.format("%04X", sw));
            }
            break;
        }
        byte[] all = reply.toByteArray();
        return all.length == 0 ? Bytes.empty() : Bytes.of(untlv53(all));
    }

    /**
     * BER-TLV with tag 53 and a definite length.
     *
     * @param value the value
     * @return the TLV
     */
    public static byte[] tlv53(byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length + 6);
        out.write(0x53);
        int n = value.length;
        if (n < 0x80) {
            out.write(n);
        } else if (n < 0x100) {
            out.write(0x81);
            out.write(n);
        } else if (n < 0x10000) {
            out.write(0x82);
            out.write(n >> 8);
            out.write(n);
        } else {
            out.write(0x83);
            out.write(n >> 16);
            out.write(n >> 8);
            out.write(n);
        }
        out.write(value, 0, n);
        return out.toByteArray();
    }

    /**
     * {@return the value of a tag-53 TLV that must span all of {@code tlv}}
     *
     * @param tlv the TLV
     */
    public static byte[] untlv53(byte[] tlv) {
        if (tlv.length < 2 || (tlv[0] & 0xFF) != 0x53) {
            throw MdocFormatException.structure("ENVELOPE", "a tag-53 TLV");
        }
        int first = tlv[1] & 0xFF;
        int pos = 2;
        int length;
        if (first < 0x80) {
            length = first;
        } else {
            int n = first & 0x7F;
            if (n < 1 || n > 3 || tlv.length < 2 + n) {
                throw MdocFormatException.structure("ENVELOPE", "a TLV length of 1-3 bytes");
            }
            length = 0;
            for (int i = 0; i < n; i++) {
                length = (length << 8) | (tlv[pos++] & 0xFF);
            }
        }
        if (length != tlv.length - pos) {
            throw MdocFormatException.structure("ENVELOPE", "a TLV of the length declared");
        }
        return Arrays.copyOfRange(tlv, pos, tlv.length);
    }

    @Override
    public synchronized void close() {
        closed = true;
    }
}
