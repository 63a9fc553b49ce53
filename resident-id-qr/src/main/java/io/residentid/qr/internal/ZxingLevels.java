package io.residentid.qr.internal;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import io.residentid.qr.format.EccLevel;

/** Maps the API's {@link EccLevel} to ZXing's level, so no ZXing type appears in the public API. */
public final class ZxingLevels {

    private ZxingLevels() {
    }

    /**
     * {@return ZXing's level with the same name}
     *
     * @param level our level
     */
    public static ErrorCorrectionLevel of(EccLevel level) {
        return ErrorCorrectionLevel.valueOf(level.name());
    }
}
