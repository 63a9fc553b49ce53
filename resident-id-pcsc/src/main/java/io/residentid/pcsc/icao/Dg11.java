package io.residentid.pcsc.icao;

import io.residentid.pcsc.tlv.TlvSlice;
import io.residentid.pcsc.tlv.TlvException;
import io.residentid.pcsc.tlv.Tlv;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * DG11, additional personal details (ICAO 9303-10 §4.7.11): {@code 6B { 5C tag list, 5F0E full name, … }}. Text is
 * UTF-8 (LDS 1.7), so the full name may be in national characters (Arabic). Absent fields are {@code null};
 * multi-part fields (address) keep the chip's {@code <} separators split into a list. {@link #toString()} masks.
 *
 * @param fullName             5F0E, {@code SURNAME<<GIVEN<NAMES} or national script
 * @param otherNames           5F0F entries
 * @param personalNumber       5F10, e.g. the civil/resident number
 * @param fullDateOfBirth      5F2B, {@code YYYYMMDD}
 * @param placeOfBirth         5F11
 * @param address              5F42 parts
 * @param telephone            5F12
 * @param profession           5F13
 * @param title                5F14
 * @param personalSummary      5F15
 * @param otherTravelDocuments 5F17
 * @param custodyInformation   5F18
 */
public record Dg11(String fullName, List<String> otherNames, String personalNumber, String fullDateOfBirth,
        String placeOfBirth, List<String> address, String telephone, String profession, String title,
        String personalSummary, String otherTravelDocuments, String custodyInformation) {

    /** Upper bound on DG11's size. */
    public static final int MAX_LENGTH = 16 * 1024;

    /**
     * Creates the record, checking its components.
     *
     * @param fullName 5F0E, {@code SURNAME<<GIVEN<NAMES} or national script
     * @param otherNames 5F0F entries
     * @param personalNumber 5F10, e.g. the civil/resident number
     * @param fullDateOfBirth 5F2B, {@code YYYYMMDD}
     * @param placeOfBirth 5F11
     * @param address 5F42 parts
     * @param telephone 5F12
     * @param profession 5F13
     * @param title 5F14
     * @param personalSummary 5F15
     * @param otherTravelDocuments 5F17
     * @param custodyInformation 5F18
     */
    public Dg11 {
        otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
        address = address == null ? List.of() : List.copyOf(address);
    }

    /**
     * Parses Dg11 from the bytes read from the chip.
     *
     * @throws LdsFormatException when malformed
     * @param encoded DG11 as read from the chip (template 6B)
     * @return the fields it holds
     */
    public static Dg11 parse(byte[] encoded) {
        try {
            return decode(encoded);
        } catch (TlvException e) {
            throw Lds.malformed(e);
        }
    }

    private static Dg11 decode(byte[] encoded) {
        Lds.requireSize(encoded, MAX_LENGTH, "DG11");
        TlvSlice root = Lds.root(encoded, LdsFile.DG11);
        String[] f = new String[12];
        List<String> others = new ArrayList<>();
        List<String> address = new ArrayList<>();
        for (TlvSlice n : root.children(64)) {
            switch (n.tag()) {
                case 0x5F0E -> f[0] = Lds.text(n.value());
                case 0x5F0F -> others.add(Lds.text(n.value()));
                case 0xA0 -> {
                    for (TlvSlice c : n.children(32)) {
                        if (c.tag() == 0x5F0F) {
                            others.add(Lds.text(c.value()));
                        }
                    }
                }
                case 0x5F10 -> f[2] = Lds.text(n.value());
                case 0x5F2B -> f[3] = fullDate(n.value());
                case 0x5F11 -> f[4] = Lds.text(n.value());
                case 0x5F42 -> address.addAll(Arrays.asList(Lds.text(n.value()).split("<")));
                case 0x5F12 -> f[6] = Lds.text(n.value());
                case 0x5F13 -> f[7] = Lds.text(n.value());
                case 0x5F14 -> f[8] = Lds.text(n.value());
                case 0x5F15 -> f[9] = Lds.text(n.value());
                case 0x5F17 -> f[10] = Lds.text(n.value());
                case 0x5F18 -> f[11] = Lds.text(n.value());
                default -> {
                    // 5C tag list, 5F16 proof of citizenship (image) and unknown tags: not mapped
                }
            }
        }
        return new Dg11(f[0], others, f[2], f[3], f[4], address, f[6], f[7], f[8], f[9], f[10], f[11]);
    }

    /** Date of birth in full: {@code YYYYMMDD} as text, or BCD (4 bytes) as some chips write it. */
    private static String fullDate(byte[] value) {
        if (value.length == 4) {
            StringBuilder sb = new StringBuilder();
            for (byte b : value) {
                sb.append(String.format("%02X", b & 0xFF));
            }
            return sb.toString();
        }
        return Lds.ascii(value, "DG11 full date of birth");
    }

    /** {@return the full name, if present} */
    public Optional<String> fullNameOptional() {
        return Optional.ofNullable(fullName);
    }

    /**
     * Encodes DG11 with the present fields (used by the emulator).
     *
     * @return DG11's bytes with a tag list of the present fields
     */
    public byte[] encode() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        ByteArrayOutputStream tags = new ByteArrayOutputStream();
        add(body, tags, 0x5F0E, fullName);
        for (String other : otherNames) {
            add(body, tags, 0x5F0F, other);
        }
        add(body, tags, 0x5F10, personalNumber);
        add(body, tags, 0x5F2B, fullDateOfBirth);
        add(body, tags, 0x5F11, placeOfBirth);
        add(body, tags, 0x5F42, address.isEmpty() ? null : String.join("<", address));
        add(body, tags, 0x5F12, telephone);
        add(body, tags, 0x5F13, profession);
        add(body, tags, 0x5F14, title);
        add(body, tags, 0x5F15, personalSummary);
        add(body, tags, 0x5F17, otherTravelDocuments);
        add(body, tags, 0x5F18, custodyInformation);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Tlv.write(out, 0x5C, tags.toByteArray());
        out.writeBytes(body.toByteArray());
        return Tlv.encode(LdsFile.DG11.tag(), out.toByteArray());
    }

    static void add(ByteArrayOutputStream body, ByteArrayOutputStream tags, int tag, String value) {
        if (value == null) {
            return;
        }
        Tlv.write(body, tag, value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        tags.write(tag >>> 8);
        tags.write(tag);
    }

    @Override
    public String toString() {
        return "Dg11[fields hidden]";
    }
}
