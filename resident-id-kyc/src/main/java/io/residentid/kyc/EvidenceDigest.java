package io.residentid.kyc;

import java.util.Objects;

/**
 * The SHA-256 of one evidence item, as the report lists it: proof of what was checked without a copy of it.
 *
 * @param item   e.g. {@code chip/manifest.json}, {@code chip/DG1}, {@code ocr-mrz}, {@code qr}, {@code declared}
 * @param sha256 lower-case hex
 */
public record EvidenceDigest(String item, String sha256) {

    /**
     * Checks presence.
     *
     * @param item the CBOR data item
     * @param sha256 the SHA-256 of the item, in hex
     */
    public EvidenceDigest {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(sha256, "sha256");
    }
}
