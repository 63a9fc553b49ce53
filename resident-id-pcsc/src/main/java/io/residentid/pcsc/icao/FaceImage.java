package io.residentid.pcsc.icao;

import io.residentid.core.model.Bytes;

import java.util.Objects;

/**
 * One facial image from DG2 with the ISO/IEC 19794-5 metadata of its CBEFF record. Numeric codes are kept as the
 * standard defines them (e.g. gender 1 = male, 2 = female; image data type 0 = JPEG, 1 = JPEG 2000).
 *
 * @param format      the image encoding, from the header and checked against the image's magic bytes
 * @param image       the encoded image exactly as stored (personal: prints only its length)
 * @param width       width in pixels (0 when unknown)
 * @param height      height in pixels (0 when unknown)
 * @param gender      ISO 19794-5 gender code
 * @param eyeColour   ISO 19794-5 eye colour code
 * @param hairColour  ISO 19794-5 hair colour code
 * @param expression  ISO 19794-5 expression code
 * @param imageType   face image type (0 basic, 1 full frontal, 2 token frontal)
 * @param colourSpace image colour space code
 * @param sourceType  source type code
 * @param standard    {@code ISO_19794_5} or {@code ISO_39794_5} (newer records: metadata not interpreted)
 */
public record FaceImage(ImageFormat format, Bytes image, int width, int height, int gender, int eyeColour,
        int hairColour, int expression, int imageType, int colourSpace, int sourceType, String standard) {

    /** Image encodings found in DG2. */
    public enum ImageFormat {
        /** JPEG (JFIF). */
        JPEG,
        /** JPEG 2000 (JP2 file or J2K codestream). */
        JPEG2000,
        /** Neither (kept raw). */
        UNKNOWN;

        /** {@return MIME type} */
        public String mimeType() {
            return switch (this) {
                case JPEG -> "image/jpeg";
                case JPEG2000 -> "image/jp2";
                case UNKNOWN -> "application/octet-stream";
            };
        }

        static ImageFormat sniff(byte[] b, int offset, int length) {
            if (length >= 3 && (b[offset] & 0xFF) == 0xFF && (b[offset + 1] & 0xFF) == 0xD8
                    && (b[offset + 2] & 0xFF) == 0xFF) {
                return JPEG;
            }
            if (length >= 12 && b[offset] == 0 && b[offset + 1] == 0 && b[offset + 2] == 0 && b[offset + 3] == 0x0C
                    && b[offset + 4] == 'j' && b[offset + 5] == 'P') {
                return JPEG2000;
            }
            if (length >= 4 && (b[offset] & 0xFF) == 0xFF && (b[offset + 1] & 0xFF) == 0x4F
                    && (b[offset + 2] & 0xFF) == 0xFF && (b[offset + 3] & 0xFF) == 0x51) {
                return JPEG2000;
            }
            return UNKNOWN;
        }
    }

    /**
     * Checks that format, image and standard are present; the image is marked personal.
     *
     * @param format the image encoding, from the header and checked against the image's magic bytes
     * @param image the encoded image exactly as stored (personal: prints only its length)
     * @param width width in pixels (0 when unknown)
     * @param height height in pixels (0 when unknown)
     * @param gender ISO 19794-5 gender code
     * @param eyeColour ISO 19794-5 eye colour code
     * @param hairColour ISO 19794-5 hair colour code
     * @param expression ISO 19794-5 expression code
     * @param imageType face image type (0 basic, 1 full frontal, 2 token frontal)
     * @param colourSpace image colour space code
     * @param sourceType source type code
     * @param standard {@code ISO_19794_5} or {@code ISO_39794_5} (newer records: metadata not interpreted)
     */
    public FaceImage {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(image, "image");
        image = image.isPersonal() ? image : Bytes.personal(image.toByteArray());
        Objects.requireNonNull(standard, "standard");
    }

    @Override
    public String toString() {
        return "FaceImage[" + format + ", " + width + "x" + height + ", " + image.length() + " bytes]";
    }
}
