package io.residentid.qr.seal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.datamatrix.DataMatrixWriter;
import com.google.zxing.datamatrix.encoder.SymbolShapeHint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads seals from images (DataMatrix, the VDS and IDB symbology; QR and Aztec too) and renders seals as
 * DataMatrix symbols. ZXing returns DataMatrix Base256 data as ISO-8859-1 characters, which
 * {@link SealDecoder#decodeText(String)} reads as VDS bytes. Bounded: {@link #MAX_IMAGE_BYTES} and
 * {@link #MAX_PIXELS} are checked before decoding. Stateless and thread-safe.
 */
public final class SealImages {

    /** Largest encoded image accepted. */
    public static final int MAX_IMAGE_BYTES = 20 << 20;
    /** Most pixels accepted (checked from the image header before decoding). */
    public static final long MAX_PIXELS = 40_000_000L;

    private static final Map<DecodeHintType, Object> HINTS = new EnumMap<>(DecodeHintType.class);

    static {
        HINTS.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.DATA_MATRIX, BarcodeFormat.QR_CODE,
                BarcodeFormat.AZTEC));
        HINTS.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
    }

    private SealImages() {
    }

    /**
     * The text of the first seal barcode in an encoded image (PNG, JPEG...).
     *
     * @param encodedImage the image file bytes (PNG, JPEG, GIF or BMP)
     * @return the text of the first seal barcode
     * @throws SealException {@link SealCode#BAD_IMAGE} when unreadable or too large, {@link SealCode#NO_BARCODE}
     *                       when no barcode is found
     */
    public static String read(byte[] encodedImage) {
        if (encodedImage == null || encodedImage.length == 0) {
            throw new SealException(SealCode.BAD_IMAGE, -1, "empty");
        }
        if (encodedImage.length > MAX_IMAGE_BYTES) {
            throw new SealException(SealCode.BAD_IMAGE, -1, "larger than " + MAX_IMAGE_BYTES + " bytes");
        }
        return read(decodeImage(encodedImage));
    }

    /**
     * The text of the first seal barcode in an image.
     *
     * @param image the image
     * @return the text of the first seal barcode
     * @throws SealException {@link SealCode#NO_BARCODE} when none is found
     */
    public static String read(BufferedImage image) {
        if ((long) image.getWidth() * image.getHeight() > MAX_PIXELS) {
            throw new SealException(SealCode.BAD_IMAGE, -1, "too many pixels");
        }
        LuminanceSource source = new BufferedImageLuminanceSource(image);
        MultiFormatReader reader = new MultiFormatReader();
        try {
            Result r = reader.decode(new BinaryBitmap(new HybridBinarizer(source)), HINTS);
            return r.getText();
        } catch (NotFoundException e) {
            throw new SealException(SealCode.NO_BARCODE, -1);
        } catch (ReaderException | RuntimeException e) {
            throw new SealException(SealCode.NO_BARCODE, -1, e);
        }
    }

    /**
     * A square DataMatrix symbol of a seal with a two-module quiet zone, scaled to about {@code size} pixels.
     *
     * @param seal binary VDS bytes, or the UTF-8 text of an IDB
     * @param size the image width and height in pixels (at least the symbol's module count)
     * @return the DataMatrix image
     */
    public static BufferedImage dataMatrix(byte[] seal, int size) {
        String content = new String(seal, StandardCharsets.ISO_8859_1);
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.DATA_MATRIX_SHAPE, SymbolShapeHint.FORCE_SQUARE);
        BitMatrix matrix;
        try {
            matrix = new DataMatrixWriter().encode(content, BarcodeFormat.DATA_MATRIX, 0, 0, hints);
        } catch (RuntimeException e) {
            throw new SealException(SealCode.TOO_LARGE, -1, e, seal.length);
        }
        int modules = matrix.getWidth() + 4;
        int scale = Math.max(1, size / modules);
        int offset = (size - matrix.getWidth() * scale) / 2;
        int side = Math.max(size, modules * scale);
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int mx = (x - offset) / scale;
                int my = (y - offset) / scale;
                boolean dark = x >= offset && y >= offset && mx < matrix.getWidth() && my < matrix.getHeight()
                        && matrix.get(mx, my);
                image.getRaster().setSample(x, y, 0, dark ? 0 : 255);
            }
        }
        return image;
    }

    /**
     * {@link #dataMatrix(byte[], int)} as PNG bytes.
     *
     * @param seal the seal bytes
     * @param size the image width and height in pixels
     * @return the DataMatrix image as PNG bytes
     */
    public static byte[] dataMatrixPng(byte[] seal, int size) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(dataMatrix(seal, size), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new SealException(SealCode.BAD_IMAGE, -1, e, "png");
        }
    }

    private static BufferedImage decodeImage(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new SealException(SealCode.BAD_IMAGE, -1, "unknown image format");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new SealException(SealCode.BAD_IMAGE, -1, "too many pixels");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof SealException se) {
                throw se;
            }
            throw new SealException(SealCode.BAD_IMAGE, -1, e, "unreadable image");
        }
    }

}
