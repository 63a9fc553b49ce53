package io.residentid.pcsc.pin;

import java.util.Arrays;

/**
 * A PIN (or PUK) on a card: its reference (P2 of VERIFY, e.g. {@code 81} for an application-specific PIN), how the
 * digits are encoded, the length bounds and the padding.
 *
 * <pre>{@code
 * PinReference pin = PinReference.builder(0x81).format(PinFormat.ASCII).length(6, 6).paddedLength(8).build();
 * }</pre>
 * Immutable and thread-safe.
 */
public final class PinReference {

    private final int reference;
    private final PinFormat format;
    private final int minLength;
    private final int maxLength;
    private final int padding;
    private final int paddedLength;
    private final String label;

    private PinReference(Builder b) {
        this.reference = b.reference;
        this.format = b.format;
        this.minLength = b.minLength;
        this.maxLength = b.maxLength;
        this.padding = b.padding;
        this.paddedLength = b.format == PinFormat.ISO9564_FORMAT_2 ? 8 : b.paddedLength;
        this.label = b.label;
    }

    /**
     * A builder for the reference byte (P2), e.g. {@code 0x81}.
     *
     * @param reference the PIN's reference (P2 of VERIFY)
     * @return a builder
     */
    public static Builder builder(int reference) {
        return new Builder(reference);
    }

    /**
     * {@return the PIN's reference (P2 of VERIFY)}
     */
    public int reference() {
        return reference;
    }

    /**
     * {@return how the digits are encoded}
     */
    public PinFormat format() {
        return format;
    }

    /**
     * {@return the fewest digits allowed}
     */
    public int minLength() {
        return minLength;
    }

    /**
     * {@return the most digits allowed}
     */
    public int maxLength() {
        return maxLength;
    }

    /** {@return the padding byte (default {@code FF})} */
    public int padding() {
        return padding;
    }

    /** {@return the length of the encoded reference data, or 0 when it is as long as the digits need} */
    public int paddedLength() {
        return paddedLength;
    }

    /** {@return a name for messages, e.g. "PIN" or "PUK"} */
    public String label() {
        return label;
    }

    /**
     * Checks the digits without encoding them.
     *
     * @throws InvalidPinException when not only digits or outside the length bounds
     * @param pin the PIN to check (not kept)
     */
    public void validate(char[] pin) {
        if (pin == null) {
            throw new InvalidPinException(label + " is missing");
        }
        if (pin.length < minLength || pin.length > maxLength) {
            throw new InvalidPinException(label + " must have " + (minLength == maxLength ? minLength + ""
                    : minLength + " to " + maxLength) + " digits, got " + pin.length);
        }
        for (char c : pin) {
            if (c < '0' || c > '9') {
                throw new InvalidPinException(label + " must contain digits 0-9 only");
            }
        }
    }

    /**
     * The reference data for the digits. The caller wipes the returned array ({@code Arrays.fill}) after use.
     *
     * @throws InvalidPinException when the PIN is not valid for this reference
     * @param pin the PIN (not kept; the caller wipes it)
     * @return the reference data to send; wipe it after use
     */
    public byte[] encode(char[] pin) {
        validate(pin);
        int n = pin.length;
        switch (format) {
            case ASCII: {
                byte[] out = new byte[Math.max(n, paddedLength)];
                Arrays.fill(out, (byte) padding);
                for (int i = 0; i < n; i++) {
                    out[i] = (byte) pin[i];
                }
                return out;
            }
            case BCD: {
                int digitsBytes = (n + 1) / 2;
                byte[] out = new byte[Math.max(digitsBytes, paddedLength)];
                Arrays.fill(out, (byte) padding);
                for (int i = 0; i < digitsBytes; i++) {
                    int hi = pin[2 * i] - '0';
                    int lo = 2 * i + 1 < n ? pin[2 * i + 1] - '0' : 0x0F;
                    out[i] = (byte) ((hi << 4) | lo);
                }
                return out;
            }
            case ISO9564_FORMAT_2: {
                byte[] out = new byte[8];
                Arrays.fill(out, (byte) 0xFF);
                out[0] = (byte) (0x20 | n);
                for (int i = 0; i < n; i++) {
                    int pos = 2 + i; // nibble index
                    int d = pin[i] - '0';
                    int b = pos / 2;
                    out[b] = (pos % 2 == 0) ? (byte) ((d << 4) | (out[b] & 0x0F)) : (byte) ((out[b] & 0xF0) | d);
                }
                return out;
            }
            default:
                throw new IllegalStateException("unknown format " + format);
        }
    }

    @Override
    public String toString() {
        return String.format("PinReference[%s %02X, %s, %d..%d digits, padded to %d with %02X]", label, reference,
                format, minLength, maxLength, paddedLength, padding);
    }

    /** Builds a {@link PinReference}. */
    public static final class Builder {
        private final int reference;
        private PinFormat format = PinFormat.ASCII;
        private int minLength = 4;
        private int maxLength = 8;
        private int padding = 0xFF;
        private int paddedLength;
        private String label = "PIN";

        private Builder(int reference) {
            this.reference = reference;
        }

        /**
         * Sets how the digits are encoded.
         *
         * @param format the encoding
         * @return this builder
         */
        public Builder format(PinFormat format) {
            this.format = format;
            return this;
        }

        /**
         * Allowed number of digits (1..16; 4..12 for ISO 9564 format 2).
         *
         * @param min the fewest digits
         * @param max the most digits
         * @return this builder
         */
        public Builder length(int min, int max) {
            this.minLength = min;
            this.maxLength = max;
            return this;
        }

        /**
         * The padding byte (default {@code FF}).
         *
         * @param padding the padding byte
         * @return this builder
         */
        public Builder padding(int padding) {
            this.padding = padding;
            return this;
        }

        /**
         * Pad the encoded data to this many bytes (0 = no padding; ignored for format 2, always 8).
         *
         * @param bytes pad the encoded data to this many bytes (0 = no padding; ignored for format 2, always 8)
         * @return this builder
         */
        public Builder paddedLength(int bytes) {
            this.paddedLength = bytes;
            return this;
        }

        /**
         * A name for messages (default "PIN").
         *
         * @param label a name for messages
         * @return this builder
         */
        public Builder label(String label) {
            this.label = label;
            return this;
        }

        /**
         * Builds the PIN reference, checking that its bounds fit the format.
         *
         * @throws IllegalArgumentException when the bounds do not fit the format
         *
         * @return the PIN reference
         */
        public PinReference build() {
            if (reference < 0 || reference > 0xFF) {
                throw new IllegalArgumentException("reference must be 0..255");
            }
            if (padding < 0 || padding > 0xFF) {
                throw new IllegalArgumentException("padding must be 0..255");
            }
            if (format == null || label == null || label.isBlank()) {
                throw new IllegalArgumentException("format and label are required");
            }
            if (minLength < 1 || maxLength > 16 || minLength > maxLength) {
                throw new IllegalArgumentException("length bounds must satisfy 1 <= min <= max <= 16");
            }
            if (format == PinFormat.ISO9564_FORMAT_2 && (minLength < 4 || maxLength > 12)) {
                throw new IllegalArgumentException("ISO 9564 format 2 holds 4 to 12 digits");
            }
            int needed = format == PinFormat.BCD ? (maxLength + 1) / 2 : maxLength;
            if (format != PinFormat.ISO9564_FORMAT_2 && paddedLength != 0 && paddedLength < needed) {
                throw new IllegalArgumentException("padded length " + paddedLength + " is shorter than " + needed);
            }
            if (paddedLength < 0 || paddedLength > 64) {
                throw new IllegalArgumentException("padded length must be 0..64");
            }
            return new PinReference(this);
        }
    }
}
