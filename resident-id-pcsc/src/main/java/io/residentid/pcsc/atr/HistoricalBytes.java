package io.residentid.pcsc.atr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The historical bytes of an ATR (ISO/IEC 7816-4 §8.1.1), decoded according to their category indicator:
 *
 * <ul>
 *   <li>{@code 80}: COMPACT-TLV data objects; a status indicator, when present, is the last object (tag 8);</li>
 *   <li>{@code 00}: COMPACT-TLV data objects followed by a mandatory three-byte status indicator (LCS, SW1, SW2)
 *       that is not TLV-coded;</li>
 *   <li>{@code 10}: one byte, a DIR data reference;</li>
 *   <li>{@code 81}-{@code 8F}: reserved for future use; anything else: proprietary.</li>
 * </ul>
 *
 * <p>Decoding never fails: historical bytes that do not follow their announced format (e.g. a COMPACT-TLV length
 * running past the end) leave {@link #wellFormed()} {@code false} and keep the objects decoded up to the problem, so a
 * card with sloppy historical bytes still has a usable ATR. Immutable.
 */
public final class HistoricalBytes {

    /** How the historical bytes are structured, from the category indicator. */
    public enum Format {
        /** No historical bytes. */
        EMPTY,
        /** Category {@code 80}: COMPACT-TLV objects, optional status indicator as the last object. */
        COMPACT_TLV,
        /** Category {@code 00}: COMPACT-TLV objects, then a three-byte status indicator. */
        COMPACT_TLV_WITH_STATUS,
        /** Category {@code 10}: a DIR data reference byte. */
        DIR_DATA_REFERENCE,
        /** Category {@code 81}-{@code 8F}: reserved for future use. */
        RESERVED,
        /** Any other category: proprietary format. */
        PROPRIETARY
    }

    private static final HistoricalBytes EMPTY = new HistoricalBytes(new byte[0]);

    private final byte[] bytes;
    private final Format format;
    private final List<CompactTlv> objects;
    private final boolean wellFormed;
    private final int lifeCycleStatus;
    private final int statusWord;
    private final int dirDataReference;

    private HistoricalBytes(byte[] bytes) {
        this.bytes = bytes;
        int category = bytes.length == 0 ? -1 : bytes[0] & 0xFF;
        List<CompactTlv> decoded = new ArrayList<>();
        boolean ok = true;
        int lcs = -1;
        int sw = -1;
        int dir = -1;
        if (category == -1) {
            format = Format.EMPTY;
        } else if (category == 0x80) {
            format = Format.COMPACT_TLV;
            ok = decodeCompactTlv(bytes, 1, bytes.length, decoded);
            CompactTlv last = decoded.isEmpty() ? null : decoded.get(decoded.size() - 1);
            if (last != null && last.tag() == CompactTlv.STATUS_INDICATOR) {
                switch (last.length()) {
                    case 1:
                        lcs = last.byteAt(0);
                        break;
                    case 2:
                        sw = (last.byteAt(0) << 8) | last.byteAt(1);
                        break;
                    case 3:
                        lcs = last.byteAt(0);
                        sw = (last.byteAt(1) << 8) | last.byteAt(2);
                        break;
                    default:
                        ok = false;
                }
            }
        } else if (category == 0x00) {
            format = Format.COMPACT_TLV_WITH_STATUS;
            if (bytes.length < 4) {
                ok = false;
            } else {
                int n = bytes.length;
                lcs = bytes[n - 3] & 0xFF;
                sw = ((bytes[n - 2] & 0xFF) << 8) | (bytes[n - 1] & 0xFF);
                ok = decodeCompactTlv(bytes, 1, n - 3, decoded);
            }
        } else if (category == 0x10) {
            format = Format.DIR_DATA_REFERENCE;
            ok = bytes.length == 2;
            if (bytes.length >= 2) {
                dir = bytes[1] & 0xFF;
            }
        } else if (category > 0x80 && category <= 0x8F) {
            format = Format.RESERVED;
        } else {
            format = Format.PROPRIETARY;
        }
        this.objects = decoded.isEmpty() ? List.of() : Collections.unmodifiableList(decoded);
        this.wellFormed = ok;
        this.lifeCycleStatus = lcs;
        this.statusWord = sw;
        this.dirDataReference = dir;
    }

    private static boolean decodeCompactTlv(byte[] bytes, int from, int to, List<CompactTlv> out) {
        int pos = from;
        while (pos < to) {
            int header = bytes[pos] & 0xFF;
            int length = header & 0x0F;
            if (pos + 1 + length > to) {
                return false;
            }
            out.add(new CompactTlv(header >>> 4, Arrays.copyOfRange(bytes, pos + 1, pos + 1 + length)));
            pos += 1 + length;
        }
        return true;
    }

    /**
     * Decodes historical bytes (0 to 15 bytes); the array is copied.
     *
     * @throws IllegalArgumentException if {@code bytes} is {@code null} or longer than 15 bytes
     * @param bytes the historical bytes of an ATR
     * @return the decoded historical bytes
     */
    public static HistoricalBytes of(byte[] bytes) {
        if (bytes == null) {
            throw new IllegalArgumentException("Historical bytes are missing");
        }
        if (bytes.length > 15) {
            throw new IllegalArgumentException("At most 15 historical bytes");
        }
        return bytes.length == 0 ? EMPTY : new HistoricalBytes(bytes.clone());
    }

    /** {@return a copy of the raw bytes} */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** {@return number of historical bytes (K in T0)} */
    public int length() {
        return bytes.length;
    }

    /** {@return the category indicator (first byte); empty when there are no historical bytes} */
    public OptionalInt categoryIndicator() {
        return bytes.length == 0 ? OptionalInt.empty() : OptionalInt.of(bytes[0] & 0xFF);
    }

    /** {@return the structure announced by the category indicator} */
    public Format format() {
        return format;
    }

    /**
     * {@return whether the bytes follow the announced format (always {@code true} for reserved and proprietary
     * formats)}
     */
    public boolean wellFormed() {
        return wellFormed;
    }

    /** {@return the COMPACT-TLV objects in order (unmodifiable; empty for other formats)} */
    public List<CompactTlv> objects() {
        return objects;
    }

    /**
     * The first COMPACT-TLV object with the given tag.
     *
     * @param tag the compact-TLV tag, 0 to 15
     * @return the first object with that tag
     */
    public Optional<CompactTlv> object(int tag) {
        for (CompactTlv object : objects) {
            if (object.tag() == tag) {
                return Optional.of(object);
            }
        }
        return Optional.empty();
    }

    /**
     * {@return the card service data byte (tag 3), e.g. whether EF.DIR is present and how applications are selected}
     */
    public OptionalInt cardServiceData() {
        Optional<CompactTlv> object = object(CompactTlv.CARD_SERVICE_DATA);
        return object.isPresent() && object.get().length() == 1 ? OptionalInt.of(object.get().byteAt(0))
                : OptionalInt.empty();
    }

    /** {@return the card capabilities (tag 7, one to three bytes)} */
    public Optional<CardCapabilities> cardCapabilities() {
        Optional<CompactTlv> found = object(CompactTlv.CARD_CAPABILITIES);
        if (found.isEmpty() || found.get().length() < 1 || found.get().length() > 3) {
            return Optional.empty();
        }
        CompactTlv object = found.get();
        int n = object.length();
        return Optional.of(new CardCapabilities(n, object.byteAt(0), n > 1 ? object.byteAt(1) : 0,
                n > 2 ? object.byteAt(2) : 0));
    }

    /** {@return whether the card capabilities announce extended Lc and Le fields} */
    public boolean extendedLengthSupported() {
        return cardCapabilities().map(CardCapabilities::extendedLengthFields).orElse(false);
    }

    /** {@return the life cycle status byte (LCS) of the status indicator} */
    public OptionalInt lifeCycleStatus() {
        return lifeCycleStatus < 0 ? OptionalInt.empty() : OptionalInt.of(lifeCycleStatus);
    }

    /** {@return the status word (SW1-SW2) of the status indicator, e.g. {@code 0x9000}} */
    public OptionalInt statusWord() {
        return statusWord < 0 ? OptionalInt.empty() : OptionalInt.of(statusWord);
    }

    /** {@return the DIR data reference (category {@code 10})} */
    public OptionalInt dirDataReference() {
        return dirDataReference < 0 ? OptionalInt.empty() : OptionalInt.of(dirDataReference);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HistoricalBytes && Arrays.equals(((HistoricalBytes) other).bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "HistoricalBytes[" + format + ", " + bytes.length + " bytes]";
    }
}
