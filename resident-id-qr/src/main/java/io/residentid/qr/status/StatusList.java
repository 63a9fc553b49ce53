package io.residentid.qr.status;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * An IETF Token Status List (draft-ietf-oauth-status-list): {@code bits} (1, 2, 4 or 8) per credential, packed
 * least significant bits first, serialized as {@code lst} = base64url of the ZLIB-compressed bytes. Status 0 is
 * VALID, 1 INVALID (revoked), 2 SUSPENDED. Mutable (issuer side); not thread-safe.
 */
public final class StatusList {

    /** Status value: valid. */
    public static final int VALID = 0;
    /** Status value: invalid (revoked). */
    public static final int INVALID = 1;
    /** Status value: suspended. */
    public static final int SUSPENDED = 2;
    /** Largest decompressed list accepted (16 MiB = 128 Mi one-bit entries). */
    public static final int MAX_BYTES = 16 << 20;

    private final int bits;
    private final byte[] data;

    private StatusList(int bits, byte[] data) {
        this.bits = bits;
        this.data = data;
    }

    /**
     * A list of {@code size} entries, all valid.
     *
     * @param bits bits per entry: 1, 2, 4 or 8
     * @param size the number of entries
     * @return a list with every entry 0 (valid)
     * @throws IllegalArgumentException for an unsupported {@code bits} or size
     */
    public static StatusList create(int bits, int size) {
        checkBits(bits);
        long bytes = ((long) size * bits + 7) / 8;
        if (size <= 0 || bytes > MAX_BYTES) {
            throw new IllegalArgumentException("Status list size out of range");
        }
        return new StatusList(bits, new byte[(int) bytes]);
    }

    private static void checkBits(int bits) {
        if (bits != 1 && bits != 2 && bits != 4 && bits != 8) {
            throw new IllegalArgumentException("bits must be 1, 2, 4 or 8");
        }
    }

    /**
     * Bits per entry.
     *
     * @return bits per entry: 1, 2, 4 or 8
     */
    public int bits() {
        return bits;
    }

    /** {@return number of entries} */
    public long size() {
        return (long) data.length * 8 / bits;
    }

    /**
     * The status at an index.
     *
     * @param index the entry index, {@code 0 <= index < size()}
     * @return the entry's status value
     * @throws IndexOutOfBoundsException when the index is outside the list
     */
    public int get(long index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("Index outside the status list");
        }
        long bit = index * bits;
        int b = data[(int) (bit / 8)] & 0xff;
        return (b >>> (int) (bit % 8)) & ((1 << bits) - 1);
    }

    /**
     * Sets the status at an index.
     *
     * @param index the entry index, {@code 0 <= index < size()}
     * @param value the status value, fitting in {@code bits}
     */
    public void set(long index, int value) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("Index outside the status list");
        }
        if (value < 0 || value >= (1 << bits)) {
            throw new IllegalArgumentException("Status value does not fit " + bits + " bits");
        }
        long bit = index * bits;
        int i = (int) (bit / 8);
        int shift = (int) (bit % 8);
        int mask = ((1 << bits) - 1) << shift;
        data[i] = (byte) ((data[i] & ~mask) | (value << shift));
    }

    /** {@return the {@code lst} value: base64url (no padding) of the ZLIB-compressed bytes} */
    public String encodedList() {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            while (!deflater.finished()) {
                out.write(buf, 0, deflater.deflate(buf));
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
        } finally {
            deflater.end();
        }
    }

    /**
     * Reads {@code bits} and {@code lst}, inflating with a hard cap of {@code maxBytes}.
     *
     * @param bits bits per entry: 1, 2, 4 or 8
     * @param lst the compressed, base64url-encoded bit string ({@code lst})
     * @param maxBytes the largest decompressed size in bytes
     * @return the decoded list
     * @throws StatusListException for bad bits, a missing {@code lst}, bad base64url, ZLIB data or a list larger than
     *                             the cap
     */
    public static StatusList decode(int bits, String lst, int maxBytes) throws StatusListException {
        if (lst == null) {
            throw new StatusListException("lst is missing");
        }
        try {
            checkBits(bits);
        } catch (IllegalArgumentException e) {
            throw new StatusListException(e.getMessage());
        }
        if (lst.length() > maxBytes * 2L + 16) {
            throw new StatusListException("lst too long");
        }
        byte[] compressed;
        try {
            compressed = Base64.getUrlDecoder().decode(lst);
        } catch (IllegalArgumentException e) {
            throw new StatusListException("lst is not base64url");
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            byte[] out = new byte[Math.min(maxBytes + 1, Math.max(64, compressed.length * 8))];
            int total = 0;
            while (!inflater.finished()) {
                if (total == out.length) {
                    if (out.length > maxBytes) {
                        throw new StatusListException("Status list exceeds " + maxBytes + " bytes");
                    }
                    out = Arrays.copyOf(out, (int) Math.min(maxBytes + 1L, out.length * 2L));
                }
                int n = inflater.inflate(out, total, out.length - total);
                total += n;
                if (total > maxBytes) {
                    throw new StatusListException("Status list exceeds " + maxBytes + " bytes");
                }
                if (n == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new StatusListException("Truncated ZLIB data");
                }
            }
            if (total == 0) {
                throw new StatusListException("Empty status list");
            }
            return new StatusList(bits, Arrays.copyOf(out, total));
        } catch (DataFormatException e) {
            throw new StatusListException("Invalid ZLIB data", e);
        } finally {
            inflater.end();
        }
    }

    @Override
    public String toString() {
        return "StatusList[bits=" + bits + ", size=" + size() + "]";
    }
}
