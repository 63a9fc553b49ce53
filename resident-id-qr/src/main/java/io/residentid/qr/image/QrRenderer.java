package io.residentid.qr.image;

import io.residentid.qr.internal.ZxingLevels;
import io.residentid.qr.internal.QrSymbol;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import io.residentid.qr.format.EccLevel;
import io.residentid.qr.format.QrText;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * Renders credential QR text as PNG or SVG. The symbol has two segments, byte mode for {@code rid:/} and numeric
 * mode for the digits: ZXing's {@link Encoder} with {@code QR_COMPACT} (its minimal-segmentation encoder) finds
 * exactly that split, and the renderer checks the version against {@link QrSymbol#version}, computed independently
 * from the two segments' bit lengths. Immutable and thread-safe.
 */
public final class QrRenderer {

    /** The smallest quiet zone ISO/IEC 18004 allows. */
    public static final int MIN_QUIET_ZONE = 4;

    private final EccLevel level;
    private final int moduleSize;
    private final int quietZone;

    private QrRenderer(Builder b) {
        this.level = b.level;
        this.moduleSize = b.moduleSize;
        this.quietZone = b.quietZone;
    }

    /** {@return a builder (defaults: level M, 4 pixels per module, quiet zone 4 modules)} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return the QR version (1..40) of the symbol this renderer draws for a credential text}
     *
     * @param qrText the credential text ({@code rid:/} + digits)
     * @throws IllegalArgumentException when the text is not {@code rid:/} + digits or does not fit version 40
     */
    public int symbolVersion(String qrText) {
        return symbol(qrText).getVersion().getVersionNumber();
    }

    /**
     * {@return the symbol's width in modules, without the quiet zone (17 + 4 × version)}
     *
     * @param qrText the credential text ({@code rid:/} + digits)
     * @throws IllegalArgumentException when the text is not {@code rid:/} + digits or does not fit version 40
     */
    public int symbolModules(String qrText) {
        return symbol(qrText).getMatrix().getWidth();
    }

    /** The ZXing symbol for a credential text (kept out of the API: ZXing types are not part of it). */
    QRCode symbol(String qrText) {
        if (qrText == null) {
            throw new IllegalArgumentException("No QR text given");
        }
        if (!qrText.startsWith(QrText.PREFIX) || !qrText.substring(QrText.PREFIX.length()).chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("Not a rid:/ credential text");
        }
        int expected = QrSymbol.version(qrText, level);
        try {
            QRCode code = Encoder.encode(qrText, ZxingLevels.of(level), Map.of(EncodeHintType.QR_COMPACT, Boolean.TRUE));
            if (code.getVersion().getVersionNumber() > expected) {
                throw new IllegalStateException("Encoder chose version " + code.getVersion().getVersionNumber()
                        + " where two segments need " + expected);
            }
            return code;
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode the QR text", e);
        }
    }

    /**
     * Renders to an image: black modules on white, {@code moduleSize} pixels each, with the quiet zone.
     *
     * @param qrText the scanned text ({@code rid:/} + digits)
     * @return the rendered image
     */
    public BufferedImage image(String qrText) {
        ByteMatrix m = symbol(qrText).getMatrix();
        int modules = m.getWidth() + 2 * quietZone;
        int px = modules * moduleSize;
        BufferedImage img = new BufferedImage(px, px, BufferedImage.TYPE_BYTE_BINARY);
        int[] white = new int[px];
        java.util.Arrays.fill(white, 0xFFFFFFFF);
        for (int y = 0; y < px; y++) {
            img.setRGB(0, y, px, 1, white, 0, px);
        }
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y) == 1) {
                    int x0 = (x + quietZone) * moduleSize;
                    int y0 = (y + quietZone) * moduleSize;
                    for (int dy = 0; dy < moduleSize; dy++) {
                        for (int dx = 0; dx < moduleSize; dx++) {
                            img.setRGB(x0 + dx, y0 + dy, 0xFF000000);
                        }
                    }
                }
            }
        }
        return img;
    }

    /**
     * Renders to PNG bytes.
     *
     * @param qrText the scanned text ({@code rid:/} + digits)
     * @return the PNG file bytes
     */
    public byte[] png(String qrText) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image(qrText), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Renders to an SVG document (one path, module units scaled by {@code moduleSize}).
     *
     * @param qrText the scanned text ({@code rid:/} + digits)
     * @return the SVG document
     */
    public String svg(String qrText) {
        ByteMatrix m = symbol(qrText).getMatrix();
        int modules = m.getWidth() + 2 * quietZone;
        StringBuilder path = new StringBuilder(m.getWidth() * m.getHeight());
        for (int y = 0; y < m.getHeight(); y++) {
            int x = 0;
            while (x < m.getWidth()) {
                if (m.get(x, y) == 1) {
                    int start = x;
                    while (x < m.getWidth() && m.get(x, y) == 1) {
                        x++;
                    }
                    path.append('M').append(start + quietZone).append(',').append(y + quietZone)
                            .append('h').append(x - start).append("v1h-").append(x - start).append('z');
                } else {
                    x++;
                }
            }
        }
        int px = modules * moduleSize;
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + px + "\" height=\"" + px
                + "\" viewBox=\"0 0 " + modules + " " + modules + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>\n";
    }

    /** Builds a {@link QrRenderer}. */
    public static final class Builder {
        private EccLevel level = EccLevel.M;
        private int moduleSize = 4;
        private int quietZone = MIN_QUIET_ZONE;

        private Builder() {
        }

        /**
         * Error-correction level (default M).
         *
         * @param level the error-correction level
         * @return this builder
         */
        public Builder level(EccLevel level) {
            this.level = Objects.requireNonNull(level);
            return this;
        }

        /**
         * Pixels per module, 1..64 (default 4).
         *
         * @param pixels pixels per module, 1..64
         * @return this builder
         */
        public Builder moduleSize(int pixels) {
            if (pixels < 1 || pixels > 64) {
                throw new IllegalArgumentException("Module size must be 1..64 pixels");
            }
            this.moduleSize = pixels;
            return this;
        }

        /**
         * Quiet zone in modules, 4..40 (default 4).
         *
         * @param modules the quiet zone width in modules
         * @return this builder
         */
        public Builder quietZone(int modules) {
            if (modules < MIN_QUIET_ZONE || modules > 40) {
                throw new IllegalArgumentException("Quiet zone must be 4..40 modules");
            }
            this.quietZone = modules;
            return this;
        }

        /**
         * Builds the renderer.
         *
         * @return a new renderer
         */
        public QrRenderer build() {
            return new QrRenderer(this);
        }
    }
}
