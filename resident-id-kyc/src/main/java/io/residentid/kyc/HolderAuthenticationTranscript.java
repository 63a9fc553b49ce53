package io.residentid.kyc;

import io.residentid.core.model.Bytes;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Objects;

/**
 * Holder authentication with the card's PKI applet, as exchanged: the bank's challenge, the card's signature over it
 * (after the holder's PIN), and the card's certificate chain (DER, the authentication certificate first).
 *
 * @param challenge    the challenge the bank sent
 * @param signature    the card's signature (SHA-256 with ECDSA, DER; or SHA-256 with RSA)
 * @param certificates the certificate chain, DER, the card's authentication certificate first (at most 8)
 */
public record HolderAuthenticationTranscript(Bytes challenge, Bytes signature, List<Bytes> certificates) {

    /**
     * Checks presence and bounds.
     *
     * @param challenge the challenge the reader sent
     * @param signature the card's signature over it
     * @param certificates the card's certificate chain, leaf first
     */
    public HolderAuthenticationTranscript {
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(signature, "signature");
        certificates = List.copyOf(certificates);
        if (certificates.isEmpty() || certificates.size() > 8) {
            throw new IllegalArgumentException("one to eight certificates, the card's first");
        }
        if (challenge.length() > 1024 || signature.length() > 1024) {
            throw new IllegalArgumentException("challenge and signature are at most 1024 bytes");
        }
    }

    /** {@return the SHA-256 over challenge, signature and certificates (each length-prefixed)} */
    public Bytes sha256() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Bytes b : List.of(challenge, signature)) {
            write(out, b);
        }
        certificates.forEach(c -> write(out, c));
        return Bytes.of(out.toByteArray()).sha256();
    }

    private static void write(ByteArrayOutputStream out, Bytes b) {
        int n = b.length();
        out.write(n >>> 24);
        out.write(n >>> 16);
        out.write(n >>> 8);
        out.write(n);
        out.writeBytes(b.toByteArray());
    }
}
