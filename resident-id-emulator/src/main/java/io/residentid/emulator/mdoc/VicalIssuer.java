package io.residentid.emulator.mdoc;

import io.residentid.core.model.Bytes;
import io.residentid.mdoc.cbor.CborItem;
import io.residentid.mdoc.cbor.CborMap;
import io.residentid.mdoc.cose.CoseSign1;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Issues a test VICAL (ISO/IEC 18013-5 Annex C) listing IACAs, signed by a {@link MdocTestPki}'s signer key with
 * its certificate in {@code x5chain} (so the VICAL anchor is that PKI's IACA). Test data only.
 */
public final class VicalIssuer {

    private VicalIssuer() {
    }

    /**
     * A signed VICAL listing {@code iacas}, each for {@code docTypes}.
     *
     * @param signer the test PKI whose VICAL signer signs
     * @param provider the VICAL provider's name
     * @param date the VICAL's issue date
     * @param iacas the IACA certificates listed
     * @param docTypes the document types each IACA may sign
     * @return the signed VICAL (COSE_Sign1)
     */
    public static Bytes issue(MdocTestPki signer, String provider, Instant date, List<X509CertificateHolder> iacas,
                              List<String> docTypes) {
        List<CborItem> infos = new ArrayList<>();
        List<CborItem> types = new ArrayList<>();
        docTypes.forEach(d -> types.add(CborItem.text(d)));
        for (X509CertificateHolder c : iacas) {
            try {
                infos.add(CborMap.builder()
                        .put("certificate", CborItem.bytes(c.getEncoded()))
                        .put("serialNumber", CborItem.tag(2, CborItem.bytes(c.getSerialNumber().toByteArray())))
                        .put("ski", CborItem.bytes(new byte[20]))
                        .put("docType", CborItem.array(types)).build());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        CborMap vical = CborMap.builder()
                .put("version", CborItem.text("1.0"))
                .put("vicalProvider", CborItem.text(provider))
                .put("date", CborItem.tdate(date))
                .put("vicalIssueID", CborItem.integer(1))
                .put("certificateInfos", CborItem.array(infos)).build();
        CoseSign1 sign1 = CoseSign1.sign(signer.documentSignerKey(), signer.documentSignerKey().signatureAlgorithm(),
                vical.encoded(), true, List.of(signer.documentSignerDer()));
        return sign1.toCbor().encoded();
    }
}
