package io.residentid.mdoc.response;

import io.residentid.core.model.Bytes;
import io.residentid.mdoc.MdocFormatException;
import io.residentid.mdoc.cbor.CborDecoder;
import io.residentid.mdoc.cbor.CborItem;
import io.residentid.mdoc.cbor.CborMap;
import io.residentid.mdoc.cbor.CborTag;
import io.residentid.mdoc.cose.CoseKey;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The MobileSecurityObject (ISO/IEC 18013-5 §9.1.2.4): the issuer-signed digests of every data element, the device
 * key, the docType and the validity. Read only from the payload of an issuerAuth whose signature has verified.
 */
public final class MobileSecurityObject {
    /** The most digests accepted in one MSO. */
    public static final int MAX_DIGESTS = 10_000;

    private final String version;
    private final String digestAlgorithm;
    private final Map<String, Map<Long, Bytes>> valueDigests;
    private final CoseKey deviceKey;
    private final String docType;
    private final ValidityInfo validityInfo;
    private final CborMap item;

    private MobileSecurityObject(String version, String digestAlgorithm, Map<String, Map<Long, Bytes>> valueDigests,
                                 CoseKey deviceKey, String docType, ValidityInfo validityInfo, CborMap item) {
        this.version = version;
        this.digestAlgorithm = digestAlgorithm;
        this.valueDigests = valueDigests;
        this.deviceKey = deviceKey;
        this.docType = docType;
        this.validityInfo = validityInfo;
        this.item = item;
    }

    /**
     * Reads MobileSecurityObjectBytes ({@code #6.24(bstr .cbor MobileSecurityObject)}).
     *
     * @param mobileSecurityObjectBytes the tagged bytes
     * @return the MSO
     */
    public static MobileSecurityObject parseBytes(Bytes mobileSecurityObjectBytes) {
        CborItem outer = CborDecoder.strict().decode(mobileSecurityObjectBytes);
        return parse(CborDecoder.strict().decodeEmbedded(outer, "MobileSecurityObjectBytes"));
    }

    /**
     * Reads a decoded MobileSecurityObject.
     *
     * @param item the CBOR data item
     * @return the MSO
     */
    public static MobileSecurityObject parse(CborItem item) {
        String p = "MobileSecurityObject";
        CborMap m = item.asMap(p);
        String version = m.require("version", p).asText(p + ".version");
        String alg = m.require("digestAlgorithm", p).asText(p + ".digestAlgorithm");
        CborMap vd = m.require("valueDigests", p).asMap(p + ".valueDigests");
        Map<String, Map<Long, Bytes>> digests = new LinkedHashMap<>();
        int count = 0;
        for (Map.Entry<CborItem, CborItem> ns : vd.entries().entrySet()) {
            String nsName = ns.getKey().asText(p + ".valueDigests");
            Map<Long, Bytes> ids = new LinkedHashMap<>();
            for (Map.Entry<CborItem, CborItem> d : ns.getValue().asMap(p + ".valueDigests." + nsName).entries()
                    .entrySet()) {
                long id = d.getKey().asLong(p + ".valueDigests." + nsName);
                if (id < 0 || ++count > MAX_DIGESTS) {
                    throw MdocFormatException.structure(p + ".valueDigests." + nsName, "digest IDs 0.."
                            + MAX_DIGESTS);
                }
                ids.put(id, d.getValue().asBytes(p + ".valueDigests." + nsName + "." + id));
            }
            digests.put(nsName, Collections.unmodifiableMap(ids));
        }
        CborMap dki = m.require("deviceKeyInfo", p).asMap(p + ".deviceKeyInfo");
        CoseKey deviceKey = CoseKey.parse(dki.require("deviceKey", p + ".deviceKeyInfo"),
                p + ".deviceKeyInfo.deviceKey");
        String docType = m.require("docType", p).asText(p + ".docType");
        CborMap vi = m.require("validityInfo", p).asMap(p + ".validityInfo");
        ValidityInfo validity = new ValidityInfo(tdate(vi.require("signed", p), p + ".validityInfo.signed"),
                tdate(vi.require("validFrom", p), p + ".validityInfo.validFrom"),
                tdate(vi.require("validUntil", p), p + ".validityInfo.validUntil"),
                vi.get("expectedUpdate").map(e -> tdate(e, p + ".validityInfo.expectedUpdate")));
        return new MobileSecurityObject(version, alg, Collections.unmodifiableMap(digests), deviceKey, docType,
                validity, m);
    }

    /** A tdate ({@code #6.0(tstr)}) as an instant. */
    static Instant tdate(CborItem item, String path) {
        String text = item.asTag(CborTag.DATE_TIME, path).content().asText(path);
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw MdocFormatException.structure(path, "an RFC 3339 date-time");
        }
    }

    /** {@return the MSO version ("1.0")} */
    public String version() {
        return version;
    }

    /** {@return the digest algorithm name ("SHA-256", "SHA-384", "SHA-512")} */
    public String digestAlgorithm() {
        return digestAlgorithm;
    }

    /**
     * Digests by namespace and digest ID.
     *
     * @return the digests
     */
    public Map<String, Map<Long, Bytes>> valueDigests() {
        return valueDigests;
    }

    /**
     * {@return the digest for {@code digestId} in {@code namespace}}
     *
     * @param namespace the namespace, e.g. {@code org.iso.18013.5.1}
     * @param digestId the digest ID in the MSO
     */
    public Optional<Bytes> digest(String namespace, long digestId) {
        Map<Long, Bytes> ids = valueDigests.get(namespace);
        return ids == null ? Optional.empty() : Optional.ofNullable(ids.get(digestId));
    }

    /** {@return the device key the mdoc authenticates with} */
    public CoseKey deviceKey() {
        return deviceKey;
    }

    /** {@return the docType} */
    public String docType() {
        return docType;
    }

    /** {@return the validity information} */
    public ValidityInfo validityInfo() {
        return validityInfo;
    }

    /** {@return the MSO as read} */
    public CborMap toCbor() {
        return item;
    }
}
