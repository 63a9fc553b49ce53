package io.residentid.core.pki;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * An ICAO CSCA master list (ICAO 9303-12, 9): a CMS SignedData whose content is
 * <pre>
 * CscaMasterList ::= SEQUENCE { version INTEGER, certList SET OF Certificate }
 * </pre>
 * Parsing checks the CMS signature against the signer certificate carried in the list; {@link #toTrustStore}
 * additionally requires the signer's chain to reach an anchor the integrator trusts <em>independently</em> of the
 * list (for example the issuing state's CSCA obtained out of band). A CSCA inside the list cannot vouch for the
 * list that carries it, so pass such a certificate only after pinning it by fingerprint.
 */
public final class MasterList {

    /** Bound on an encoded master list. */
    public static final int MAX_BYTES = 8 << 20;
    private static final int MAX_CERTIFICATES = 20_000;

    private final CmsReport signature;
    private final List<X509CertificateHolder> certificates;
    private final int unparsable;

    private MasterList(CmsReport signature, List<X509CertificateHolder> certificates, int unparsable) {
        this.signature = signature;
        this.certificates = List.copyOf(certificates);
        this.unparsable = unparsable;
    }

    /**
     * Parses a master list and verifies its CMS signature (not the signer's chain).
     *
     * @param data the DER master list (a CMS ContentInfo)
     * @return the list; check {@link #signatureValid()} and {@link #validateSigner} before trusting it
     * @throws PkiException when the data is not a bounded, well-formed master list
     */
    public static MasterList parse(byte[] data) {
        CmsReport report = CmsVerifier.builder().maxBytes(MAX_BYTES).purpose(PurposeProfile.CSCA).build()
                .verify(data, Instant.now());
        byte[] content = report.content();
        if (content.length == 0) {
            throw new PkiException("master list has no content");
        }
        ASN1Primitive primitive = Asn1.primitive(content, "CscaMasterList");
        List<X509CertificateHolder> certs = new ArrayList<>();
        int bad = 0;
        try {
            ASN1Sequence sequence = ASN1Sequence.getInstance(primitive);
            if (sequence.size() != 2) {
                throw new PkiException("CscaMasterList must have version and certList");
            }
            ASN1Set set = ASN1Set.getInstance(sequence.getObjectAt(1));
            if (set.size() > MAX_CERTIFICATES) {
                throw new PkiException("master list holds more than " + MAX_CERTIFICATES + " certificates");
            }
            for (ASN1Encodable element : set) {
                try {
                    certs.add(Certificates.parseDer(element.toASN1Primitive().getEncoded()));
                } catch (PkiException | IOException e) {
                    bad++;
                }
            }
        } catch (PkiException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PkiException("malformed CscaMasterList: " + e.getMessage(), e);
        }
        return new MasterList(report, certs, bad);
    }

    /** {@return whether the list's CMS signature verifies with the signer certificate it carries} */
    public boolean signatureValid() {
        return signature.signatureValid();
    }

    /** {@return the master list signer's certificate, when the CMS carries it} */
    public Optional<X509CertificateHolder> signer() {
        return signature.signer();
    }

    /** {@return the certificates carried in the CMS itself (signer and its CSCA, typically)} */
    public List<X509CertificateHolder> signerCertificates() {
        return signature.certificates();
    }

    /** {@return the CSCA certificates of the list} */
    public List<X509CertificateHolder> certificates() {
        return certificates;
    }

    /** {@return the number of entries of the list that could not be parsed as certificates} */
    public int unparsable() {
        return unparsable;
    }

    /**
     * {@return the CSCA certificates per country (ISO 3166 alpha-2 from the subject's C attribute; "??" when
     * absent)}
     */
    public Map<String, List<X509CertificateHolder>> byCountry() {
        Map<String, List<X509CertificateHolder>> map = new TreeMap<>();
        for (X509CertificateHolder cert : certificates) {
            map.computeIfAbsent(country(cert), k -> new ArrayList<>()).add(cert);
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(map);
    }

    static String country(X509CertificateHolder cert) {
        for (RDN rdn : cert.getSubject().getRDNs(BCStyle.C)) {
            ASN1Encodable value = rdn.getFirst().getValue();
            if (value instanceof ASN1String s) {
                return s.getString().trim().toUpperCase(java.util.Locale.ROOT);
            }
        }
        return "??";
    }

    /**
     * Validates the signer's chain to {@code anchors} at {@code time} (profile DOCUMENT_SIGNER: the master list
     * signer is a signing certificate issued by a CSCA).
     *
     * @param anchors trust anchors obtained independently of this list
     * @param time    the validation time
     * @return the signer's chain report
     * @throws PkiException when the list carries no signer certificate
     */
    public ValidationReport validateSigner(TrustStore anchors, Instant time) {
        Objects.requireNonNull(anchors, "anchors");
        X509CertificateHolder signer = signer().orElseThrow(() -> new PkiException("master list signer not found"));
        return CertificatePathValidator.builder().trustStore(anchors).purpose(PurposeProfile.DOCUMENT_SIGNER).build()
                .validate(signer, signerCertificates(), time);
    }

    /**
     * The CSCAs of this list as a trust store, after checking the list's signature and its signer's chain to
     * {@code anchors} at {@code time}.
     *
     * @param anchors trust anchors obtained independently of this list
     * @param time    the validation time
     * @return the list's CSCAs as anchors
     * @throws PkiException when the signature or the signer's chain is not valid
     */
    public TrustStore toTrustStore(TrustStore anchors, Instant time) {
        if (!signatureValid()) {
            throw new PkiException("master list signature is not valid");
        }
        ValidationReport report = validateSigner(anchors, time);
        if (!report.isValid()) {
            throw new PkiException("master list signer chain is not valid: " + report.findings());
        }
        return TrustStore.of(certificates);
    }
}
