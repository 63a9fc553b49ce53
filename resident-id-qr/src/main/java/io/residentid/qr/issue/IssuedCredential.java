package io.residentid.qr.issue;

import io.residentid.qr.internal.QrSymbol;
import io.residentid.qr.format.CredentialClaims;
import io.residentid.qr.format.EccLevel;

/**
 * A freshly issued credential.
 *
 * @param qrText the text to put in the QR code ({@code rid:/…})
 * @param jws    the compact JWS
 * @param kid    the signing key's {@code kid}
 * @param claims the signed claims
 */
public record IssuedCredential(String qrText, String jws, String kid, CredentialClaims claims) {

    /**
     * {@return the QR version of the two-segment symbol at a level}
     *
     * @param level the error-correction level
     */
    public int qrVersion(EccLevel level) {
        return QrSymbol.version(qrText, level);
    }

    @Override
    public String toString() {
        return "IssuedCredential[kid=" + kid + ", issuer=" + claims.issuer() + ", document=" + claims.document()
                + ", qrText=" + qrText.length() + " characters]";
    }
}
