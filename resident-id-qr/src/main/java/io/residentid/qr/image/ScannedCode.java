package io.residentid.qr.image;

import io.residentid.qr.format.EccLevel;
import java.util.Optional;

/**
 * One QR code found in an image.
 *
 * @param text  the decoded text
 * @param level the error-correction level read from the symbol, null if the decoder did not report it
 */
public record ScannedCode(String text, EccLevel level) {

    /** {@return the level, when known} */
    public Optional<EccLevel> levelIfKnown() {
        return Optional.ofNullable(level);
    }

    @Override
    public String toString() {
        return "ScannedCode[" + text.length() + " characters, level=" + level + "]";
    }
}
