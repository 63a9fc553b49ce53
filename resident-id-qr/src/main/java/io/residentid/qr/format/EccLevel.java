package io.residentid.qr.format;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** QR error-correction level. The format's size target is measured at {@link #M}. */
public enum EccLevel {
    /** About 7 % recovery. */
    L(ErrorCorrectionLevel.L),
    /** About 15 % recovery: the default. */
    M(ErrorCorrectionLevel.M),
    /** About 25 % recovery. */
    Q(ErrorCorrectionLevel.Q),
    /** About 30 % recovery. */
    H(ErrorCorrectionLevel.H);

    private final ErrorCorrectionLevel zxing;

    EccLevel(ErrorCorrectionLevel zxing) {
        this.zxing = zxing;
    }

    /** The ZXing level. */
    public ErrorCorrectionLevel zxing() {
        return zxing;
    }
}
