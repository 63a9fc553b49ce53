package io.residentid.mdoc.cose;

import io.residentid.core.model.Bytes;
import io.residentid.mdoc.MdocFormatException;
import io.residentid.mdoc.cbor.CborArray;
import io.residentid.mdoc.cbor.CborEncoder;
import io.residentid.mdoc.cbor.CborItem;
import io.residentid.mdoc.cbor.CborMap;
import io.residentid.mdoc.internal.Crypto;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;

/**
 * A COSE_Sign1 (RFC 9052 §4.2), untagged or with tag 18. Parsing reads only what is needed to find the key (the
 * algorithm and the {@code x5chain}); the payload is handed out as bytes, to be interpreted only after
 * {@link #verify} succeeds. The protected header is kept as the exact bytes received.
 */
public final class CoseSign1 {
    /** The header label of {@code alg}. */
    public static final long ALG = 1;
    /** The header label of {@code x5chain} (RFC 9360). */
    public static final long X5CHAIN = 33;
    /** The most certificates accepted in an {@code x5chain}. */
    public static final int MAX_CHAIN = 8;

    private final Bytes protectedHeader;
    private final CborMap protectedMap;
    private final CborMap unprotected;
    private final Bytes payload; // null when detached
    private final Bytes signature;
    private final CborItem item;

    private CoseSign1(Bytes protectedHeader, CborMap protectedMap, CborMap unprotected, Bytes payload,
                      Bytes signature, CborItem item) {
        this.protectedHeader = protectedHeader;
        this.protectedMap = protectedMap;
        this.unprotected = unprotected;
        this.payload = payload;
        this.signature = signature;
        this.item = item;
    }

    /**
     * Reads a COSE_Sign1 array (tag 18 allowed).
     *
     * @param item the CBOR data item
     * @param path where this item sits in the structure, for error messages
     * @return the structure
     */
    public static CoseSign1 parse(CborItem item, String path) {
        CoseStructure s = CoseStructure.parse(item, path, 18, "signature");
        return new CoseSign1(s.protectedHeader(), s.protectedMap(), s.unprotected(), s.payload(), s.last(), item);
    }

    /**
     * Signs {@code payload} (or a detached payload when {@code attach} is false).
     *
     * @param key the signing key pair
     * @param alg the COSE algorithm
     * @param payload the payload
     * @param attach whether the payload is carried in the structure
     * @param x5chain the certificate chain to carry (leaf first, DER), may be empty
     * @return the signed structure
     */
    public static CoseSign1 sign(MdocKeyPair key, CoseAlgorithm alg, Bytes payload, boolean attach,
                                 List<Bytes> x5chain) {
        CborMap protMap = CborMap.builder().put(ALG, CborItem.integer(alg.id())).build();
        Bytes prot = Bytes.of(CborEncoder.encode(protMap));
        CborMap.Builder unprot = CborMap.builder();
        if (x5chain != null && !x5chain.isEmpty()) {
            if (x5chain.size() == 1) {
                unprot.put(X5CHAIN, CborItem.bytes(x5chain.get(0)));
            } else {
                List<CborItem> certs = new ArrayList<>();
                x5chain.forEach(c -> certs.add(CborItem.bytes(c)));
                unprot.put(X5CHAIN, CborItem.array(certs));
            }
        }
        Bytes sig = key.sign(alg, toBeSigned(prot, payload));
        CborMap unprotMap = unprot.build();
        CborItem item = CborItem.array(CborItem.bytes(prot), unprotMap,
                attach ? CborItem.bytes(payload) : io.residentid.mdoc.cbor.CborSimple.NULL, CborItem.bytes(sig));
        return new CoseSign1(prot, protMap, unprotMap, attach ? payload : null, sig, item);
    }

    /** Sig_structure = ["Signature1", body_protected, external_aad = h'', payload]. */
    static byte[] toBeSigned(Bytes prot, Bytes payload) {
        return CborEncoder.encode(CborItem.array(CborItem.text("Signature1"), CborItem.bytes(prot),
                CborItem.bytes(Bytes.empty()), CborItem.bytes(payload)));
    }

    /**
     * {@return the algorithm from the protected header (ISO/IEC 18013-5 requires it there)}
     *
     * @param path where this item sits in the structure, for error messages
     */
    public CoseAlgorithm algorithm(String path) {
        return CoseAlgorithm.ofId(protectedMap.require(ALG, path + ".protected").asLong(path + ".alg"));
    }

    /**
     * {@return the certificates (DER) of the {@code x5chain} header, leaf first; empty when there is none}
     *
     * @param path where this item sits in the structure, for error messages
     */
    public List<Bytes> x5chain(String path) {
        CborItem chain = unprotected.get(X5CHAIN).or(() -> protectedMap.get(X5CHAIN)).orElse(null);
        if (chain == null) {
            return List.of();
        }
        if (chain instanceof CborArray arr) {
            if (arr.size() == 0 || arr.size() > MAX_CHAIN) {
                throw MdocFormatException.structure(path + ".x5chain", "1 to " + MAX_CHAIN + " certificates");
            }
            List<Bytes> out = new ArrayList<>();
            for (int i = 0; i < arr.size(); i++) {
                out.add(arr.get(i, path).asBytes(path + ".x5chain[" + i + "]"));
            }
            return out;
        }
        return List.of(chain.asBytes(path + ".x5chain"));
    }

    /** {@return the attached payload, if any} Not to be interpreted before {@link #verify} succeeds. */
    public Optional<Bytes> payload() {
        return Optional.ofNullable(payload);
    }

    /** {@return the exact protected header bytes} */
    public Bytes protectedHeader() {
        return protectedHeader;
    }

    /** {@return the signature bytes} */
    public Bytes signature() {
        return signature;
    }

    /** {@return the COSE_Sign1 as a CBOR item (the item read, or the one built)} */
    public CborItem toCbor() {
        return item;
    }

    /**
     * Verifies the signature over the attached payload, or over {@code detachedPayload} when the payload is
     * detached. False for a wrong signature or a mismatched algorithm and key.
     *
     * @param key the public key
     * @param detachedPayload the payload when it is not carried in the structure (detached), else {@code null}
     * @param path where this item sits in the structure, for error messages
     * @return whether the signature verifies
     */
    public boolean verify(CoseKey key, Bytes detachedPayload, String path) {
        return verify(Crypto.publicKey(key), detachedPayload, path);
    }

    /**
     * Verifies with a Bouncy Castle public key (from a certificate).
     *
     * @param key the public key
     * @param detachedPayload the payload when it is not carried in the structure (detached), else {@code null}
     * @param path where this item sits in the structure, for error messages
     * @return whether the signature verifies
     */
    public boolean verify(AsymmetricKeyParameter key, Bytes detachedPayload, String path) {
        Bytes content = payload != null ? payload : detachedPayload;
        if (content == null) {
            throw MdocFormatException.structure(path + ".payload", "a payload");
        }
        CoseAlgorithm alg = algorithm(path);
        if (alg == CoseAlgorithm.HMAC_256_256) {
            return false;
        }
        return Crypto.verify(alg, key, toBeSigned(protectedHeader, content), signature.toByteArray());
    }
}
