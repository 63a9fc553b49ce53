package io.residentid.core.pki;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.RSAEngine;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.signers.ISO9796d2Signer;
import org.junit.jupiter.api.Test;

class RawSignaturesTest {

    static final byte[] MESSAGE = "challenge-response".getBytes(StandardCharsets.US_ASCII);

    static KeyPair ec() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC", Bc.PROVIDER);
        g.initialize(new ECGenParameterSpec("brainpoolP256r1"));
        return g.generateKeyPair();
    }

    static KeyPair rsa(int bits) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA", Bc.PROVIDER);
        g.initialize(bits);
        return g.generateKeyPair();
    }

    static byte[] sign(String alg, KeyPair pair, byte[] message) throws Exception {
        Signature s = Signature.getInstance(alg, Bc.PROVIDER);
        s.initSign(pair.getPrivate());
        s.update(message);
        return s.sign();
    }

    @Test
    void ecdsaVerifiesInDerAndPlainFormat() throws Exception {
        KeyPair pair = ec();
        byte[] der = sign("SHA256withECDSA", pair, MESSAGE);
        assertTrue(RawSignatures.verifyEcdsa(pair.getPublic(), "SHA-256", MESSAGE, der, RawSignatures.EcdsaFormat.DER));
        byte[] plain = sign("SHA256withPLAIN-ECDSA", pair, MESSAGE);
        assertTrue(RawSignatures.verifyEcdsa(pair.getPublic(), "SHA-256", MESSAGE, plain,
                RawSignatures.EcdsaFormat.PLAIN));
        plain[3] ^= 1;
        assertFalse(RawSignatures.verifyEcdsa(pair.getPublic(), "SHA-256", MESSAGE, plain,
                RawSignatures.EcdsaFormat.PLAIN));
        assertFalse(RawSignatures.verifyEcdsa(pair.getPublic(), "SHA-256", MESSAGE, new byte[] {1, 2, 3},
                RawSignatures.EcdsaFormat.DER));
    }

    @Test
    void rsaPkcs1AndPssVerify() throws Exception {
        KeyPair pair = rsa(2048);
        assertTrue(RawSignatures.verifyRsaPkcs1(pair.getPublic(), "SHA-384", MESSAGE,
                sign("SHA384withRSA", pair, MESSAGE)));
        Signature pss = Signature.getInstance("RSASSA-PSS", Bc.PROVIDER);
        pss.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
        pss.initSign(pair.getPrivate());
        pss.update(MESSAGE);
        byte[] sig = pss.sign();
        assertTrue(RawSignatures.verifyRsaPss(pair.getPublic(), "SHA-256", 32, MESSAGE, sig));
        assertFalse(RawSignatures.verifyRsaPss(pair.getPublic(), "SHA-256", 20, MESSAGE, sig));
        assertThrows(PkiException.class, () -> RawSignatures.verifyRsaPss(pair.getPublic(), "MD5", 20, MESSAGE, sig));
    }

    @Test
    void iso9796d2Scheme1RecoversTheCardNonceLikeActiveAuthentication() throws Exception {
        KeyPair pair = rsa(1024);
        RSAPrivateKey priv = (RSAPrivateKey) pair.getPrivate();
        byte[] challenge = {1, 2, 3, 4, 5, 6, 7, 8};
        for (boolean implicit : new boolean[] {true, false}) {
            ISO9796d2Signer card = new ISO9796d2Signer(new RSAEngine(),
                    implicit ? new SHA1Digest() : new SHA256Digest(), implicit);
            card.init(true, new RSAKeyParameters(true, priv.getModulus(), priv.getPrivateExponent()));
            byte[] m1 = new byte[106 - (implicit ? 0 : 13)];
            Arrays.fill(m1, (byte) 0x5A);
            card.update(m1, 0, m1.length);
            card.update(challenge, 0, challenge.length);
            byte[] signature = card.generateSignature();
            Optional<byte[]> recovered = RawSignatures.verifyIso9796d2(pair.getPublic(), signature, challenge);
            assertTrue(recovered.isPresent(), "implicit=" + implicit);
            assertArrayEquals(m1, Arrays.copyOf(recovered.get(), m1.length));
            assertTrue(RawSignatures.verifyIso9796d2(pair.getPublic(), signature, new byte[8]).isEmpty());
        }
    }
}
