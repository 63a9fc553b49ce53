package io.residentid.pcsc.apdu;

import java.util.Arrays;

/** A response APDU: response data (possibly empty) and the status word. Immutable; {@code toString} omits data. */
public final class ResponseApdu {

    private static final byte[] EMPTY = new byte[0];

    private final byte[] data;
    private final StatusWord sw;

    private ResponseApdu(byte[] data, StatusWord sw) {
        this.data = data;
        this.sw = sw;
    }

    /**
     * A response with data (copied) and a status word.
     *
     * @param data the response data (copied)
     * @param sw the status word
     * @return the response
     */
    public static ResponseApdu of(byte[] data, StatusWord sw) {
        if (sw == null) {
            throw new InvalidApduException("status word is null");
        }
        return new ResponseApdu(data == null || data.length == 0 ? EMPTY : data.clone(), sw);
    }

    /**
     * A response without data.
     *
     * @param sw the status word
     * @return a response without data
     */
    public static ResponseApdu of(StatusWord sw) {
        return of(EMPTY, sw);
    }

    /**
     * A response without data.
     *
     * @param sw the status word as a 16-bit value
     * @return a response without data
     */
    public static ResponseApdu of(int sw) {
        return of(EMPTY, StatusWord.of(sw));
    }

    /**
     * Parses {@code data || SW1 SW2}.
     *
     * @throws InvalidApduException when shorter than two bytes, or the trailer is not a status word
     * @param apdu the encoded response ({@code data || SW1 SW2})
     * @return the response
     */
    public static ResponseApdu parse(byte[] apdu) {
        if (apdu == null || apdu.length < 2) {
            throw new InvalidApduException("response APDU needs at least the two status bytes, got "
                    + (apdu == null ? "null" : apdu.length + " bytes"));
        }
        if (apdu.length > CommandApdu.MAX_NE + 2) {
            throw new InvalidApduException("response APDU longer than 65536 + 2 bytes: " + apdu.length);
        }
        int n = apdu.length - 2;
        StatusWord sw = StatusWord.of(apdu[n] & 0xFF, apdu[n + 1] & 0xFF);
        return new ResponseApdu(n == 0 ? EMPTY : Arrays.copyOf(apdu, n), sw);
    }

    /** {@return a copy of the response data} */
    public byte[] data() {
        return data.clone();
    }

    /** {@return Nr: the number of response data bytes} */
    public int nr() {
        return data.length;
    }

    /**
     * {@return the status word}
     */
    public StatusWord statusWord() {
        return sw;
    }

    /** {@return the status word's 16-bit value} */
    public int sw() {
        return sw.value();
    }

    /** {@return whether the status word is 9000} */
    public boolean isSuccess() {
        return sw.isSuccess();
    }

    /**
     * This response when the status word is 9000.
     *
     * @throws StatusWordException otherwise
     * @return this response, when its status word is a success
     */
    public ResponseApdu requireSuccess() {
        if (!sw.isSuccess()) {
            throw new StatusWordException(sw);
        }
        return this;
    }

    /** {@return {@code data || SW1 SW2}} */
    public byte[] encode() {
        byte[] out = Arrays.copyOf(data, data.length + 2);
        out[data.length] = (byte) sw.sw1();
        out[data.length + 1] = (byte) sw.sw2();
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResponseApdu && ((ResponseApdu) o).sw.equals(sw)
                && Arrays.equals(((ResponseApdu) o).data, data);
    }

    @Override
    public int hashCode() {
        return 31 * sw.hashCode() + Arrays.hashCode(data);
    }

    /** Length and status word, never the data. */
    @Override
    public String toString() {
        return "ResponseApdu[Nr " + data.length + ", SW " + sw + "]";
    }
}
