package io.residentid.pcsc.icao;

import io.residentid.pcsc.sm.BacAuthentication;

import java.util.Objects;

/**
 * What the reader knows to open the chip: the MRZ fields (document number, date of birth, date of expiry, as
 * printed) or the CAN. {@link #toString()} hides the values.
 */
public final class AccessKey {

    private final String documentNumber;
    private final String dateOfBirth;
    private final String dateOfExpiry;
    private final String can;

    private AccessKey(String documentNumber, String dateOfBirth, String dateOfExpiry, String can) {
        this.documentNumber = documentNumber;
        this.dateOfBirth = dateOfBirth;
        this.dateOfExpiry = dateOfExpiry;
        this.can = can;
    }

    /**
     * The MRZ key.
     *
     * @throws IllegalArgumentException when a field is malformed (dates YYMMDD)
     */
    public static AccessKey mrz(String documentNumber, String dateOfBirth, String dateOfExpiry) {
        io.residentid.pcsc.sm.AccessKeys.mrzInformation(documentNumber, dateOfBirth, dateOfExpiry);
        return new AccessKey(documentNumber, dateOfBirth, dateOfExpiry, null);
    }

    /**
     * The CAN key (PACE only).
     *
     * @throws IllegalArgumentException when the CAN is not digits
     */
    public static AccessKey can(String can) {
        io.residentid.pcsc.sm.AccessKeys.paceCanPassword(Objects.requireNonNull(can, "can"));
        return new AccessKey(null, null, null, can);
    }

    /** Whether this is a CAN (BAC cannot use it). */
    public boolean isCan() {
        return can != null;
    }

    PacePassword pacePassword() {
        return isCan() ? PacePassword.can(can) : PacePassword.mrz(documentNumber, dateOfBirth, dateOfExpiry);
    }

    BacAuthentication bacKeys() {
        return BacAuthentication.fromMrz(documentNumber, dateOfBirth, dateOfExpiry);
    }

    @Override
    public String toString() {
        return "AccessKey[" + (isCan() ? "CAN" : "MRZ") + ", hidden]";
    }
}
