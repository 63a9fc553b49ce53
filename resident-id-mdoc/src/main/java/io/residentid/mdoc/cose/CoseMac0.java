package io.residentid.mdoc.cose;

import io.residentid.core.model.Bytes;
import io.residentid.mdoc.MdocFormatException;
import io.residentid.mdoc.cbor.CborEncoder;
import io.residentid.mdoc.cbor.CborItem;
import io.residentid.mdoc.cbor.CborMap;
import io.residentid.mdoc.cbor.CborSimple;
import io.residentid.mdoc.internal.Crypto;

/**
 * A COSE_Mac0 (RFC 9052 §6.2) with HMAC 256/256, as ISO/IEC 18013-5 uses for {@code deviceMac} (detached payload).
 */
public final class CoseMac0 {
    private final Bytes protectedHeader;
    private final CborMap protectedMap;
    private final Bytes payload;
    private final Bytes tag;
    private final CborItem item;

    private CoseMac0(Bytes protectedHeader, CborMap protectedMap, Bytes payload, Bytes tag, CborItem item) {
        this.protectedHeader = protectedHeader;
        this.protectedMap = protectedMap;
        this.payload = payload;
        this.tag = tag;
        this.item = item;
    }

    /**
     * Reads a COSE_Mac0 array (tag 17 allowed).
     *
     * @param item the CBOR data item
     * @param path where this item sits in the structure, for error messages
     * @return the structure
     */
    public static CoseMac0 parse(CborItem item, String path) {
        CoseStructure s = CoseStructure.parse(item, path, 17, "tag");
        return new CoseMac0(s.protectedHeader(), s.protectedMap(), s.payload(), s.last(), item);
    }

    /**
     * {@return a detached-payload HMAC 256/256 over {@code payload} with {@code key}}
     *
     * @param key the MAC key (EMacKey)
     * @param payload the payload
     */
    public static CoseMac0 create(byte[] key, Bytes payload) {
        CborMap protMap = CborMap.builder().put(CoseSign1.ALG, CborItem.integer(CoseAlgorithm.HMAC_256_256.id()))
                .build();
        Bytes prot = Bytes.of(CborEncoder.encode(protMap));
        Bytes tag = Bytes.of(Crypto.hmacSha256(key, toBeMaced(prot, payload)));
        CborItem item = CborItem.array(CborItem.bytes(prot), CborMap.builder().build(), CborSimple.NULL,
                CborItem.bytes(tag));
        return new CoseMac0(prot, protMap, null, tag, item);
    }

    /** MAC_structure = ["MAC0", protected, external_aad = h'', payload]. */
    static byte[] toBeMaced(Bytes prot, Bytes payload) {
        return CborEncoder.encode(CborItem.array(CborItem.text("MAC0"), CborItem.bytes(prot),
                CborItem.bytes(Bytes.empty()), CborItem.bytes(payload)));
    }

    /**
     * {@return the algorithm from the protected header}
     *
     * @param path where this item sits in the structure, for error messages
     */
    public CoseAlgorithm algorithm(String path) {
        return CoseAlgorithm.ofId(protectedMap.require(CoseSign1.ALG, path + ".protected").asLong(path + ".alg"));
    }

    /** {@return the COSE_Mac0 as a CBOR item} */
    public CborItem toCbor() {
        return item;
    }

    /** {@return the tag bytes} */
    public Bytes tag() {
        return tag;
    }

    /**
     * Verifies the tag with {@code key} (constant time) over the attached or the detached payload.
     *
     * @param key the MAC key (EMacKey)
     * @param detachedPayload the payload when it is not carried in the structure (detached), else {@code null}
     * @param path where this item sits in the structure, for error messages
     * @return whether the tag is correct
     */
    public boolean verify(byte[] key, Bytes detachedPayload, String path) {
        Bytes content = payload != null ? payload : detachedPayload;
        if (content == null) {
            throw MdocFormatException.structure(path + ".payload", "a payload");
        }
        if (algorithm(path) != CoseAlgorithm.HMAC_256_256) {
            return false;
        }
        byte[] expected = Crypto.hmacSha256(key, toBeMaced(protectedHeader, content));
        return Crypto.constantTimeEquals(expected, tag.toByteArray());
    }
}
