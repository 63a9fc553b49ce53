package io.residentid.mdoc.session;

import io.residentid.core.model.Bytes;
import io.residentid.mdoc.cbor.CborArray;
import io.residentid.mdoc.cbor.CborDecoder;
import io.residentid.mdoc.cbor.CborItem;
import io.residentid.mdoc.cbor.CborTag;
import io.residentid.mdoc.engagement.DeviceEngagement;

/**
 * SessionTranscript = [DeviceEngagementBytes, EReaderKeyBytes, Handover] (ISO/IEC 18013-5 §9.1.5.1). Read from bytes
 * it keeps every byte as received: SessionTranscriptBytes ({@code #6.24}) is hashed for the HKDF salt, and the
 * transcript is embedded unchanged into DeviceAuthentication and ReaderAuthentication.
 */
public final class SessionTranscript {
    private final CborArray transcript;

    private SessionTranscript(CborArray transcript) {
        this.transcript = transcript;
    }

    /**
     * Reads a SessionTranscript given with or without its {@code #6.24} wrapper.
     *
     * @param cbor the encoded CBOR
     * @return the transcript
     */
    public static SessionTranscript parse(Bytes cbor) {
        CborItem item = CborDecoder.strict().decode(cbor);
        if (item instanceof CborTag t && t.tag() == CborTag.ENCODED_CBOR) {
            item = CborDecoder.strict().decodeEmbedded(t, "SessionTranscriptBytes");
        }
        return of(item);
    }

    /**
     * {@return a SessionTranscript from its decoded array}
     *
     * @param item the CBOR data item
     */
    public static SessionTranscript of(CborItem item) {
        CborArray a = item.asArray("SessionTranscript").requireSize(3, "SessionTranscript");
        a.get(0, "SessionTranscript").asTag(CborTag.ENCODED_CBOR, "SessionTranscript.DeviceEngagementBytes");
        a.get(1, "SessionTranscript").asTag(CborTag.ENCODED_CBOR, "SessionTranscript.EReaderKeyBytes");
        return new SessionTranscript(a);
    }

    /**
     * {@return a new transcript: DeviceEngagementBytes, EReaderKeyBytes and the handover (null for QR engagement)}
     *
     * @param engagement the DeviceEngagement
     * @param eReaderKeyBytes the tagged EReaderKeyBytes
     * @param handover the handover, or {@code null} for QR
     */
    public static SessionTranscript create(DeviceEngagement engagement, CborTag eReaderKeyBytes, CborItem handover) {
        CborArray a = CborItem.array(CborItem.embedded(engagement.toCbor()), eReaderKeyBytes,
                handover == null ? io.residentid.mdoc.cbor.CborSimple.NULL : handover);
        return parse(Bytes.of(io.residentid.mdoc.cbor.CborEncoder.encode(a)));
    }

    /** {@return the transcript array (as received)} */
    public CborArray toCbor() {
        return transcript;
    }

    /**
     * SessionTranscriptBytes = {@code #6.24(bstr .cbor SessionTranscript)}.
     *
     * @return the tagged bytes
     */
    public Bytes bytes() {
        return CborItem.embedded(transcript).encoded();
    }

    /** {@return the DeviceEngagement embedded in the transcript} */
    public DeviceEngagement deviceEngagement() {
        return DeviceEngagement.parse(CborDecoder.strict().decodeEmbedded(transcript.items().get(0),
                "SessionTranscript.DeviceEngagementBytes"));
    }

    /**
     * EReaderKeyBytes as received.
     *
     * @return the tagged EReaderKeyBytes
     */
    public CborTag eReaderKeyBytes() {
        return (CborTag) transcript.items().get(1);
    }

    /** {@return the handover item (null for QR engagement, the NFC handover messages otherwise)} */
    public CborItem handover() {
        return transcript.items().get(2);
    }
}
