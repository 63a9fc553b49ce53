package io.residentid.core.pki;

import java.util.Objects;

/**
 * How revocation is checked for every non-anchor certificate of the path.
 *
 * @param mode     which sources are consulted
 * @param hardFail {@code true}: missing revocation information makes the result {@code INDETERMINATE};
 *                 {@code false}: it is reported as a warning only
 */
public record RevocationPolicy(Mode mode, boolean hardFail) {

    /** No revocation checking. */
    public static final RevocationPolicy NONE = new RevocationPolicy(Mode.NONE, false);

    /** Which revocation sources are consulted. */
    public enum Mode {
        /** None. */
        NONE,
        /** CRLs only (supplied or fetched). */
        CRL,
        /** OCSP only. */
        OCSP,
        /** OCSP first, then CRLs; either answer suffices. */
        EITHER
    }

    /**
     * Requires a mode.
     *
     * @param mode     which sources are consulted
     * @param hardFail whether missing revocation information makes the result INDETERMINATE
     */
    public RevocationPolicy {
        Objects.requireNonNull(mode, "mode");
    }

    /**
     * CRL checking, failing hard or soft.
     *
     * @param hardFail whether missing revocation information makes the result INDETERMINATE
     * @return the policy
     */
    public static RevocationPolicy crl(boolean hardFail) {
        return new RevocationPolicy(Mode.CRL, hardFail);
    }
}
