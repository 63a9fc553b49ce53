package io.residentid.qr.image;

import io.residentid.core.report.ResidentIdException;

/** An image that is refused before or during decoding; {@link #reason()} says why. */
public final class ImageDecodeException extends ResidentIdException {

    private static final long serialVersionUID = 1L;

    /** Why an image was refused. */
    public enum Reason {
        /** More bytes or pixels than the caps allow (checked before decoding pixels). */
        TOO_LARGE,
        /** Not a PNG/JPEG (or other ImageIO format) that can be read. */
        UNREADABLE,
        /** A known image format the JDK cannot read (WebP, HEIC): convert it to PNG or JPEG. */
        UNSUPPORTED_FORMAT,
        /** Decoding did not finish within the per-image time limit. */
        TIMEOUT,
        /** Every decoder worker is still busy (with images that timed out); try again later. */
        BUSY
    }

    /** Why the image was refused. */
    private final Reason reason;

    /**
     * An image refused for a reason.
     *
     * @param reason why the image is refused
     * @param message what is wrong (safe to log: no key material or personal data)
     */
    public ImageDecodeException(Reason reason, String message) {
        super(reason.name(), message);
        this.reason = reason;
    }

    /**
     * An image refused for a reason, with the exception that caused it.
     *
     * @param reason why the image is refused
     * @param message what is wrong (safe to log: no key material or personal data)
     * @param cause   the underlying exception
     */
    public ImageDecodeException(Reason reason, String message, Throwable cause) {
        super(reason.name(), message, cause);
        this.reason = reason;
    }

    /** {@return why the image was refused} */
    public Reason reason() {
        return reason;
    }
}
