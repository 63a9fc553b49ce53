package io.residentid.pcsc.icao;


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

        /** {@return the password reference sent in MSE:Set AT} */
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

    /** A password of {@code kind} holding {@code secret} (taken over, not copied). */
    static PacePassword of(Kind kind, byte[] secret) {
        return new PacePassword(kind, secret);
    }

    /**
     * The password an access key gives (as {@link AccessKey#pacePassword()}).
     *
     * @param key the CAN or MRZ access key
     * @return the PACE password it gives
     */
    public static PacePassword of(AccessKey key) {
        return key.pacePassword();
    }

    /**
     * The CAN password from its digits (for tests and the emulator; prefer {@link #of(AccessKey)}).
     *
     * @throws IllegalArgumentException when the CAN is not 1-12 digits
     * @param can the card access number, 1-12 digits
     * @return the PACE password of the CAN
     */
    public static PacePassword can(String can) {
        AccessKey key = AccessKey.can(can);
        try {
            return key.pacePassword();
        } finally {
            key.destroy();
        }
    }

    /** {@return which password this is} */
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
