package io.residentid.core.pki;

import static io.residentid.core.pki.TestPki.NOW;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.report.Verdict;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

class RevocationTest {

    static final TestPki.Issued ROOT = CertificatePathValidatorTest.ROOT;
    static final TestPki.Issued CA = CertificatePathValidatorTest.CA;
    static final TestPki.Issued LEAF = new TestPki.Builder("OCSP Leaf", TestPki.p256())
            .keyUsage(KeyUsage.digitalSignature)
            .extension(ext(Extension.authorityInfoAccess, new AuthorityInformationAccess(AccessDescription.id_ad_ocsp,
                    new GeneralName(GeneralName.uniformResourceIdentifier, "http://ocsp.test/"))))
            .issuedBy(CA).build();

    static Extension ext(org.bouncycastle.asn1.ASN1ObjectIdentifier oid, org.bouncycastle.asn1.ASN1Encodable value) {
        try {
            return Extension.create(oid, false, value);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] response(TestPki.Issued signer, X509CertificateHolder[] chain, CertificateStatus status,
                           Instant thisUpdate, Instant nextUpdate, byte[] nonce) throws Exception {
        BasicOCSPRespBuilder b = new BasicOCSPRespBuilder(new RespID(signer.certificate().getSubject()));
        b.addResponse(OcspVerifier.certificateId(CA.certificate(), LEAF.certificate().getSerialNumber()), status,
                Date.from(thisUpdate), nextUpdate == null ? null : Date.from(nextUpdate));
        if (nonce != null) {
            b.setResponseExtensions(new Extensions(new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false,
                    new DEROctetString(new DEROctetString(nonce).getEncoded()))));
        }
        var basic = b.build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(Bc.PROVIDER)
                .build(signer.keys().getPrivate()), chain, Date.from(thisUpdate));
        return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic).getEncoded();
    }

    static TestPki.Issued delegated(boolean withEku) {
        TestPki.Builder b = new TestPki.Builder("OCSP Responder", TestPki.p256()).keyUsage(KeyUsage.digitalSignature);
        if (withEku) {
            b.extension(ext(Extension.extendedKeyUsage, new ExtendedKeyUsage(KeyPurposeId.id_kp_OCSPSigning)));
        }
        return b.issuedBy(CA).build();
    }

    OcspClient.Status evaluate(byte[] response) {
        return OcspVerifier.builder().build().evaluate(response, LEAF.certificate(), CA.certificate(), NOW, null)
                .status();
    }

    @Test
    void caSignedAndDelegatedResponsesAreAcceptedOnlyWhenAuthorised() throws Exception {
        Instant t = NOW.minus(1, ChronoUnit.HOURS);
        Instant n = NOW.plus(1, ChronoUnit.DAYS);
        assertEquals(OcspClient.Status.GOOD, evaluate(response(CA, null, CertificateStatus.GOOD, t, n, null)));
        TestPki.Issued responder = delegated(true);
        assertEquals(OcspClient.Status.GOOD, evaluate(response(responder,
                new X509CertificateHolder[] {responder.certificate()}, CertificateStatus.GOOD, t, n, null)));
        TestPki.Issued noEku = delegated(false);
        assertEquals(OcspClient.Status.UNKNOWN, evaluate(response(noEku,
                new X509CertificateHolder[] {noEku.certificate()}, CertificateStatus.GOOD, t, n, null)));
        assertEquals(OcspClient.Status.REVOKED, evaluate(response(CA, null,
                new RevokedStatus(Date.from(NOW.minus(2, ChronoUnit.DAYS)), 1), t, n, null)));
    }

    @Test
    void staleAndFutureResponsesAreUnknown() throws Exception {
        assertEquals(OcspClient.Status.UNKNOWN, evaluate(response(CA, null, CertificateStatus.GOOD,
                NOW.minus(3, ChronoUnit.DAYS), NOW.minus(2, ChronoUnit.DAYS), null)));
        assertEquals(OcspClient.Status.UNKNOWN, evaluate(response(CA, null, CertificateStatus.GOOD,
                NOW.plus(1, ChronoUnit.HOURS), NOW.plus(2, ChronoUnit.DAYS), null)));
    }

    @Test
    void validatorAsksTheResponderThroughThePluggableTransportAndChecksTheNonce() throws Exception {
        List<byte[]> requests = new ArrayList<>();
        PkiTransport transport = new PkiTransport() {
            @Override
            public byte[] get(URI uri, int maxBytes) {
                throw new PkiException("no CRLs here");
            }

            @Override
            public byte[] post(URI uri, String contentType, byte[] body, int maxBytes) {
                requests.add(body);
                try {
                    OCSPReq req = new OCSPReq(body);
                    byte[] nonce = DEROctetString.getInstance(
                            req.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce).getParsedValue()).getOctets();
                    return response(CA, null, CertificateStatus.GOOD, NOW.minus(1, ChronoUnit.HOURS),
                            NOW.plus(1, ChronoUnit.DAYS), nonce);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        X509CRLHolder rootCrl = TestPki.crl(ROOT, NOW.minus(1, ChronoUnit.DAYS), NOW.plus(6, ChronoUnit.DAYS));
        ValidationReport report = CertificatePathValidator.builder()
                .trustStore(TrustStore.of(List.of(ROOT.certificate())))
                .revocation(new RevocationPolicy(RevocationPolicy.Mode.EITHER, true))
                .ocspClient(OcspVerifier.builder().transport(transport).build())
                .crls(List.of(rootCrl))
                .build().validate(LEAF.certificate(), List.of(CA.certificate()), NOW);
        assertEquals(Verdict.VALID, report.verdict(), report.findings().toString());
        assertEquals(1, requests.size(), "only the leaf names a responder; the intermediate falls back to the CRL");
        assertEquals(URI.create("http://ocsp.test/"), OcspVerifier.responderUrl(LEAF.certificate()));
    }

    @Test
    void crlFetcherCachesUntilNextUpdate() throws Exception {
        AtomicInteger downloads = new AtomicInteger();
        byte[] crl = TestPki.crl(CA, NOW.minus(1, ChronoUnit.HOURS), NOW.plus(1, ChronoUnit.HOURS)).getEncoded();
        PkiTransport transport = new PkiTransport() {
            @Override
            public byte[] get(URI uri, int maxBytes) {
                downloads.incrementAndGet();
                return crl;
            }

            @Override
            public byte[] post(URI uri, String contentType, byte[] body, int maxBytes) {
                throw new UnsupportedOperationException();
            }
        };
        Instant[] now = {NOW};
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        CachingCrlFetcher fetcher = new CachingCrlFetcher(transport, Duration.ofHours(1), clock);
        List<String> urls = List.of("http://crl.test/ca.crl", "ldap://ignored");
        assertArrayEquals(crl, fetcher.fetch(LEAF.certificate(), urls).get(0).getEncoded());
        fetcher.fetch(LEAF.certificate(), urls);
        assertEquals(1, downloads.get());
        now[0] = NOW.plus(2, ChronoUnit.HOURS);
        fetcher.fetch(LEAF.certificate(), urls);
        assertEquals(2, downloads.get());
    }

    @Test
    void httpTransportRefusesOtherSchemes() {
        HttpPkiTransport http = new HttpPkiTransport(Duration.ofSeconds(1));
        assertThrows(PkiException.class, () -> http.get(URI.create("file:///etc/passwd"), 10));
    }

    @Test
    void malformedOcspResponsesAreRejected() {
        assertThrows(PkiException.class, () -> OcspResponses.parse(new byte[] {0x30, 0x03, 0x0a, 0x01, 0x00}));
        assertTrue(OcspResponses.parse(new byte[] {0x30, 0x03, 0x0a, 0x01, 0x01}).getStatus() == OCSPResp.MALFORMED_REQUEST);
    }
}
