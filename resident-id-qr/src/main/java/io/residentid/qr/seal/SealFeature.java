package io.residentid.qr.seal;

import io.residentid.core.model.Bytes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One decoded feature (VDS message, IDB message, VDS-NC field) of a seal.
 *
 * @param name     the catalogue name ({@code MRZ}, {@code PASSPORT_NUMBER}...); {@code TAG_n} when unknown
 * @param tag      the TLV tag, or -1 for VDS-NC fields
 * @param coding   how the value was decoded
 * @param raw      the value bytes as read (personal: prints only its length)
 * @param value    the decoded value: {@link String}, {@link Long}, {@link LocalDate}, {@link Instant},
 *                 {@link java.time.Period}, {@link Bytes}, or a {@code List<SealFeature>} for nested messages
 * @param metadata whether the feature describes the seal (profile number, validity) rather than the holder
 */
public record SealFeature(String name, int tag, FeatureCoding coding, Bytes raw, Object value, boolean metadata) {

    /**
     * Checks the fields.
     *
     * @param name the catalogue name ({@code MRZ}, {@code PASSPORT_NUMBER}...); {@code TAG_n} when unknown
     * @param tag the TLV tag, or -1 for VDS-NC fields
     * @param coding how the value was decoded
     * @param raw the value bytes as read (personal: prints only its length)
     * @param value the decoded value: {@link String}, {@link Long}, {@link LocalDate}, {@link Instant}, {@link java.time.Period}, {@link Bytes}, or a {@code List<SealFeature>} for nested messages
     * @param metadata whether the feature describes the seal (profile number, validity) rather than the holder
     */
    public SealFeature {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(coding, "coding");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(value, "value");
        if (value instanceof List<?> list) {
            value = List.copyOf(list);
        }
    }

    /** {@return the nested features of a message that wraps a message group (IDB visa, emergency travel document)} */
    @SuppressWarnings("unchecked")
    public List<SealFeature> children() {
        return value instanceof List<?> ? (List<SealFeature>) value : List.of();
    }

    /** {@return the value as text: ISO dates and instants, hex bytes, the sub-message count for nested messages} */
    public String text() {
        if (value instanceof Bytes b) {
            return b.toHex();
        }
        if (value instanceof List<?> list) {
            return Integer.toString(list.size());
        }
        return value.toString();
    }

    /** Never prints the value: it may be personal data. */
    @Override
    public String toString() {
        return "SealFeature[" + name + ", tag=" + tag + ", " + coding + ", " + raw.length() + " bytes]";
    }
}
