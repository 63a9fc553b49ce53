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
    private final long scanPixels;
    private final Duration timeout;
    private final Semaphore inFlight;
    private final Duration busyWait;

    private QrImageDecoder(Builder b) {
        this.maxBytes = b.maxBytes;
        this.maxPixels = b.maxPixels;
        this.scanPixels = Math.min(b.scanPixels, b.maxPixels);
        this.timeout = b.timeout;
        // A decoder with its own limit has its own permits; otherwise all share the process-wide default.
        this.inFlight = b.maxConcurrentScans > 0 ? new Semaphore(b.maxConcurrentScans) : IN_FLIGHT;
        this.busyWait = b.busyWait;
    }

    /**
     * A builder (defaults: 20 MB, 128 megapixels, photos above 12 megapixels read subsampled to about 12,
     * 3 s per image, at most 2 × CPUs scans at once shared by every decoder, refused at once when all are busy).
     *
     * @return a builder with the documented defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Decodes every QR code in an encoded image (PNG, JPEG...). Returns an empty list when none is found.
     *
     * @param encodedImage the image file bytes (PNG, JPEG, GIF or BMP)
     * @return every QR code found, in reading order; empty when there is none
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
     * @param image the image
     * @return every QR code found, in reading order; empty when there is none
     * @throws ImageDecodeException when it has too many pixels or decoding times out
     */
    public List<ScannedCode> decode(BufferedImage image) throws ImageDecodeException {
        checkPixels(image.getWidth(), image.getHeight());
        Future<List<ScannedCode>> task;
        if (!acquire()) {
            throw new ImageDecodeException(ImageDecodeException.Reason.BUSY, "Every decoder worker is busy");
        }
        Semaphore permits = inFlight;
        BufferedImage scaled = downscale(image, scanPixels);
        try {
            task = WORKERS.submit(() -> {
                try {
                    return scan(scaled);
                } finally {
                    permits.release();
                }
            });
        } catch (RejectedExecutionException e) {
            permits.release();
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

    /** A permit for one scan, waiting at most {@code busyWait} (a bounded queue for servers). */
    private boolean acquire() {
        if (busyWait.isZero()) {
            return inFlight.tryAcquire();
        }
        try {
            return inFlight.tryAcquire(busyWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * A phone photo of 48 megapixels holds a QR code of a few hundred modules: scanning it at 12 megapixels finds the
     * same code in a quarter of the time and memory.
     */
    static BufferedImage downscale(BufferedImage image, long targetPixels) {
        long pixels = (long) image.getWidth() * image.getHeight();
        if (pixels <= targetPixels) {
            return image;
        }
        double factor = Math.sqrt((double) targetPixels / pixels);
        int width = Math.max(1, (int) (image.getWidth() * factor));
        int height = Math.max(1, (int) (image.getHeight() * factor));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                    java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The name of a known image format ImageIO cannot read, from its magic bytes, or {@code null}. */
    static String unsupportedFormat(byte[] bytes) {
        if (bytes.length >= 12 && bytes[0] == 'R' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == 'F'
                && bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P') {
            return "WebP";
        }
        if (bytes.length >= 12 && bytes[4] == 'f' && bytes[5] == 't' && bytes[6] == 'y' && bytes[7] == 'p'
                && ((bytes[8] == 'h' && bytes[9] == 'e' && bytes[10] == 'i') || (bytes[8] == 'm' && bytes[9] == 'i'
                && bytes[10] == 'f') || (bytes[8] == 'a' && bytes[9] == 'v' && bytes[10] == 'i'))) {
            return "HEIC/AVIF";
        }
        return null;
    }

    private BufferedImage read(byte[] bytes) throws ImageDecodeException {
        String unsupported = unsupportedFormat(bytes);
        if (unsupported != null) {
            throw new ImageDecodeException(ImageDecodeException.Reason.UNSUPPORTED_FORMAT,
                    unsupported + " images are not supported: convert the image to PNG or JPEG");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new ImageDecodeException(ImageDecodeException.Reason.UNREADABLE, "Not a readable image format");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                checkPixels(width, height);
                javax.imageio.ImageReadParam param = reader.getDefaultReadParam();
                if (width * height > scanPixels) {
                    // Read a large photo subsampled: the full-resolution raster is never held in memory.
                    int step = (int) Math.ceil(Math.sqrt((double) (width * height) / scanPixels));
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                return reader.read(0, param);
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
        private long maxPixels = 128_000_000L;
        private long scanPixels = 12_000_000L;
        private int maxConcurrentScans;
        private Duration busyWait = Duration.ZERO;
        private Duration timeout = Duration.ofSeconds(3);

        private Builder() {
        }

        /**
         * Largest encoded image (default 20 MB).
         *
         * @param bytes the largest encoded image in bytes
         * @return this builder
         */
        public Builder maxBytes(long bytes) {
            this.maxBytes = bytes;
            return this;
        }

        /**
         * Largest image in pixels (default 128 megapixels); images above {@link #scanPixels(long)} are read
         * subsampled, so a 48-megapixel phone photo is scanned at about 12 megapixels.
         *
         * @param pixels the largest image in pixels (width × height)
         * @return this builder
         */
        public Builder maxPixels(long pixels) {
            this.maxPixels = pixels;
            return this;
        }

        /**
         * Per-image time limit (default 3 s).
         *
         * @param timeout the per-image time limit
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout);
            return this;
        }

        /** Builds the decoder. */
        /**
         * At most {@code scans} images decoded at once by this decoder (size it to the server's cores); without it,
         * all decoders share a process-wide limit of 2 × CPUs. Share one decoder between request threads.
         *
         * @param scans the largest number of images scanned at once
         * @return this builder
         */
        public Builder maxConcurrentScans(int scans) {
            if (scans < 1) {
                throw new IllegalArgumentException("maxConcurrentScans must be at least 1");
            }
            this.maxConcurrentScans = scans;
            return this;
        }

        /**
         * How long a call waits for a free scan slot before failing with {@code BUSY} (default: zero, fail at
         * once). A bounded wait turns bursts into a short queue instead of errors.
         *
         * @param wait how long to wait for a free scan slot
         * @return this builder
         */
        public Builder busyWait(Duration wait) {
            if (wait == null || wait.isNegative()) {
                throw new IllegalArgumentException("busyWait must be zero or positive");
            }
            this.busyWait = wait;
            return this;
        }

        /**
         * Larger images are downscaled to about this many pixels before scanning (default 12 megapixels).
         *
         * @param pixels the pixel count images are downscaled to, at least 10,000
         * @return this builder
         */
        public Builder scanPixels(long pixels) {
            if (pixels < 10_000) {
                throw new IllegalArgumentException("scanPixels must be at least 10,000");
            }
            this.scanPixels = pixels;
            return this;
        }

        /** {@return a new decoder with this builder's limits} */
        public QrImageDecoder build() {
            return new QrImageDecoder(this);
        }
    }
}
