package io.residentid.core.pki;

import static io.residentid.core.pki.TestPki.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.report.Verdict;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.TBSCertificate;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.asn1.x509.V3TBSCertificateGenerator;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 item 12: certificates with malformed names (an INTEGER inside a DN, invalid UTF-8 in a UTF8String) are
 * rejected by {@link Certificates#parse} with {@link PkiException}, and a validation fed such a certificate built
 * directly with Bouncy Castle answers {@link PathCode#MALFORMED_CERTIFICATE} instead of throwing.
 */
class MalformedNameCertificateTest {

    private static final TestPki.Issued ROOT = CertificateFuzz.ROOT;

    /** A DN whose single RDN holds an INTEGER where an (OID, value) pair belongs. */
    static X500Name integerInsideDn() {
        return X500Name.getInstance(new DERSequence(new DERSet(new ASN1Integer(5))));
    }

    /** A DN whose CN is a UTF8String with bytes that are not UTF-8. */
    static X500Name invalidUtf8Dn() throws Exception {
        byte[] bad = {0x0c, 0x02, (byte) 0xc3, 0x28}; // UTF8String, truncated two-byte sequence
        ASN1Encodable value = DERUTF8String.getInstance(bad);
        ASN1EncodableVector atv = new ASN1EncodableVector();
        atv.add(new ASN1ObjectIdentifier("2.5.4.3"));
        atv.add(value);
        return X500Name.getInstance(new DERSequence(new DERSet(new DERSequence(atv))));
    }

    /** A certificate signed by the fuzz root whose subject is {@code subject}. */
    static X509CertificateHolder signedWithSubject(X500Name subject) throws Exception {
        V3TBSCertificateGenerator g = new V3TBSCertificateGenerator();
        g.setSerialNumber(new ASN1Integer(BigInteger.valueOf(4242)));
        ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").setProvider(Bc.PROVIDER)
                .build(ROOT.keys().getPrivate());
        g.setSignature(signer.getAlgorithmIdentifier());
        g.setIssuer(ROOT.certificate().getSubject());
        g.setStartDate(new Time(Date.from(NOW.minusSeconds(86_400))));
        g.setEndDate(new Time(Date.from(NOW.plusSeconds(86_400))));
        g.setSubject(subject);
        g.setSubjectPublicKeyInfo(SubjectPublicKeyInfo.getInstance(TestPki.p256().getPublic().getEncoded()));
        TBSCertificate tbs = g.generateTBSCertificate();
        try (OutputStream out = signer.getOutputStream()) {
            out.write(tbs.getEncoded());
        }
        ASN1EncodableVector v = new ASN1EncodableVector();
        v.add(tbs);
        v.add(signer.getAlgorithmIdentifier());
        v.add(new DERBitString(signer.getSignature()));
        return new X509CertificateHolder(Certificate.getInstance(new DERSequence(v)));
    }

    @Test
    void integerInsideADnIsRejectedWhenParsed() throws Exception {
        byte[] der = signedWithSubject(integerInsideDn()).getEncoded();
        PkiException e = assertThrows(PkiException.class, () -> Certificates.parse(der));
        assertTrue(e.getMessage().contains("malformed"), e.getMessage());
    }

    @Test
    void invalidUtf8InADnIsRejectedWhenParsed() throws Exception {
        byte[] der = signedWithSubject(invalidUtf8Dn()).getEncoded();
        assertThrows(PkiException.class, () -> Certificates.parse(der));
    }

    @Test
    void validatingAMalformedTargetReportsMalformedCertificate() throws Exception {
        for (X500Name name : List.of(integerInsideDn(), invalidUtf8Dn())) {
            X509CertificateHolder cert = signedWithSubject(name);
            ValidationReport report = CertificatePathValidator.builder()
                    .trustStore(TrustStore.of(List.of(ROOT.certificate()))).build()
                    .validate(cert, List.of(), NOW);
            assertEquals(Verdict.INVALID, report.verdict());
            assertTrue(report.has(PathCode.MALFORMED_CERTIFICATE), report.findings().toString());
            report.findings().forEach(f -> assertFalse(f.message(Locale.forLanguageTag("ar")).isBlank()));
        }
    }

    @Test
    void malformedIntermediatesAreSkippedAndNamedWhenNoPathValidates() throws Exception {
        X509CertificateHolder bad = signedWithSubject(integerInsideDn());
        CertificatePathValidator v = CertificatePathValidator.builder()
                .trustStore(TrustStore.of(List.of(ROOT.certificate()))).build();
        ValidationReport ok = v.validate(CertificateFuzz.LEAF.certificate(),
                List.of(bad, CertificateFuzz.CA.certificate()), NOW);
        assertEquals(Verdict.VALID, ok.verdict(), ok.findings().toString());
        ValidationReport none = v.validate(CertificateFuzz.LEAF.certificate(), List.of(bad), NOW);
        assertTrue(none.has(PathCode.MALFORMED_CERTIFICATE), none.findings().toString());
    }

    @Test
    void aMalformedAnchorIsRefusedByTheTrustStore() throws Exception {
        X509CertificateHolder bad = signedWithSubject(invalidUtf8Dn());
        assertThrows(PkiException.class, () -> TrustStore.of(List.of(bad)));
        assertFalse(TrustStore.of(List.of(ROOT.certificate())).contains(bad));
    }
}
