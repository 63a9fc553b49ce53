package io.residentid.core.mrz;

/**
 * Which ICAO 9303 check digits hold.
 *
 * @param documentNumber check digit over the (full) document number
 * @param dateOfBirth    check digit over the date of birth
 * @param dateOfExpiry   check digit over the date of expiry
 * @param personalNumber check digit over the TD3 personal number; {@code null} for TD1 and TD2, which have none
 * @param composite      the composite check digit over the upper and middle lines (TD1) or line 2 (TD2, TD3)
 */
public record MrzCheckDigits(boolean documentNumber, boolean dateOfBirth, boolean dateOfExpiry,
                             Boolean personalNumber, boolean composite) {

    /** {@return whether every check digit the format has holds} */
    public boolean allValid() {
        return documentNumber && dateOfBirth && dateOfExpiry && composite
                && (personalNumber == null || personalNumber);
    }
}
