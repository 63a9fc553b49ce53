package io.residentid.pcsc.icao;

import io.residentid.core.model.Bytes;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A ChipAuthenticationPublicKeyInfo from DG14: {@code SEQUENCE { protocol OID (id-PK-ECDH / id-PK-DH),
 * chipAuthenticationPublicKey SubjectPublicKeyInfo, keyId INTEGER OPTIONAL }}.
 *
 * @param protocol             id-PK-… OID
 * @param subjectPublicKeyInfo the DER SubjectPublicKeyInfo, as stored on the chip
 * @param keyId                the key's identifier when the chip holds several
 */
public record ChipAuthenticationPublicKey(String protocol, Bytes subjectPublicKeyInfo, OptionalInt keyId) {

    /**
     * Checks that every component is present.
     *
     * @param protocol id-PK-… OID
     * @param subjectPublicKeyInfo the DER SubjectPublicKeyInfo, as stored on the chip
     * @param keyId the key's identifier when the chip holds several
     */
    public ChipAuthenticationPublicKey {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(subjectPublicKeyInfo, "subjectPublicKeyInfo");
        Objects.requireNonNull(keyId, "keyId");
    }

    /** {@return whether the key is an EC key (id-PK-ECDH)} */
    public boolean isEcdh() {
        return protocol.equals("0.4.0.127.0.7.2.2.1.2");
    }
}
