package io.residentid.pcsc.icao;

import io.residentid.pcsc.sm.AccessKeys;

import java.util.Arrays;

/**
 * The password PACE derives K_π from (ICAO 9303-11 §9.7.3): the MRZ (SHA-1 of the MRZ information) or the CAN
 * printed on the card. Holds the secret bytes until {@link #destroy()}; {@link #toString()} hides them.
 */
public final class PacePassword {

    /** Which password the card should check (MSE:Set AT tag 83). */
    public enum Kind {
        /** Machine-readable zone (reference 1). */
        MRZ(1),
        /** Card access number (reference 2). */
        CAN(2);

        private final int reference;

        Kind(int reference) {
            this.reference = reference;
        }

        /** The password reference sent in MSE:Set AT. */
        public int reference() {
            return reference;
        }
    }

    private final Kind kind;
    private final byte[] secret;

    private PacePassword(Kind kind, byte[] secret) {
        this.kind = kind;
        this.secret = secret;
    }

    /** The MRZ password from the printed document number, date of birth and date of expiry (YYMMDD). */
    public static PacePassword mrz(String documentNumber, String dateOfBirth, String dateOfExpiry) {
        byte[] info = AccessKeys.mrzInformation(documentNumber, dateOfBirth, dateOfExpiry);
        try {
            return new PacePassword(Kind.MRZ, AccessKeys.paceMrzPassword(info));
        } finally {
            Arrays.fill(info, (byte) 0);
        }
    }

    /** The CAN password (digits printed on the card). */
    public static PacePassword can(String can) {
        return new PacePassword(Kind.CAN, AccessKeys.paceCanPassword(can));
    }

    /** Which password this is. */
    public Kind kind() {
        return kind;
    }

    byte[] secret() {
        return secret;
    }

    /** Wipes the password bytes. */
    public void destroy() {
        Arrays.fill(secret, (byte) 0);
    }

    @Override
    public String toString() {
        return "PacePassword[" + kind + ", hidden]";
    }
}
