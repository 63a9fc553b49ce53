package io.residentid.kyc;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA224Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.engines.RSAEngine;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.ISO9796d2Signer;
import org.bouncycastle.crypto.util.PublicKeyFactory;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Optional;

/**
 * Checks an active-authentication signature from the transcript (ICAO 9303-11 §6.1), with the Bouncy Castle
 * lightweight API: ECDSA with a plain r‖s signature (hash named in DG14's ActiveAuthenticationInfo, SHA-256 when
 * absent), or RSA with ISO/IEC 9796-2 scheme 1 (hash from the trailer; the challenge is the non-recoverable part).
 */
final class AaSignatures {

    private AaSignatures() {
    }

    /** @return whether the signature verifies; empty when the key type or algorithm is not supported */
    static Optional<Boolean> verify(PublicKey key, Optional<String> ecdsaAlgorithmOid, byte[] challenge,
            byte[] signature) {
        AsymmetricKeyParameter params;
        try {
            params = PublicKeyFactory.createKey(key.getEncoded());
        } catch (Exception e) {
            return Optional.empty();
        }
        if (params instanceof ECPublicKeyParameters ec) {
            Digest digest = switch (ecdsaAlgorithmOid.orElse("0.4.0.127.0.7.1.1.4.1.3")) {
                case "0.4.0.127.0.7.1.1.4.1.1" -> new SHA1Digest();
                case "0.4.0.127.0.7.1.1.4.1.2" -> new SHA224Digest();
                case "0.4.0.127.0.7.1.1.4.1.3" -> new SHA256Digest();
                case "0.4.0.127.0.7.1.1.4.1.4" -> new SHA384Digest();
                case "0.4.0.127.0.7.1.1.4.1.5" -> new SHA512Digest();
                default -> null;
            };
            if (digest == null) {
                return Optional.empty();
            }
            int n = (ec.getParameters().getN().bitLength() + 7) / 8;
            if (signature.length != 2 * n) {
                return Optional.of(false);
            }
            byte[] hash = new byte[digest.getDigestSize()];
            digest.update(challenge, 0, challenge.length);
            digest.doFinal(hash, 0);
            ECDSASigner signer = new ECDSASigner();
            signer.init(false, ec);
            BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, n));
            BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, n, 2 * n));
            return Optional.of(signer.verifySignature(hash, r, s));
        }
        if (params instanceof RSAKeyParameters rsa) {
            return Optional.of(verifyRsa(rsa, challenge, signature));
        }
        return Optional.empty();
    }

    private static boolean verifyRsa(RSAKeyParameters key, byte[] challenge, byte[] signature) {
        try {
            RSAEngine raw = new RSAEngine();
            raw.init(false, key);
            byte[] block = raw.processBlock(signature, 0, signature.length);
            int last = block[block.length - 1] & 0xFF;
            boolean implicit = last == 0xBC;
            Digest digest;
            if (implicit) {
                digest = new SHA1Digest();
            } else if (last == 0xCC && block.length >= 2) {
                digest = switch (block[block.length - 2] & 0xFF) {
                    case 0x33 -> new SHA1Digest();
                    case 0x34 -> new SHA256Digest();
                    case 0x35 -> new SHA512Digest();
                    case 0x36 -> new SHA384Digest();
                    case 0x38 -> new SHA224Digest();
                    default -> null;
                };
                if (digest == null) {
                    return false;
                }
            } else {
                return false;
            }
            ISO9796d2Signer signer = new ISO9796d2Signer(new RSAEngine(), digest, implicit);
            signer.init(false, key);
            signer.updateWithRecoveredMessage(signature);
            if (signer.hasFullMessage()) {
                byte[] recovered = signer.getRecoveredMessage();
                boolean endsWithChallenge = recovered.length >= challenge.length && MessageDigest.isEqual(
                        Arrays.copyOfRange(recovered, recovered.length - challenge.length, recovered.length),
                        challenge);
                return endsWithChallenge && signer.verifySignature(signature);
            }
            signer.update(challenge, 0, challenge.length);
            return signer.verifySignature(signature);
        } catch (Exception e) {
            // Any decoding failure of an attacker-supplied signature is simply "does not verify".
            return false;
        }
    }
}
