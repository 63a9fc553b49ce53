package io.residentid.pcsc.icao;

import io.residentid.pcsc.sm.SmCipher;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A ChipAuthenticationInfo from DG14 (ICAO 9303-11 §9.2.5): {@code SEQUENCE { protocol OID, version INTEGER,
 * keyId INTEGER OPTIONAL }}.
 *
 * @param protocol id-CA-ECDH-… or id-CA-DH-… OID
 * @param version  protocol version (1)
 * @param keyId    the key's identifier when the chip holds several
 */
public record ChipAuthenticationInfo(String protocol, int version, OptionalInt keyId) {

    static final String ID_CA = "0.4.0.127.0.7.2.2.3";

    /**
     * Creates the record, checking its components.
     *
     * @param protocol id-CA-ECDH-… or id-CA-DH-… OID
     * @param version protocol version (1)
     * @param keyId the key's identifier when the chip holds several
     */
    public ChipAuthenticationInfo {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(keyId, "keyId");
    }

    /** {@return whether the key agreement is ECDH (the only kind this SDK runs)} */
    public boolean isEcdh() {
        return protocol.startsWith(ID_CA + ".2.");
    }

    /** {@return the secure-messaging cipher after chip authentication} */
    public Optional<SmCipher> cipher() {
        if (!protocol.startsWith(ID_CA + ".") || protocol.length() != ID_CA.length() + 4) {
            return Optional.empty();
        }
        return switch (protocol.charAt(protocol.length() - 1)) {
            case '1' -> Optional.of(SmCipher.TDES);
            case '2' -> Optional.of(SmCipher.AES_128);
            case '3' -> Optional.of(SmCipher.AES_192);
            case '4' -> Optional.of(SmCipher.AES_256);
            default -> Optional.empty();
        };
    }
}
