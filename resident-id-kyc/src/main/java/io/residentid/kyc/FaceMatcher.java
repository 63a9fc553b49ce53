package io.residentid.kyc;

import io.residentid.core.model.Bytes;

/**
 * The bank's face comparison, plugged into {@link KycVerifier}: the SDK extracts the chip's face image (DG2) and
 * records whether a comparison ran and its outcome; the comparison itself is the bank's (liveness, vendor
 * engine). Implementations must be thread-safe.
 */
public interface FaceMatcher {

    /** {@return a short name of the engine for the report, e.g. {@code vendor-x 4.2}} */
    String name();

    /**
     * Compares the chip's face image with a live capture.
     *
     * @param chipImage   the image from DG2 (JPEG or JPEG 2000)
     * @param chipFormat  {@code JPEG} or {@code JPEG2000}
     * @param liveImage   the live capture
     * @return the outcome
     */
    Result match(Bytes chipImage, String chipFormat, Bytes liveImage);

    /**
     * A face comparison outcome.
     *
     * @param match whether the faces are the same person's, by the engine's own threshold
     * @param score the engine's score, 0.0–1.0
     */
    record Result(boolean match, double score) {
    }
}
