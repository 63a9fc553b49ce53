package io.residentid.mdoc.vical;

import io.residentid.core.model.Bytes;
import io.residentid.core.pki.TrustStore;
import io.residentid.mdoc.MdocFormatException;
import io.residentid.mdoc.cbor.CborArray;
import io.residentid.mdoc.cbor.CborDecoder;
import io.residentid.mdoc.cbor.CborItem;
import io.residentid.mdoc.cbor.CborMap;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * A verified issuer certificate authority list (ISO/IEC 18013-5 Annex C): the provider, its date and issue ID, and
 * one entry per IACA with the docTypes it may issue. Read only by {@link VicalVerifier} after the signature
 * verified.
 *
 * @param version   the VICAL version
 * @param provider  the VICAL provider
 * @param date      the VICAL date
 * @param issueId   the issue ID, if given
 * @param nextUpdate the next update, if given
 * @param entries   the IACAs
 */
public record Vical(String version, String provider, Instant date, Optional<Long> issueId,
                    Optional<Instant> nextUpdate, List<Entry> entries) {
    /** The most entries accepted. */
    public static final int MAX_ENTRIES = 10_000;

    /**
     * Copies the list.
     *
     * @param version the VICAL version
     * @param provider who publishes it
     * @param date the date
     * @param issueId the issue number
     * @param nextUpdate when the next issue is expected, or {@code null}
     * @param entries the certificate entries
     */
    public Vical {
        entries = List.copyOf(entries);
    }

    /**
     * One IACA of the list.
     *
     * @param certificate    the IACA certificate
     * @param docTypes       the docTypes it may issue
     * @param issuingCountry the issuing country, if given
     */
    public record Entry(X509CertificateHolder certificate, List<String> docTypes, Optional<String> issuingCountry) {
        /**
         * Copies the list.
         *
         * @param certificate the certificate
         * @param docTypes the document types it signs
         * @param issuingCountry the issuing country
         */
        public Entry {
            docTypes = List.copyOf(docTypes);
        }
    }

    /**
     * {@return the IACAs trusted for {@code docType}}
     *
     * @param docType the document type, e.g. {@code org.iso.18013.5.1.mDL}
     */
    public TrustStore trustStore(String docType) {
        List<X509CertificateHolder> certs = new ArrayList<>();
        for (Entry e : entries) {
            if (e.docTypes().contains(docType)) {
                certs.add(e.certificate());
            }
        }
        return TrustStore.of(certs);
    }

    /** {@return every IACA of the list} */
    public TrustStore trustStore() {
        List<X509CertificateHolder> certs = new ArrayList<>();
        entries.forEach(e -> certs.add(e.certificate()));
        return TrustStore.of(certs);
    }

    /** Reads the VICAL payload (after its signature verified). */
    static Vical parse(Bytes payload) {
        String p = "VICAL";
        CborMap m = CborDecoder.strict().decode(payload).asMap(p);
        String version = m.require("version", p).asText(p + ".version");
        String provider = m.require("vicalProvider", p).asText(p + ".vicalProvider");
        Instant date = tdate(m.require("date", p), p + ".date");
        Optional<Long> issueId = m.get("vicalIssueID").map(i -> i.asLong(p + ".vicalIssueID"));
        Optional<Instant> next = m.get("nextUpdate").map(i -> tdate(i, p + ".nextUpdate"));
        CborArray infos = m.require("certificateInfos", p).asArray(p + ".certificateInfos");
        if (infos.size() > MAX_ENTRIES) {
            throw MdocFormatException.structure(p + ".certificateInfos", "at most " + MAX_ENTRIES);
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < infos.size(); i++) {
            String ep = p + ".certificateInfos[" + i + "]";
            CborMap info = infos.get(i, ep).asMap(ep);
            X509CertificateHolder cert;
            try {
                cert = new X509CertificateHolder(info.require("certificate", ep).asBytes(ep + ".certificate")
                        .toByteArray());
            } catch (java.io.IOException | RuntimeException e) {
                throw MdocFormatException.structure(ep + ".certificate", "an X.509 certificate");
            }
            List<String> docTypes = new ArrayList<>();
            for (CborItem d : info.require("docType", ep).asArray(ep + ".docType").items()) {
                docTypes.add(d.asText(ep + ".docType"));
            }
            entries.add(new Entry(cert, docTypes, info.get("issuingCountry").map(c -> c.asText(ep))));
        }
        return new Vical(version, provider, date, issueId, next, entries);
    }

    private static Instant tdate(CborItem item, String path) {
        String text = item.asTag(0, path).content().asText(path);
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw MdocFormatException.structure(path, "an RFC 3339 date-time");
        }
    }
}
