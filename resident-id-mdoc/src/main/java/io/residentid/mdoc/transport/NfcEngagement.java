package io.residentid.mdoc.transport;

import io.residentid.core.model.Bytes;
import io.residentid.mdoc.MdocCode;
import io.residentid.mdoc.MdocFormatException;
import io.residentid.mdoc.cbor.CborItem;
import io.residentid.mdoc.cbor.CborSimple;
import io.residentid.mdoc.engagement.DeviceEngagement;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * NFC static handover (ISO/IEC 18013-5 §8.2.2.1): the mdoc is an NFC Forum Type 4 Tag whose NDEF message is a
 * Handover Select ("Hs", version 1.5) with an alternative carrier pointing at the NFC carrier record
 * ({@code iso.org:18013:nfc}) and the DeviceEngagement record ({@code iso.org:18013:deviceengagement}, id
 * {@code mdoc}). The SessionTranscript's handover is {@code [HandoverSelect message, null]}.
 *
 * <p>{@link #read} performs the Type 4 Tag procedure over APDUs: SELECT the NDEF application
 * (D2760000850101), SELECT and READ the capability container (E103), SELECT the NDEF file, READ its length and
 * content. Sizes are bounded (NDEF message at most {@value #MAX_NDEF} bytes).
 *
 * @param engagement the DeviceEngagement from the NDEF message
 * @param handoverSelect the NDEF Handover Select message exactly as read
 */
public record NfcEngagement(DeviceEngagement engagement, Bytes handoverSelect) {
    /** The NDEF Tag Application AID. */
    public static final byte[] NDEF_AID = {(byte) 0xD2, 0x76, 0x00, 0x00, (byte) 0x85, 0x01, 0x01};
    /** The capability container file. */
    public static final int CC_FILE = 0xE103;
    /** The largest NDEF message read. */
    public static final int MAX_NDEF = 4096;
    /** The external type of the DeviceEngagement record. */
    public static final String DEVICE_ENGAGEMENT_TYPE = "iso.org:18013:deviceengagement";
    /** The external type of the NFC carrier configuration record. */
    public static final String NFC_CARRIER_TYPE = "iso.org:18013:nfc";

    /** {@return the handover item for the SessionTranscript: {@code [HandoverSelect, null]}} */
    public CborItem handover() {
        return CborItem.array(CborItem.bytes(handoverSelect), CborSimple.NULL);
    }

    /**
     * Reads the engagement from a tag over APDUs.
     *
     * @param card the card channel
     * @return the engagement and the handover
     */
    public static NfcEngagement read(ApduExchanger card) {
        Apdus.ok(card.transmit(Apdus.command(0x00, 0xA4, 0x04, 0x00, NDEF_AID, 256)), "SELECT NDEF");
        Apdus.ok(card.transmit(Apdus.command(0x00, 0xA4, 0x00, 0x0C, new byte[] {(byte) 0xE1, 0x03}, 0)),
                "SELECT CC");
        byte[] cc = Apdus.ok(card.transmit(Apdus.command(0x00, 0xB0, 0x00, 0x00, new byte[0], 15)), "READ CC");
        if (cc.length < 15 || cc[7] != 0x04 || cc[8] != 0x06) {
            throw new MdocFormatException(MdocCode.TRANSPORT_FAILED, -1, null, null, "capability container");
        }
        int maxRead = Math.max(1, ((cc[3] & 0xFF) << 8) | (cc[4] & 0xFF));
        byte[] ndefFile = {cc[9], cc[10]};
        Apdus.ok(card.transmit(Apdus.command(0x00, 0xA4, 0x00, 0x0C, ndefFile, 0)), "SELECT NDEF file");
        byte[] nlen = Apdus.ok(card.transmit(Apdus.command(0x00, 0xB0, 0x00, 0x00, new byte[0], 2)), "READ NLEN");
        if (nlen.length != 2) {
            throw new MdocFormatException(MdocCode.TRANSPORT_FAILED, -1, null, null, "NLEN");
        }
        int length = ((nlen[0] & 0xFF) << 8) | (nlen[1] & 0xFF);
        if (length == 0 || length > MAX_NDEF) {
            throw new MdocFormatException(MdocCode.TRANSPORT_FAILED, -1, null, null, "NDEF length " + length);
        }
        ByteArrayOutputStream message = new ByteArrayOutputStream(length);
        int offset = 2;
        while (message.size() < length) {
            int chunk = Math.min(Math.min(maxRead, 255), length - message.size());
            byte[] part = Apdus.ok(card.transmit(Apdus.command(0x00, 0xB0, offset >> 8, offset & 0xFF,
                    new byte[0], chunk)), "READ NDEF");
            if (part.length == 0) {
                throw new MdocFormatException(MdocCode.TRANSPORT_FAILED, -1, null, null, "empty READ BINARY");
            }
            message.write(part, 0, Math.min(part.length, length - message.size()));
            offset += part.length;
        }
        return parse(Bytes.of(message.toByteArray()));
    }

    /**
     * Reads a Handover Select NDEF message.
     *
     * @param ndef the NDEF message
     * @return the engagement and the handover
     */
    public static NfcEngagement parse(Bytes ndef) {
        byte[] m = ndef.toByteArray();
        if (m.length > MAX_NDEF) {
            throw new MdocFormatException(MdocCode.STRUCTURE_INVALID, -1, "NDEF", null, "NDEF", "a short message");
        }
        int pos = 0;
        int records = 0;
        boolean handoverSelect = false;
        byte[] engagement = null;
        while (pos < m.length) {
            if (++records > 16 || m.length - pos < 3) {
                throw MdocFormatException.structure("NDEF", "at most 16 well-formed records");
            }
            int header = m[pos++] & 0xFF;
            int typeLength = m[pos++] & 0xFF;
            long payloadLength;
            if ((header & 0x10) != 0) {
                payloadLength = m[pos++] & 0xFF;
            } else {
                if (m.length - pos < 4) {
                    throw MdocFormatException.structure("NDEF", "a payload length");
                }
                payloadLength = ((long) (m[pos] & 0xFF) << 24) | ((m[pos + 1] & 0xFF) << 16)
                        | ((m[pos + 2] & 0xFF) << 8) | (m[pos + 3] & 0xFF);
                pos += 4;
            }
            int idLength = 0;
            if ((header & 0x08) != 0) {
                if (pos >= m.length) {
                    throw MdocFormatException.structure("NDEF", "an ID length");
                }
                idLength = m[pos++] & 0xFF;
            }
            if ((long) typeLength + idLength + payloadLength > m.length - pos) {
                throw MdocFormatException.structure("NDEF", "a record within the message");
            }
            String type = new String(m, pos, typeLength, StandardCharsets.US_ASCII);
            pos += typeLength + idLength;
            byte[] payload = Arrays.copyOfRange(m, pos, pos + (int) payloadLength);
            pos += (int) payloadLength;
            int tnf = header & 0x07;
            if (tnf == 1 && type.equals("Hs")) {
                handoverSelect = true;
            } else if (tnf == 4 && type.equals(DEVICE_ENGAGEMENT_TYPE)) {
                engagement = payload;
            }
            if ((header & 0x40) != 0) {
                break; // message end
            }
        }
        if (!handoverSelect || engagement == null) {
            throw MdocFormatException.structure("NDEF", "a Handover Select with a DeviceEngagement record");
        }
        return new NfcEngagement(DeviceEngagement.parse(Bytes.of(engagement)), ndef);
    }

    /**
     * {@return the Handover Select message an mdoc presents for {@code engagement} (holder side)}
     *
     * @param engagement the DeviceEngagement
     * @param maxCommand the longest command data accepted
     * @param maxResponse the longest response data sent
     */
    public static NfcEngagement create(DeviceEngagement engagement, int maxCommand, int maxResponse) {
        byte[] ac = record(0x01 | 0x10 | 0x80 | 0x40, "ac", null, concat(new byte[] {0x01, 0x03},
                "nfc".getBytes(StandardCharsets.US_ASCII), new byte[] {0x01, 0x04},
                "mdoc".getBytes(StandardCharsets.US_ASCII)));
        byte[] hs = record(0x01 | 0x80, "Hs", null, concat(new byte[] {0x15}, ac));
        byte[] carrier = record(0x04, NFC_CARRIER_TYPE, "nfc", new byte[] {0x01, 0x03,
                (byte) (maxCommand >> 16), (byte) (maxCommand >> 8), (byte) maxCommand, 0x03,
                (byte) (maxResponse >> 16), (byte) (maxResponse >> 8), (byte) maxResponse});
        byte[] de = record(0x04 | 0x40, DEVICE_ENGAGEMENT_TYPE, "mdoc",
                engagement.toCbor().encoded().toByteArray());
        return parse(Bytes.of(concat(hs, carrier, de)));
    }

    private static byte[] record(int flags, String type, String id, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean shortRecord = payload.length < 256;
        int header = flags | (shortRecord ? 0x10 : 0) | (id != null ? 0x08 : 0);
        out.write(header);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.write(t.length);
        if (shortRecord) {
            out.write(payload.length);
        } else {
            out.write(payload.length >>> 24);
            out.write(payload.length >>> 16);
            out.write(payload.length >>> 8);
            out.write(payload.length);
        }
        byte[] i = id == null ? new byte[0] : id.getBytes(StandardCharsets.US_ASCII);
        if (id != null) {
            out.write(i.length);
        }
        out.write(t, 0, t.length);
        out.write(i, 0, i.length);
        out.write(payload, 0, payload.length);
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.write(p, 0, p.length);
        }
        return out.toByteArray();
    }
}
