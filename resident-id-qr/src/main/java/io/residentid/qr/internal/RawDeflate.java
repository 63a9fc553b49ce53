package io.residentid.qr.internal;

import io.residentid.qr.format.CredentialFormatException;
import io.residentid.qr.format.FailureCode;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Raw DEFLATE (RFC 1951, no zlib or gzip wrapper) for the JWS payload, and bounded inflation: the output cap is
 * enforced while inflating, so a bomb costs at most the cap in memory and time.
 */
public final class RawDeflate {

    /** The largest inflated claims payload a verifier accepts. */
    public static final int MAX_INFLATED = 8 * 1024;

    private static final ThreadLocal<Deflater> DEFLATER =
            ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_COMPRESSION, true));
    private static final ThreadLocal<Inflater> INFLATER = ThreadLocal.withInitial(() -> new Inflater(true));

    private RawDeflate() {
    }

    /** Compresses with the best compression level. */
    public static byte[] deflate(byte[] data) {
        // Reused per thread: a level-9 deflater allocates several hundred KB of native state when created. Each
        // reset clears its hash table (tens of KB), so it is reset once, after use, leaving it ready for the next call.
        Deflater deflater = DEFLATER.get();
        try {
            deflater.setInput(data);
            deflater.finish();
            byte[] out = new byte[data.length + 64];
            int total = 0;
            while (!deflater.finished()) {
                if (total == out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                }
                total += deflater.deflate(out, total, out.length - total);
            }
            return java.util.Arrays.copyOf(out, total);
        } finally {
            deflater.reset();
        }
    }

    /**
     * Inflates raw DEFLATE data, failing as soon as the output would exceed {@code maxOutput} bytes.
     *
     * @throws CredentialFormatException {@code DECOMPRESSED_TOO_LARGE} or {@code DECOMPRESSION_FAILED}
     */
    public static byte[] inflate(byte[] data, int maxOutput) throws CredentialFormatException {
        // One native inflater per thread, reset after each use (also after a failure): creating one costs more than inflating 300 bytes.
        Inflater inflater = INFLATER.get();
        try {
            inflater.setInput(data);
            byte[] out = new byte[Math.min(maxOutput + 1, Math.max(64, data.length * 4))];
            int total = 0;
            while (!inflater.finished()) {
                if (total == out.length) {
                    if (out.length > maxOutput) {
                        throw new CredentialFormatException(FailureCode.DECOMPRESSED_TOO_LARGE,
                                "Inflated payload exceeds " + maxOutput + " bytes");
                    }
                    out = java.util.Arrays.copyOf(out, Math.min(maxOutput + 1, out.length * 2));
                }
                int n = inflater.inflate(out, total, out.length - total);
                total += n;
                if (total > maxOutput) {
                    throw new CredentialFormatException(FailureCode.DECOMPRESSED_TOO_LARGE,
                            "Inflated payload exceeds " + maxOutput + " bytes");
                }
                if (n == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new CredentialFormatException(FailureCode.DECOMPRESSION_FAILED, "Truncated DEFLATE stream");
                }
            }
            if (inflater.getRemaining() > 0) {
                throw new CredentialFormatException(FailureCode.DECOMPRESSION_FAILED, "Data after the DEFLATE stream");
            }
            return java.util.Arrays.copyOf(out, total);
        } catch (DataFormatException e) {
            throw new CredentialFormatException(FailureCode.DECOMPRESSION_FAILED, "Invalid DEFLATE data", e);
        } finally {
            inflater.reset();
        }
    }
}
