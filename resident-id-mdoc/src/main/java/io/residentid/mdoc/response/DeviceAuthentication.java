package io.residentid.mdoc.response;

import io.residentid.core.model.Bytes;
import io.residentid.mdoc.cbor.CborItem;
import io.residentid.mdoc.cbor.CborTag;
import io.residentid.mdoc.cose.CoseKey;
import io.residentid.mdoc.cose.MdocKeyPair;
import io.residentid.mdoc.internal.Crypto;
import io.residentid.mdoc.session.SessionTranscript;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The byte strings device authentication covers and the MAC key it uses (ISO/IEC 18013-5 §9.1.3). */
public final class DeviceAuthentication {

    private DeviceAuthentication() {
    }

    /**
     * DeviceAuthenticationBytes = #6.24(bstr .cbor ["DeviceAuthentication", SessionTranscript, DocType,
     * DeviceNameSpacesBytes]), with the transcript and the namespaces exactly as received.
     *
     * @param transcript the session transcript both sides hash
     * @param docType the document type, e.g. {@code org.iso.18013.5.1.mDL}
     * @param deviceNameSpacesBytes the DeviceNameSpacesBytes as received
     * @return the tagged bytes
     */
    public static Bytes bytes(SessionTranscript transcript, String docType, CborTag deviceNameSpacesBytes) {
        return CborItem.embedded(CborItem.array(CborItem.text("DeviceAuthentication"), transcript.toCbor(),
                CborItem.text(docType), deviceNameSpacesBytes)).encoded();
    }

    /**
     * EMacKey = HKDF-SHA-256(ECDH(own private key, peer public key), salt = SHA-256(SessionTranscriptBytes),
     * info = "EMacKey", 32 bytes). The reader uses its ephemeral key and the MSO's device key; the mdoc its device
     * key and the reader's ephemeral key. The caller wipes the result.
     *
     * @param own this side's ephemeral key pair
     * @param peer the other side's public key
     * @param transcript the session transcript both sides hash
     * @return the 32-byte key; callers wipe it after use
     */
    public static byte[] eMacKey(MdocKeyPair own, CoseKey peer, SessionTranscript transcript) {
        byte[] secret = own.agree(peer);
        try {
            byte[] salt = Crypto.hash("SHA-256", transcript.bytes().toByteArray());
            return Crypto.hkdf(secret, salt, "EMacKey".getBytes(StandardCharsets.US_ASCII), 32);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }
}
