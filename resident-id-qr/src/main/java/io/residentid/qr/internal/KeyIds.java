package io.residentid.qr.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import java.util.Arrays;
import java.util.Base64;

/**
 * The {@code kid} of an issuer key: base64url of the first {@value #KID_BYTES} bytes of its RFC 7638 SHA-256
 * thumbprint (8 characters). The short form keeps the reference credential in a version 15 QR symbol; it is a
 * lookup hint, not a security property: keys are only looked up by ({@code iss}, {@code kid}) and the signature
 * decides. A trust list rejects two keys of one issuer with the same {@code kid}.
 */
public final class KeyIds {

    /** Thumbprint bytes kept in the {@code kid}. */
    public static final int KID_BYTES = 6;

    private KeyIds() {
    }

    /** The {@code kid} of a public or private key (computed from the public members only). */
    public static String of(JWK key) {
        try {
            byte[] thumbprint = key.computeThumbprint("SHA-256").decode();
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(thumbprint, KID_BYTES));
        } catch (JOSEException e) {
            throw new IllegalArgumentException("Cannot compute the key thumbprint", e);
        }
    }
}
