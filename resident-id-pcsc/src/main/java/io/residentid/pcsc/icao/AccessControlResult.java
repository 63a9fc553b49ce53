package io.residentid.pcsc.icao;

import io.residentid.pcsc.sm.SessionKeys;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of access control: which protocol ran and the session keys it agreed.
 *
 * @param method   PACE or BAC
 * @param paceInfo the PACEInfo used (PACE only)
 * @param keys     the secure-messaging session keys
 */
public record AccessControlResult(Method method, Optional<PaceInfo> paceInfo, SessionKeys keys) {

    /** Access-control protocols. */
    public enum Method {
        /** Password Authenticated Connection Establishment. */
        PACE,
        /** Basic Access Control. */
        BAC
    }

    /**
     * Creates the record, checking its components.
     *
     * @param method PACE or BAC
     * @param paceInfo the PACEInfo used (PACE only)
     * @param keys the secure-messaging session keys
     */
    public AccessControlResult {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(paceInfo, "paceInfo");
        Objects.requireNonNull(keys, "keys");
    }

    /**
     * {@return a short description such as {@code PACE ECDH-GM brainpoolP256r1 AES_128}, {@code PACE ECDH-IM …} or
     * {@code BAC 3DES}}
     */
    public String describe() {
        if (method == Method.BAC) {
            return "BAC TDES";
        }
        PaceInfo info = paceInfo.orElseThrow();
        String mapping = info.mapping().orElse(null) == PaceInfo.Mapping.INTEGRATED ? "IM" : "GM";
        return "PACE ECDH-" + mapping + " " + info.curveName().orElse("?") + " " + keys.cipher();
    }
}
