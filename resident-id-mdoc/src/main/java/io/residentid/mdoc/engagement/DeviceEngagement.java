package io.residentid.mdoc.engagement;

import io.residentid.core.model.Bytes;
import io.residentid.mdoc.MdocCode;
import io.residentid.mdoc.MdocFormatException;
import io.residentid.mdoc.cbor.CborArray;
import io.residentid.mdoc.cbor.CborDecoder;
import io.residentid.mdoc.cbor.CborItem;
import io.residentid.mdoc.cbor.CborMap;
import io.residentid.mdoc.cbor.CborTag;
import io.residentid.mdoc.cose.CoseKey;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A DeviceEngagement (ISO/IEC 18013-5 §8.2.1.1): version, cipher suite 1, the mdoc's ephemeral key
 * (EDeviceKeyBytes, kept exactly as received), and the device retrieval methods. Read from the QR code text
 * ({@code mdoc:} + base64url) or from the NFC static handover.
 */
public final class DeviceEngagement {
    /** The QR URI scheme prefix. */
    public static final String QR_PREFIX = "mdoc:";
    /** The longest engagement text accepted. */
    public static final int MAX_TEXT_LENGTH = 8192;

    private final CborItem item;
    private final String version;
    private final long cipherSuite;
    private final CborTag eDeviceKeyBytes;
    private final CoseKey eDeviceKey;
    private final List<RetrievalMethod> retrievalMethods;

    private DeviceEngagement(CborItem item, String version, long cipherSuite, CborTag eDeviceKeyBytes,
                             CoseKey eDeviceKey, List<RetrievalMethod> retrievalMethods) {
        this.item = item;
        this.version = version;
        this.cipherSuite = cipherSuite;
        this.eDeviceKeyBytes = eDeviceKeyBytes;
        this.eDeviceKey = eDeviceKey;
        this.retrievalMethods = List.copyOf(retrievalMethods);
    }

    /**
     * Reads the text of an engagement QR code ({@code mdoc:} followed by unpadded base64url).
     *
     * @param text the text
     * @return the engagement
     */
    public static DeviceEngagement fromQrText(String text) {
        if (text == null || text.length() > MAX_TEXT_LENGTH || !text.startsWith(QR_PREFIX)) {
            throw new MdocFormatException(MdocCode.ENGAGEMENT_TEXT_INVALID, -1, null, null);
        }
        byte[] data;
        try {
            data = Base64.getUrlDecoder().decode(text.substring(QR_PREFIX.length()).strip()
                    .getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new MdocFormatException(MdocCode.ENGAGEMENT_TEXT_INVALID, -1, null, e);
        }
        return parse(Bytes.of(data));
    }

    /**
     * Reads the CBOR encoding of a DeviceEngagement.
     *
     * @param cbor the encoded CBOR
     * @return the engagement
     */
    public static DeviceEngagement parse(Bytes cbor) {
        return parse(CborDecoder.strict().decode(cbor));
    }

    /**
     * Reads a decoded DeviceEngagement item.
     *
     * @param item the CBOR data item
     * @return the engagement
     */
    public static DeviceEngagement parse(CborItem item) {
        String p = "DeviceEngagement";
        CborMap map = item.asMap(p);
        String version = map.require(0, p).asText(p + ".version");
        CborArray security = map.require(1, p).asArray(p + ".security");
        if (security.size() < 2) {
            throw MdocFormatException.structure(p + ".security", "[cipherSuite, EDeviceKeyBytes]");
        }
        long suite = security.get(0, p).asLong(p + ".security.cipherSuite");
        CborTag keyBytes = security.get(1, p).asTag(CborTag.ENCODED_CBOR, p + ".security.EDeviceKeyBytes");
        CoseKey key = CoseKey.parse(CborDecoder.strict().decodeEmbedded(keyBytes, p), p + ".EDeviceKey");
        List<RetrievalMethod> methods = new ArrayList<>();
        CborItem m = map.get(2).orElse(null);
        if (m != null && !m.isNull()) {
            CborArray arr = m.asArray(p + ".deviceRetrievalMethods");
            for (int i = 0; i < arr.size(); i++) {
                String mp = p + ".deviceRetrievalMethods[" + i + "]";
                CborArray method = arr.get(i, mp).asArray(mp);
                if (method.size() < 3) {
                    throw MdocFormatException.structure(mp, "[type, version, options]");
                }
                methods.add(new RetrievalMethod((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE,
                        method.get(0, mp).asLong(mp + ".type"))), method.get(1, mp).asLong(mp + ".version"),
                        method.get(2, mp).asMap(mp + ".options")));
            }
        }
        return new DeviceEngagement(item, version, suite, keyBytes, key, methods);
    }

    /**
     * {@return a new DeviceEngagement (holder side): version 1.0, cipher suite 1}
     *
     * @param eDeviceKey the mdoc's ephemeral device key
     * @param methods the device retrieval methods offered
     */
    public static DeviceEngagement create(CoseKey eDeviceKey, List<RetrievalMethod> methods) {
        CborTag keyBytes = CborItem.embedded(eDeviceKey.toCbor());
        CborMap.Builder b = CborMap.builder()
                .put(0, CborItem.text("1.0"))
                .put(1, CborItem.array(CborItem.integer(1), keyBytes));
        if (!methods.isEmpty()) {
            List<CborItem> items = new ArrayList<>();
            methods.forEach(mm -> items.add(mm.toCbor()));
            b.put(2, CborItem.array(items));
        }
        // Re-read what we encoded, so the value is a decoded item and hashes as the bytes we send.
        return parse(Bytes.of(io.residentid.mdoc.cbor.CborEncoder.encode(b.build())));
    }

    /** {@return the QR code text of this engagement} */
    public String toQrText() {
        return QR_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(item.encoded().toByteArray());
    }

    /** {@return the engagement as read (its {@link CborItem#encoded()} is DeviceEngagementBytes' content)} */
    public CborItem toCbor() {
        return item;
    }

    /** {@return the version, e.g. "1.0"} */
    public String version() {
        return version;
    }

    /** {@return the cipher suite identifier (1 in ISO/IEC 18013-5:2021)} */
    public long cipherSuite() {
        return cipherSuite;
    }

    /**
     * EDeviceKeyBytes exactly as received.
     *
     * @return the tagged EDeviceKeyBytes
     */
    public CborTag eDeviceKeyBytes() {
        return eDeviceKeyBytes;
    }

    /** {@return the mdoc's ephemeral public key} */
    public CoseKey eDeviceKey() {
        return eDeviceKey;
    }

    /** {@return the retrieval methods, possibly none (NFC engagement implies NFC retrieval)} */
    public List<RetrievalMethod> retrievalMethods() {
        return retrievalMethods;
    }
}
