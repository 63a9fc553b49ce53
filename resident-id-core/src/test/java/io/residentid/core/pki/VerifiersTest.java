package io.residentid.core.pki;

import static io.residentid.core.pki.TestPki.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.util.List;
import java.util.Random;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.junit.jupiter.api.Test;

/** The lightweight ECDSA path agrees with the BC JCA provider, and the outcome cache never changes a verdict. */
class VerifiersTest {

    private static boolean jca(X509CertificateHolder cert, SubjectPublicKeyInfo key) {
        try {
            return cert.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(Bc.PROVIDER).build(key));
        } catch (Exception e) {
            return false;
        }
    }

    private static X509CertificateHolder withSignature(X509CertificateHolder cert, byte[] signature) {
        Certificate c = cert.toASN1Structure();
        return new X509CertificateHolder(Certificate.getInstance(new DERSequence(new org.bouncycastle.asn1.ASN1Encodable[] {
            c.getTBSCertificate(), c.getSignatureAlgorithm(), new DERBitString(signature)})));
    }

    @Test
    void ecdsaOnNamedCurvesAgreesWithTheJcaProviderOnValidAndMutatedSignatures() {
        Random random = new Random(7);
        for (String curve : List.of("secp256r1", "secp384r1", "brainpoolP256r1")) {
            KeyPair keys = TestPki.ecKeys(curve);
            TestPki.Issued root = TestPki.root("Root " + curve, keys);
            TestPki.Issued leaf = TestPki.leaf("Leaf", root);
            SubjectPublicKeyInfo key = root.certificate().getSubjectPublicKeyInfo();
            assertTrue(Verifiers.certificate(leaf.certificate(), key));
            assertTrue(jca(leaf.certificate(), key));
            byte[] signature = leaf.certificate().getSignature();
            for (int i = 0; i < 60; i++) {
                byte[] mutated = signature.clone();
                switch (i % 3) {
                    case 0 -> mutated[random.nextInt(mutated.length)] ^= (byte) (1 << random.nextInt(8));
                    case 1 -> mutated = java.util.Arrays.copyOf(mutated, random.nextInt(mutated.length));
                    default -> {
                        // non-canonical DER: a redundant leading zero in r
                        byte[] longer = new byte[mutated.length + 1];
                        longer[0] = 0x30;
                        longer[1] = (byte) (mutated[1] + 1);
                        longer[2] = 0x02;
                        longer[3] = (byte) (mutated[3] + 1);
                        longer[4] = 0;
                        System.arraycopy(mutated, 4, longer, 5, mutated.length - 4);
                        mutated = longer;
                    }
                }
                X509CertificateHolder tampered = withSignature(leaf.certificate(), mutated);
                assertEquals(jca(tampered, key), Verifiers.certificate(tampered, key), curve + " mutation " + i);
                assertFalse(Verifiers.certificate(tampered, key), curve + " mutation " + i);
            }
            // the wrong key never verifies
            assertFalse(Verifiers.certificate(leaf.certificate(), leaf.certificate().getSubjectPublicKeyInfo()));
        }
    }

    @Test
    void rsaKeysStillVerifyThroughTheProvider() {
        TestPki.Issued root = TestPki.root("RSA Root", TestPki.rsa(2048));
        TestPki.Issued leaf = TestPki.leaf("Leaf", root);
        assertTrue(Verifiers.certificate(leaf.certificate(), root.certificate().getSubjectPublicKeyInfo()));
        assertFalse(Verifiers.certificate(leaf.certificate(), leaf.certificate().getSubjectPublicKeyInfo()));
    }

    @Test
    void validatorWithoutOutcomeCacheGivesTheSameVerdicts() {
        TestPki.Issued root = TestPki.root("Root", TestPki.p256());
        TestPki.Issued ca = TestPki.intermediate("Issuing CA", root);
        TestPki.Issued leaf = TestPki.leaf("Signer", ca);
        TestPki.Issued impostor = new TestPki.Builder("Signer", TestPki.p256()).withoutKeyIdentifiers()
                .issuer(null, TestPki.p256(), null).issuerName(root.certificate().getSubject()).build();
        for (boolean cache : new boolean[] {true, false}) {
            CertificatePathValidator v = CertificatePathValidator.builder()
                    .trustStore(TrustStore.of(List.of(root.certificate()))).signatureResultCache(cache).build();
            for (int round = 0; round < 2; round++) {
                assertTrue(v.validate(leaf.certificate(), List.of(ca.certificate()), NOW).isValid());
                assertTrue(v.validate(impostor.certificate(), List.of(), NOW).has(PathCode.SIGNATURE_INVALID));
            }
        }
    }
}
