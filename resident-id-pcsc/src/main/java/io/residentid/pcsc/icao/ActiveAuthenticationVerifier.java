package io.residentid.pcsc.icao;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA224Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.engines.RSAEngine;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.signers.ISO9796d2Signer;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Optional;

/**
 * Checks the chip's answer to INTERNAL AUTHENTICATE (ICAO 9303-11 §6.1): RSA with ISO/IEC 9796-2 scheme 1
 * (message recovery; hash from the trailer) or ECDSA with a plain r‖s signature (hash from DG14's
 * ActiveAuthenticationInfo, SHA-256 when absent).
 */
final class ActiveAuthenticationVerifier {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private ActiveAuthenticationVerifier() {
    }

    /** @return whether the signature verifies; empty when the key type or algorithm is not supported */
    static Optional<Boolean> verify(PublicKey key, Optional<String> ecdsaAlgorithmOid, byte[] challenge,
            byte[] signature) {
        if (key instanceof RSAPublicKey rsa) {
            return Optional.of(verifyRsa(rsa, challenge, signature));
        }
        if ("EC".equals(key.getAlgorithm()) || "ECDSA".equals(key.getAlgorithm())) {
            String algorithm = switch (ecdsaAlgorithmOid.orElse("0.4.0.127.0.7.1.1.4.1.3")) {
                case "0.4.0.127.0.7.1.1.4.1.1" -> "SHA1withPLAIN-ECDSA";
                case "0.4.0.127.0.7.1.1.4.1.2" -> "SHA224withPLAIN-ECDSA";
                case "0.4.0.127.0.7.1.1.4.1.3" -> "SHA256withPLAIN-ECDSA";
                case "0.4.0.127.0.7.1.1.4.1.4" -> "SHA384withPLAIN-ECDSA";
                case "0.4.0.127.0.7.1.1.4.1.5" -> "SHA512withPLAIN-ECDSA";
                default -> null;
            };
            if (algorithm == null) {
                return Optional.empty();
            }
            try {
                Signature s = Signature.getInstance(algorithm, BC);
                s.initVerify(key);
                s.update(challenge);
                return Optional.of(s.verify(signature));
            } catch (Exception e) {
                return Optional.of(false);
            }
        }
        return Optional.empty();
    }

    private static boolean verifyRsa(RSAPublicKey key, byte[] challenge, byte[] signature) {
        try {
            RSAKeyParameters params = new RSAKeyParameters(false, key.getModulus(), key.getPublicExponent());
            RSAEngine raw = new RSAEngine();
            raw.init(false, params);
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
            signer.init(false, params);
            signer.updateWithRecoveredMessage(signature);
            if (signer.hasFullMessage()) {
                // Whole message recovered: it must end with our challenge (M = M1 ‖ challenge).
                byte[] recovered = signer.getRecoveredMessage();
                boolean endsWithChallenge = recovered.length >= challenge.length && java.security.MessageDigest
                        .isEqual(Arrays.copyOfRange(recovered, recovered.length - challenge.length, recovered.length),
                                challenge);
                return endsWithChallenge && signer.verifySignature(signature);
            }
            // Partial recovery (ICAO): M1 recovered, the challenge is the non-recoverable part M2.
            signer.update(challenge, 0, challenge.length);
            return signer.verifySignature(signature);
        } catch (Exception e) {
            return false;
        }
    }
}
