package io.residentid.pcsc.icao;

import io.residentid.pcsc.tlv.TlvSlice;
import io.residentid.pcsc.tlv.TlvException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * EF.COM (ICAO 9303-10 §4.6.1): {@code 60 { 5F01 LDS version, 5F36 Unicode version, 5C tag list }}.
 *
 * @param ldsVersion     e.g. {@code 0107}
 * @param unicodeVersion e.g. {@code 040000}
 * @param dataGroups     the data groups the chip says are present
 */
public record EfCom(String ldsVersion, String unicodeVersion, List<LdsFile> dataGroups) {

    /** Upper bound on EF.COM's size. */
    public static final int MAX_LENGTH = 1024;

    /**
     * Creates the record, checking its components.
     *
     * @param ldsVersion e.g. {@code 0107}
     * @param unicodeVersion e.g. {@code 040000}
     * @param dataGroups the data groups the chip says are present
     */
    public EfCom {
        dataGroups = List.copyOf(dataGroups);
    }

    /**
     * Parses EfCom from the bytes read from the chip.
     *
     * @throws LdsFormatException when malformed
     * @param encoded EF.COM as read from the chip (template 60)
     * @return the LDS and Unicode versions and the data groups listed
     */
    public static EfCom parse(byte[] encoded) {
        try {
            return decode(encoded);
        } catch (TlvException e) {
            throw Lds.malformed(e);
        }
    }

    private static EfCom decode(byte[] encoded) {
        Lds.requireSize(encoded, MAX_LENGTH, "EF.COM");
        TlvSlice root = Lds.root(encoded, LdsFile.COM);
        String lds = null;
        String unicode = null;
        List<LdsFile> groups = new ArrayList<>();
        for (TlvSlice n : root.children(16)) {
            switch (n.tag()) {
                case 0x5F01 -> lds = Lds.ascii(n.value(), "EF.COM LDS version");
                case 0x5F36 -> unicode = Lds.ascii(n.value(), "EF.COM Unicode version");
                case 0x5C -> {
                    for (byte b : n.value()) {
                        Optional<LdsFile> dg = LdsFile.byTag(b & 0xFF);
                        dg.ifPresent(groups::add);
                    }
                }
                default -> {
                    // Unknown elements are tolerated; EF.COM is advisory (EF.SOD is authoritative).
                }
            }
        }
        if (lds == null) {
            throw new LdsFormatException("EF.COM without LDS version (5F01)");
        }
        return new EfCom(lds, unicode == null ? "" : unicode, groups);
    }
}
