package io.residentid.pcsc.icao;

import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.RSAEngine;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.signers.ISO9796d2Signer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Active authentication signatures as chips produce them (generated with Bouncy Castle). */
class ActiveAuthenticationVerifierTest {

    private static KeyPair rsa;
    private static final byte[] CHALLENGE = {1, 2, 3, 4, 5, 6, 7, 8};

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(1024, new SecureRandom());
        rsa = g.generateKeyPair();
    }

    private static byte[] iso9796(boolean implicit, org.bouncycastle.crypto.Digest digest) throws Exception {
        // ICAO: M1 fills the recoverable capacity, the challenge is M2 (partial recovery)
        return iso9796(implicit, digest, 128 - digest.getDigestSize() - (implicit ? 2 : 3));
    }

    private static byte[] iso9796(boolean implicit, org.bouncycastle.crypto.Digest digest, int m1Length)
            throws Exception {
        RSAPrivateKey key = (RSAPrivateKey) rsa.getPrivate();
        ISO9796d2Signer signer = new ISO9796d2Signer(new RSAEngine(), digest, implicit);
        signer.init(true, new RSAKeyParameters(true, key.getModulus(), key.getPrivateExponent()));
        byte[] m1 = new byte[m1Length];
        new SecureRandom().nextBytes(m1);
        signer.update(m1, 0, m1.length);
        signer.update(CHALLENGE, 0, CHALLENGE.length);
        return signer.generateSignature();
    }

    @Test
    void rsaIso9796WithImplicitSha1() throws Exception {
        byte[] sig = iso9796(true, new SHA1Digest());
        assertEquals(Optional.of(true), ActiveAuthenticationVerifier.verify(rsa.getPublic(), Optional.empty(),
                CHALLENGE, sig));
        assertEquals(Optional.of(false), ActiveAuthenticationVerifier.verify(rsa.getPublic(), Optional.empty(),
                new byte[8], sig));
    }

    @Test
    void rsaIso9796WithFullRecovery() throws Exception {
        byte[] sig = iso9796(true, new SHA1Digest(), 20);
        assertEquals(Optional.of(true), ActiveAuthenticationVerifier.verify(rsa.getPublic(), Optional.empty(),
                CHALLENGE, sig));
        assertEquals(Optional.of(false), ActiveAuthenticationVerifier.verify(rsa.getPublic(), Optional.empty(),
                new byte[8], sig));
    }

    @Test
    void rsaIso9796WithExplicitSha256Trailer() throws Exception {
        byte[] sig = iso9796(false, new SHA256Digest());
        assertEquals(Optional.of(true), ActiveAuthenticationVerifier.verify(rsa.getPublic(), Optional.empty(),
                CHALLENGE, sig));
    }

    @Test
    void ecdsaPlainSignature() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair ec = g.generateKeyPair();
        Signature s = Signature.getInstance("SHA256withPLAIN-ECDSA", new org.bouncycastle.jce.provider.BouncyCastleProvider());
        s.initSign(ec.getPrivate());
        s.update(CHALLENGE);
        byte[] sig = s.sign();
        assertEquals(Optional.of(true), ActiveAuthenticationVerifier.verify(ec.getPublic(),
                Optional.of("0.4.0.127.0.7.1.1.4.1.3"), CHALLENGE, sig));
        sig[5] ^= 1;
        assertEquals(Optional.of(false), ActiveAuthenticationVerifier.verify(ec.getPublic(),
                Optional.of("0.4.0.127.0.7.1.1.4.1.3"), CHALLENGE, sig));
        assertEquals(Optional.empty(), ActiveAuthenticationVerifier.verify(ec.getPublic(),
                Optional.of("1.2.3"), CHALLENGE, sig));
    }
}
