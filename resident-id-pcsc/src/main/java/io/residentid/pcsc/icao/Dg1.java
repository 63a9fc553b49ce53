package io.residentid.pcsc.icao;

import io.residentid.pcsc.tlv.TlvSlice;
import io.residentid.pcsc.tlv.TlvException;
import io.residentid.pcsc.tlv.Tlv;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * DG1 (ICAO 9303-10 §4.7.1): {@code 61 { 5F1F MRZ }}, the machine-readable zone as stored on the chip, without
 * line breaks. {@link #toString()} never prints it.
 *
 * @param mrz the MRZ characters (90 for TD1, 72 for TD2, 88 for TD3)
 */
public record Dg1(String mrz) {

    /** Upper bound on DG1's size. */
    public static final int MAX_LENGTH = 256;

    /** MRZ formats by length. */
    public enum Format {
        /** ID-1 card: 3 lines of 30. */
        TD1(3, 30),
        /** ID-2: 2 lines of 36. */
        TD2(2, 36),
        /** Passport: 2 lines of 44. */
        TD3(2, 44);

        private final int lines;
        private final int lineLength;

        Format(int lines, int lineLength) {
            this.lines = lines;
            this.lineLength = lineLength;
        }
    }

    /**
     * Creates the record, checking its components.
     *
     * @param mrz the MRZ characters (90 for TD1, 72 for TD2, 88 for TD3)
     */
    public Dg1 {
        Objects.requireNonNull(mrz, "mrz");
    }

    /**
     * Parses Dg1 from the bytes read from the chip.
     *
     * @throws LdsFormatException when malformed or of an unknown MRZ length
     * @param encoded DG1 as read from the chip (template 61)
     * @return the MRZ it holds
     */
    public static Dg1 parse(byte[] encoded) {
        try {
            return decode(encoded);
        } catch (TlvException e) {
            throw Lds.malformed(e);
        }
    }

    private static Dg1 decode(byte[] encoded) {
        Lds.requireSize(encoded, MAX_LENGTH, "DG1");
        TlvSlice root = Lds.root(encoded, LdsFile.DG1);
        TlvSlice mrz = root.child(0x5F1F).orElse(null);
        if (mrz == null) {
            throw new LdsFormatException("DG1 without MRZ (5F1F)");
        }
        String text = Lds.ascii(mrz.value(), "DG1 MRZ");
        if (!text.matches("[0-9A-Z<]*")) {
            throw new LdsFormatException("DG1 MRZ has characters outside the MRZ alphabet");
        }
        Dg1 dg1 = new Dg1(text);
        dg1.format();
        return dg1;
    }

    /** {@return the format implied by the length} */
    public Format format() {
        return switch (mrz.length()) {
            case 90 -> Format.TD1;
            case 72 -> Format.TD2;
            case 88 -> Format.TD3;
            default -> throw new LdsFormatException("DG1 MRZ has " + mrz.length() + " characters");
        };
    }

    /** {@return the MRZ split into its printed lines} */
    public List<String> lines() {
        Format f = format();
        List<String> out = new ArrayList<>(f.lines);
        for (int i = 0; i < f.lines; i++) {
            out.add(mrz.substring(i * f.lineLength, (i + 1) * f.lineLength));
        }
        return out;
    }

    /**
     * The MRZ as the core model's {@link io.residentid.core.mrz.Mrz} (fields, dates, check digits).
     *
     * @throws io.residentid.core.mrz.MrzParseException when the chip's MRZ is not a readable MRZ
     * @return the parsed MRZ with its fields and check digits
     */
    public io.residentid.core.mrz.Mrz toMrz() {
        return io.residentid.core.mrz.Mrz.parse(String.join("\n", lines()));
    }

    /**
     * Encodes DG1 for the given MRZ (used by the emulator).
     *
     * @param mrz the MRZ characters without line breaks
     * @return DG1's bytes
     */
    public static byte[] encode(String mrz) {
        byte[] inner = Tlv.encode(0x5F1F, mrz.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return Tlv.encode(LdsFile.DG1.tag(), inner);
    }

    @Override
    public String toString() {
        return "Dg1[" + (mrz.length() == 90 || mrz.length() == 72 || mrz.length() == 88 ? format() : "?") + ", hidden]";
    }
}
