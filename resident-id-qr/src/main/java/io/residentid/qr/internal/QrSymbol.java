package io.residentid.qr.internal;

import io.residentid.qr.format.QrText;
import io.residentid.qr.format.EccLevel;
import com.google.zxing.qrcode.decoder.Version;

/**
 * The size of the two-segment QR symbol that carries a QR text: a byte-mode segment for {@code rid:/} and a
 * numeric-mode segment for the digits. Computed from the segment bit lengths (ISO/IEC 18004 clause 7.4) and ZXing's
 * version tables, independently of any encoder.
 */
public final class QrSymbol {

    private QrSymbol() {
    }

    /** Bits of both segments (mode indicators, character counts, data) at a version, without terminator. */
    public static int dataBits(String qrText, int version) {
        if (!qrText.startsWith(QrText.PREFIX)) {
            throw new IllegalArgumentException("Not a rid:/ QR text");
        }
        int digits = qrText.length() - QrText.PREFIX.length();
        int byteCountBits = version <= 9 ? 8 : 16;
        int numericCountBits = version <= 9 ? 10 : version <= 26 ? 12 : 14;
        int numericData = (digits / 3) * 10 + new int[] {0, 4, 7}[digits % 3];
        return 4 + byteCountBits + 8 * QrText.PREFIX.length() + 4 + numericCountBits + numericData;
    }

    /**
     * The smallest QR version (1..40) that holds the text as two segments at the level.
     *
     * @throws IllegalArgumentException when even version 40 is too small
     */
    public static int version(String qrText, EccLevel level) {
        for (int v = 1; v <= 40; v++) {
            if (dataBits(qrText, v) <= capacityBits(v, level)) {
                return v;
            }
        }
        throw new IllegalArgumentException("QR text does not fit a version 40 symbol");
    }

    /** Data capacity in bits of a version at a level. */
    public static int capacityBits(int version, EccLevel level) {
        Version v = Version.getVersionForNumber(version);
        Version.ECBlocks blocks = v.getECBlocksForLevel(ZxingLevels.of(level));
        return (v.getTotalCodewords() - blocks.getTotalECCodewords()) * 8;
    }
}
