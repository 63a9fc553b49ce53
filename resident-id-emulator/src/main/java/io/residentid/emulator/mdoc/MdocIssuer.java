package io.residentid.emulator.mdoc;

import io.residentid.core.model.Bytes;
import io.residentid.mdoc.cbor.CborItem;
import io.residentid.mdoc.cbor.CborMap;
import io.residentid.mdoc.cose.CoseAlgorithm;
import io.residentid.mdoc.cose.CoseKey;
import io.residentid.mdoc.cose.CoseSign1;
import io.residentid.mdoc.response.IssuerSignedItem;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issues mdocs with a {@link MdocTestPki}: one IssuerSignedItem per element (random 32-byte salt, digest IDs
 * shuffled so they reveal nothing about the element), an MSO with SHA-256 digests binding the device key, and an
 * ES256 issuerAuth with the document signer in {@code x5chain}. Test issuance only.
 */
public final class MdocIssuer {
    private final MdocTestPki pki;
    private final SecureRandom random = new SecureRandom();

    /**
     * An issuer signing with {@code pki}'s document signer.
     *
     * @param pki the test PKI whose document signer signs
     */
    public MdocIssuer(MdocTestPki pki) {
        this.pki = pki;
    }

    /**
     * Issues an mdoc.
     *
     * @param docType    the docType
     * @param elements   namespace → element identifier → value
     * @param deviceKey  the holder device's public key, bound into the MSO
     * @param signed     the signing time (also validFrom)
     * @param validUntil the end of validity
     * @return the signed mdoc with its elements
     */
    public IssuedMdoc issue(String docType, Map<String, Map<String, CborItem>> elements, CoseKey deviceKey,
                            Instant signed, Instant validUntil) {
        int total = elements.values().stream().mapToInt(Map::size).sum();
        List<Long> ids = new ArrayList<>();
        for (long i = 0; i < total; i++) {
            ids.add(i);
        }
        java.util.Collections.shuffle(ids, random);
        int next = 0;
        Map<String, List<IssuerSignedItem>> namespaces = new LinkedHashMap<>();
        CborMap.Builder digests = CborMap.builder();
        for (Map.Entry<String, Map<String, CborItem>> ns : elements.entrySet()) {
            List<IssuerSignedItem> items = new ArrayList<>();
            CborMap.Builder nsDigests = CborMap.builder();
            for (Map.Entry<String, CborItem> e : ns.getValue().entrySet()) {
                byte[] salt = new byte[32];
                random.nextBytes(salt);
                IssuerSignedItem item = IssuerSignedItem.create(ids.get(next++), Bytes.of(salt), e.getKey(),
                        e.getValue());
                items.add(item);
                nsDigests.put(item.digestId(), CborItem.bytes(item.itemBytes().sha256()));
            }
            namespaces.put(ns.getKey(), items);
            digests.put(ns.getKey(), nsDigests.build());
        }
        CborMap mso = CborMap.builder()
                .put("version", CborItem.text("1.0"))
                .put("digestAlgorithm", CborItem.text("SHA-256"))
                .put("valueDigests", digests.build())
                .put("deviceKeyInfo", CborMap.builder().put("deviceKey", deviceKey.toCbor()).build())
                .put("docType", CborItem.text(docType))
                .put("validityInfo", CborMap.builder()
                        .put("signed", CborItem.tdate(signed))
                        .put("validFrom", CborItem.tdate(signed))
                        .put("validUntil", CborItem.tdate(validUntil)).build())
                .build();
        Bytes msoBytes = CborItem.embedded(mso).encoded();
        CoseSign1 issuerAuth = CoseSign1.sign(pki.documentSignerKey(), CoseAlgorithm.ES256, msoBytes, true,
                List.of(pki.documentSignerDer()));
        return new IssuedMdoc(docType, namespaces, issuerAuth);
    }
}
