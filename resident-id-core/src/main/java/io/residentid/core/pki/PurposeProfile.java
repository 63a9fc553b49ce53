package io.residentid.core.pki;

import java.util.Set;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * What the validated (target) certificate will be used for. The profile sets the key usage the target must allow
 * and whether legacy algorithms (SHA-1, RSA below 2048 bits) on documents still in circulation are tolerated with a
 * {@link PathCode#WEAK_ALGORITHM} warning instead of failing.
 */
public enum PurposeProfile {
    /** A country signing CA (ICAO 9303-12): a CA certificate allowed to sign certificates. */
    CSCA(KeyUsage.keyCertSign, true, true),
    /** An eMRTD/ID-card document signer: digitalSignature. */
    DOCUMENT_SIGNER(KeyUsage.digitalSignature, false, true),
    /** A chip or card authentication key: digitalSignature or keyAgreement. */
    CARD_AUTHENTICATION(KeyUsage.digitalSignature | KeyUsage.keyAgreement, false, true),
    /** A signing key for current signatures: digitalSignature or nonRepudiation. */
    SIGNATURE(KeyUsage.digitalSignature | KeyUsage.nonRepudiation, false, false),
    /** The issuer of signed QR codes (digital ID cards): digitalSignature. */
    QR_ISSUER(KeyUsage.digitalSignature, false, false),
    /** No key-usage requirement; the strict algorithm policy applies. */
    ANY(0, false, false);

    private final int anyOfKeyUsage;
    private final boolean caRequired;
    private final boolean legacyAlgorithmsTolerated;

    PurposeProfile(int anyOfKeyUsage, boolean caRequired, boolean legacyAlgorithmsTolerated) {
        this.anyOfKeyUsage = anyOfKeyUsage;
        this.caRequired = caRequired;
        this.legacyAlgorithmsTolerated = legacyAlgorithmsTolerated;
    }

    /** {@return the key usage bits ({@link KeyUsage} constants) of which the target must allow one; 0 for none} */
    public int anyOfKeyUsage() {
        return anyOfKeyUsage;
    }

    /** {@return whether the target itself must be a CA certificate} */
    public boolean caRequired() {
        return caRequired;
    }

    /** {@return whether SHA-1 and RSA/DSA keys below 2048 bits give a warning rather than an error} */
    public boolean legacyAlgorithmsTolerated() {
        return legacyAlgorithmsTolerated;
    }

    /**
     * {@return the extended key usages (dotted OIDs) of which the target must list one by default} Empty for every
     * profile today; a validator overrides it with {@link CertificatePathValidator.Builder#extendedKeyUsages}.
     */
    public Set<String> defaultExtendedKeyUsages() {
        return Set.of();
    }
}
