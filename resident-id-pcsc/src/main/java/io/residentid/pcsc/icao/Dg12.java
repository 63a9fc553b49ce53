package io.residentid.pcsc.icao;

import io.residentid.pcsc.tlv.TlvSlice;
import io.residentid.pcsc.tlv.TlvException;
import io.residentid.pcsc.tlv.Tlv;

import java.io.ByteArrayOutputStream;
import java.util.StringJoiner;

/**
 * DG12, additional document details (ICAO 9303-10 §4.7.12). Absent fields are {@code null}. {@link #toString()}
 * names the fields present and hides their values (dates and endorsements are personal to the holder).
 *
 * @param issuingAuthority          5F19
 * @param dateOfIssue               5F26, {@code YYYYMMDD}
 * @param endorsements              5F1B
 * @param taxOrExitRequirements     5F1C
 * @param personalizationTime       5F55, {@code YYYYMMDDhhmmss}
 * @param personalizationDeviceSerial 5F56
 */
public record Dg12(String issuingAuthority, String dateOfIssue, String endorsements, String taxOrExitRequirements,
        String personalizationTime, String personalizationDeviceSerial) {

    /** Upper bound on DG12's size (front/rear images excluded from the mapping but counted). */
    public static final int MAX_LENGTH = 256 * 1024;

    /**
     * Parses Dg12 from the bytes read from the chip.
     *
     * @throws LdsFormatException when malformed
     * @param encoded DG12 as read from the chip (template 6C)
     * @return the fields it holds
     */
    public static Dg12 parse(byte[] encoded) {
        try {
            return decode(encoded);
        } catch (TlvException e) {
            throw Lds.malformed(e);
        }
    }

    private static Dg12 decode(byte[] encoded) {
        Lds.requireSize(encoded, MAX_LENGTH, "DG12");
        TlvSlice root = Lds.root(encoded, LdsFile.DG12);
        String[] f = new String[6];
        for (TlvSlice n : root.children(64)) {
            switch (n.tag()) {
                case 0x5F19 -> f[0] = Lds.text(n.value());
                case 0x5F26 -> f[1] = date(n.value());
                case 0x5F1B -> f[2] = Lds.text(n.value());
                case 0x5F1C -> f[3] = Lds.text(n.value());
                case 0x5F55 -> f[4] = Lds.text(n.value());
                case 0x5F56 -> f[5] = Lds.text(n.value());
                default -> {
                    // tag list, images of the document (5F1D/5F1E), other persons (A0): not mapped
                }
            }
        }
        return new Dg12(f[0], f[1], f[2], f[3], f[4], f[5]);
    }

    private static String date(byte[] value) {
        if (value.length == 4) {
            return String.format("%02X%02X%02X%02X", value[0] & 0xFF, value[1] & 0xFF, value[2] & 0xFF,
                    value[3] & 0xFF);
        }
        return Lds.ascii(value, "DG12 date of issue");
    }

    /**
     * Encodes DG12 with the present fields (used by the emulator).
     *
     * @return DG12's bytes with a tag list of the present fields
     */
    public byte[] encode() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        ByteArrayOutputStream tags = new ByteArrayOutputStream();
        Dg11.add(body, tags, 0x5F19, issuingAuthority);
        Dg11.add(body, tags, 0x5F26, dateOfIssue);
        Dg11.add(body, tags, 0x5F1B, endorsements);
        Dg11.add(body, tags, 0x5F1C, taxOrExitRequirements);
        Dg11.add(body, tags, 0x5F55, personalizationTime);
        Dg11.add(body, tags, 0x5F56, personalizationDeviceSerial);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Tlv.write(out, 0x5C, tags.toByteArray());
        out.writeBytes(body.toByteArray());
        return Tlv.encode(LdsFile.DG12.tag(), out.toByteArray());
    }

    @Override
    public String toString() {
        StringJoiner present = new StringJoiner(", ", "Dg12[", " hidden]");
        present.setEmptyValue("Dg12[no fields]");
        String[] names = {"issuingAuthority", "dateOfIssue", "endorsements", "taxOrExitRequirements",
            "personalizationTime", "personalizationDeviceSerial"};
        String[] values = {issuingAuthority, dateOfIssue, endorsements, taxOrExitRequirements, personalizationTime,
            personalizationDeviceSerial};
        for (int i = 0; i < names.length; i++) {
            if (values[i] != null) {
                present.add(names[i]);
            }
        }
        return present.toString();
    }
}
