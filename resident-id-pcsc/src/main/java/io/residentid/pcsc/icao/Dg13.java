package io.residentid.pcsc.icao;

import io.residentid.core.model.Bytes;
import io.residentid.pcsc.tlv.TlvSlice;
import io.residentid.pcsc.tlv.TlvException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * DG13, optional details (ICAO 9303-10 §4.7.13): content defined by the issuing state. Kept raw; when its
 * content is BER-TLV the top-level elements are listed, and a {@link Dg13Profile} for the issuing country can
 * name them.
 *
 * @param content  the value of the 6D template exactly as stored (personal: prints only its length)
 * @param elements top-level TLV elements of the content (empty when it is not TLV)
 */
public record Dg13(Bytes content, List<Element> elements) {

    /** Upper bound on DG13's size. */
    public static final int MAX_LENGTH = 64 * 1024;

    /**
     * One top-level element of DG13's content.
     *
     * @param tag   the element's tag in hexadecimal, e.g. {@code 5F50}
     * @param value the element's value (personal: prints only its length)
     */
    public record Element(String tag, Bytes value) {
        /**
         * Checks that tag and value are present; the value is marked personal.
         *
         * @param tag the element's tag in hexadecimal, e.g. {@code 5F50}
         * @param value the element's value (personal: prints only its length)
         */
        public Element {
            Objects.requireNonNull(tag, "tag");
            Objects.requireNonNull(value, "value");
            value = value.isPersonal() ? value : Bytes.personal(value.toByteArray());
        }

        /** {@return the value read as text (UTF-8, else ISO 8859-1)} */
        public String text() {
            return Lds.text(value.toByteArray());
        }

        /** {@return the tag and the value's length, never the value} */
        @Override
        public String toString() {
            return "Element[" + tag + ", " + value.length() + " bytes]";
        }
    }

    /**
     * Checks that content and elements are present; the content is marked personal and the list copied.
     *
     * @param content the value of the 6D template exactly as stored (personal: prints only its length)
     * @param elements top-level TLV elements of the content (empty when it is not TLV)
     */
    public Dg13 {
        Objects.requireNonNull(content, "content");
        content = content.isPersonal() ? content : Bytes.personal(content.toByteArray());
        elements = List.copyOf(elements);
    }

    /**
     * Parses Dg13 from the bytes read from the chip.
     *
     * @throws LdsFormatException when the outer template is malformed
     * @param encoded DG13 as read from the chip (template 6D)
     * @return the raw content and its top-level elements
     */
    public static Dg13 parse(byte[] encoded) {
        try {
            return decode(encoded);
        } catch (TlvException e) {
            throw Lds.malformed(e);
        }
    }

    private static Dg13 decode(byte[] encoded) {
        Lds.requireSize(encoded, MAX_LENGTH, "DG13");
        TlvSlice root = Lds.root(encoded, LdsFile.DG13);
        List<Element> elements = new ArrayList<>();
        try {
            for (TlvSlice n : root.children(256)) {
                elements.add(new Element(String.format("%X", n.tag()), Bytes.personal(n.value())));
            }
        } catch (TlvException notTlv) {
            elements.clear();
        }
        return new Dg13(Bytes.personal(root.value()), elements);
    }

    /**
     * The elements named by {@code profile}; unknown tags keep their hex tag as name.
     *
     * @param profile the issuing state's DG13 layout
     * @return field name (or hex tag) to text value, in the chip's order
     */
    public Map<String, String> interpret(Dg13Profile profile) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Element e : elements) {
            out.put(profile.fieldName(e.tag()).orElse(e.tag()), e.text());
        }
        return out;
    }

    @Override
    public String toString() {
        return "Dg13[" + content.length() + " bytes, " + elements.size() + " elements]";
    }
}
