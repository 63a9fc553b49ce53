package io.residentid.qr.image;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.QRCodeReader;
import io.residentid.qr.format.EccLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Finds and decodes QR codes in PNG/JPEG images, including phone photos of a screen (rotated, skewed, low
 * contrast, inverted, several codes per image). Caps on bytes and pixels are checked from the image header before
 * any pixel is decoded; ZXing runs in a worker thread with a hard per-image time limit (ZXing has had hangs on
 * pathological images). Strategy: multi-code QR reader with {@code TRY_HARDER} on a hybrid binarizer, then a
 * global-histogram binarizer, then a contrast-stretched and an inverted image, then a generic multi-reader that
 * splits the image. Thread-safe.
 */
public final class QrImageDecoder {

    private static final int MAX_WORKERS = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);

    /**
     * Images being decoded, including ones whose caller already gave up on a time-out: ZXing cannot be interrupted,
     * so a permit is only returned when the scan really ends. Bounds the threads that pathological images can hold;
     * when every permit is taken, new images are refused ({@code BUSY}). Counting permits rather than relying on a
     * hand-off queue means a worker that has just finished is never mistaken for a busy one.
     */
    private static final Semaphore IN_FLIGHT = new Semaphore(MAX_WORKERS);

    private static final ThreadPoolExecutor WORKERS = new ThreadPoolExecutor(MAX_WORKERS, MAX_WORKERS,
            30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "rid-qr-decode");
                t.setDaemon(true);
                return t;
            });

    static {
        WORKERS.allowCoreThreadTimeOut(true);
    }

    private final long maxBytes;
    private final long maxPixels;
    private final Duration timeout;

    private QrImageDecoder(Builder b) {
        this.maxBytes = b.maxBytes;
        this.maxPixels = b.maxPixels;
        this.timeout = b.timeout;
    }

    /** A builder (defaults: 20 MB, 40 megapixels, 3 s). */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Decodes every QR code in an encoded image (PNG, JPEG...). Returns an empty list when none is found.
     *
     * @throws ImageDecodeException when the image is too large, unreadable or decoding times out
     */
    public List<ScannedCode> decode(byte[] encodedImage) throws ImageDecodeException {
        if (encodedImage.length > maxBytes) {
            throw new ImageDecodeException(ImageDecodeException.Reason.TOO_LARGE,
                    "Image of " + encodedImage.length + " bytes exceeds " + maxBytes);
        }
        return decode(read(encodedImage));
    }

    /**
     * Decodes every QR code in an image.
     *
     * @throws ImageDecodeException when it has too many pixels or decoding times out
     */
    public List<ScannedCode> decode(BufferedImage image) throws ImageDecodeException {
        checkPixels(image.getWidth(), image.getHeight());
        Future<List<ScannedCode>> task;
        if (!IN_FLIGHT.tryAcquire()) {
            throw new ImageDecodeException(ImageDecodeException.Reason.BUSY, "Every decoder worker is busy");
        }
        try {
            task = WORKERS.submit(() -> {
                try {
                    return scan(image);
                } finally {
                    IN_FLIGHT.release();
                }
            });
        } catch (RejectedExecutionException e) {
            IN_FLIGHT.release();
            throw new ImageDecodeException(ImageDecodeException.Reason.BUSY, "Every decoder worker is busy");
        }
        try {
            return task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new ImageDecodeException(ImageDecodeException.Reason.TIMEOUT,
                    "Decoding took longer than " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new ImageDecodeException(ImageDecodeException.Reason.TIMEOUT, "Interrupted while decoding");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ImageDecodeException ide) {
                throw ide;
            }
            throw new ImageDecodeException(ImageDecodeException.Reason.UNREADABLE, "Decoder failed: " + e.getCause(), e.getCause());
        }
    }

    private BufferedImage read(byte[] bytes) throws ImageDecodeException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new ImageDecodeException(ImageDecodeException.Reason.UNREADABLE, "Not a readable image format");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                checkPixels(reader.getWidth(0), reader.getHeight(0));
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (ImageDecodeException e) {
            throw e; // unchecked now: keep its reason (e.g. TOO_LARGE) rather than wrapping it below
        } catch (IOException | RuntimeException e) {
            throw new ImageDecodeException(ImageDecodeException.Reason.UNREADABLE, "Cannot read the image: " + e.getMessage(), e);
        }
    }

    private void checkPixels(long width, long height) throws ImageDecodeException {
        if (width <= 0 || height <= 0 || width * height > maxPixels) {
            throw new ImageDecodeException(ImageDecodeException.Reason.TOO_LARGE,
                    "Image of " + width + "x" + height + " pixels exceeds " + maxPixels + " pixels");
        }
    }

    private static List<ScannedCode> scan(BufferedImage image) {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        Map<String, ScannedCode> found = new LinkedHashMap<>();
        LuminanceSource plain = new BufferedImageLuminanceSource(image);
        List<Function<LuminanceSource, BinaryBitmap>> binarizers = List.of(
                s -> new BinaryBitmap(new HybridBinarizer(s)),
                s -> new BinaryBitmap(new GlobalHistogramBinarizer(s)));
        for (LuminanceSource source : sources(plain)) {
            for (Function<LuminanceSource, BinaryBitmap> binarizer : binarizers) {
                if (Thread.currentThread().isInterrupted()) {
                    return List.copyOf(found.values());
                }
                collect(found, multi(binarizer.apply(source), hints));
            }
            if (!found.isEmpty()) {
                return List.copyOf(found.values());
            }
        }
        if (!Thread.currentThread().isInterrupted()) {
            try {
                collect(found, new GenericMultipleBarcodeReader(new QRCodeReader())
                        .decodeMultiple(new BinaryBitmap(new HybridBinarizer(plain)), hints));
            } catch (NotFoundException e) {
                // nothing found
            }
        }
        return List.copyOf(found.values());
    }

    private static List<LuminanceSource> sources(LuminanceSource plain) {
        List<LuminanceSource> list = new ArrayList<>(3);
        list.add(plain);
        list.add(new StretchedLuminanceSource(plain));
        list.add(plain.invert());
        return list;
    }

    private static Result[] multi(BinaryBitmap bitmap, Map<DecodeHintType, Object> hints) {
        try {
            Result[] results = new QRCodeMultiReader().decodeMultiple(bitmap, hints);
            if (results.length > 0) {
                return results;
            }
        } catch (NotFoundException e) {
            // fall through to the single-code reader
        }
        try {
            return new Result[] {new QRCodeReader().decode(bitmap, hints)};
        } catch (ReaderException | RuntimeException e) {
            return new Result[0];
        }
    }

    private static void collect(Map<String, ScannedCode> found, Result[] results) {
        for (Result r : results) {
            if (r.getText() != null && !found.containsKey(r.getText())) {
                Object ec = r.getResultMetadata() == null ? null : r.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL);
                EccLevel level = null;
                if (ec != null) {
                    try {
                        level = EccLevel.valueOf(ec.toString());
                    } catch (IllegalArgumentException e) {
                        level = null;
                    }
                }
                found.put(r.getText(), new ScannedCode(r.getText(), level));
            }
        }
    }

    /** Builds a {@link QrImageDecoder}. */
    public static final class Builder {
        private long maxBytes = 20L << 20;
        private long maxPixels = 40_000_000L;
        private Duration timeout = Duration.ofSeconds(3);

        private Builder() {
        }

        /** Largest encoded image (default 20 MB). */
        public Builder maxBytes(long bytes) {
            this.maxBytes = bytes;
            return this;
        }

        /** Largest image in pixels (default 40 megapixels). */
        public Builder maxPixels(long pixels) {
            this.maxPixels = pixels;
            return this;
        }

        /** Per-image time limit (default 3 s). */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout);
            return this;
        }

        /** Builds the decoder. */
        public QrImageDecoder build() {
            return new QrImageDecoder(this);
        }
    }
}
