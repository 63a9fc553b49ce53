package io.residentid.emulator;

import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

/**
 * The test PKI behind an emulated resident card, freshly generated: CSCA → document signer (ECDSA P-256, or RSA
 * 3072/2048), national CA → the holder's authentication and signing certificates. Everything is test data.
 */
final class TestIssuer {

    final KeyPair cscaKeys;
    final X509CertificateHolder csca;
    final KeyPair dsKeys;
    final X509CertificateHolder ds;
    final KeyPair nationalKeys;
    final X509CertificateHolder nationalCa;
    final KeyPair authKeys;
    final KeyPair signKeys;
    final X509CertificateHolder authCert;
    final X509CertificateHolder signCert;

    TestIssuer(String issuingState, boolean rsa, SecureRandom random) {
        Instant now = Instant.now().minus(Duration.ofDays(1));
        this.cscaKeys = rsa ? IssuerCredentials.rsaKeyPair(3072, random)
                : IssuerCredentials.ecKeyPair("secp256r1", random);
        this.csca = IssuerCredentials.certificate("C=" + alpha2(issuingState) + ",O=resident-id test,CN=Test CSCA",
                cscaKeys.getPublic(), null, cscaKeys.getPrivate(), cscaKeys.getPublic(), true,
                KeyUsage.keyCertSign | KeyUsage.cRLSign, null, now, Duration.ofDays(3650), random);
        this.dsKeys = rsa ? IssuerCredentials.rsaKeyPair(2048, random)
                : IssuerCredentials.ecKeyPair("secp256r1", random);
        this.ds = IssuerCredentials.certificate(
                "C=" + alpha2(issuingState) + ",O=resident-id test,CN=Test Document Signer", dsKeys.getPublic(),
                csca, cscaKeys.getPrivate(), cscaKeys.getPublic(), false, KeyUsage.digitalSignature, null, now,
                Duration.ofDays(1095), random);
        this.nationalKeys = IssuerCredentials.ecKeyPair("secp256r1", random);
        this.nationalCa = IssuerCredentials.certificate(
                "C=" + alpha2(issuingState) + ",O=resident-id test,CN=Test National CA", nationalKeys.getPublic(),
                null, nationalKeys.getPrivate(), nationalKeys.getPublic(), true,
                KeyUsage.keyCertSign | KeyUsage.cRLSign, null, now, Duration.ofDays(3650), random);
        this.authKeys = IssuerCredentials.ecKeyPair("secp256r1", random);
        this.signKeys = IssuerCredentials.ecKeyPair("secp256r1", random);
        String holder = "C=" + alpha2(issuingState) + ",O=resident-id test,CN=Test Resident";
        this.authCert = IssuerCredentials.certificate(holder + " (Authentication)",
                authKeys.getPublic(), nationalCa, nationalKeys.getPrivate(), nationalKeys.getPublic(), false,
                KeyUsage.digitalSignature, KeyPurposeId.id_kp_clientAuth, now, Duration.ofDays(1825), random);
        this.signCert = IssuerCredentials.certificate(holder + " (Signature)",
                signKeys.getPublic(), nationalCa, nationalKeys.getPrivate(), nationalKeys.getPublic(), false,
                KeyUsage.nonRepudiation, null, now, Duration.ofDays(1825), random);
    }

    /** ISO 3166 alpha-2 of a GCC alpha-3 code (ZZ for others), for the certificates' country. */
    static String alpha2(String alpha3) {
        return switch (alpha3) {
            case "OMN" -> "OM";
            case "SAU" -> "SA";
            case "QAT" -> "QA";
            case "ARE" -> "AE";
            case "KWT" -> "KW";
            case "BHR" -> "BH";
            default -> "ZZ";
        };
    }
}
