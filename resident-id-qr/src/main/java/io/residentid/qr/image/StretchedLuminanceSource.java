package io.residentid.qr.image;

import com.google.zxing.LuminanceSource;

/**
 * A luminance source with its histogram stretched to the full 0..255 range (2nd to 98th percentile), which helps
 * with washed-out photos of a screen.
 */
final class StretchedLuminanceSource extends LuminanceSource {

    private final byte[] pixels;

    StretchedLuminanceSource(LuminanceSource source) {
        super(source.getWidth(), source.getHeight());
        byte[] in = source.getMatrix();
        int[] histogram = new int[256];
        for (byte b : in) {
            histogram[b & 0xff]++;
        }
        int low = percentile(histogram, in.length, 0.02);
        int high = percentile(histogram, in.length, 0.98);
        if (high <= low) {
            // A (nearly) uniform picture, e.g. a small code on a pure-white canvas: >= 98 % of the pixels share one
            // value, so there is no range to stretch (and low + 1 could pass 255: division by zero). Widen the range
            // around the dominant value instead.
            low = Math.max(0, Math.min(low, 254));
            high = low + 1;
        }
        pixels = new byte[in.length];
        for (int i = 0; i < in.length; i++) {
            int v = ((in[i] & 0xff) - low) * 255 / (high - low);
            pixels[i] = (byte) Math.max(0, Math.min(255, v));
        }
    }

    private static int percentile(int[] histogram, int total, double fraction) {
        long target = (long) (total * fraction);
        long sum = 0;
        for (int v = 0; v < 256; v++) {
            sum += histogram[v];
            if (sum > target) {
                return v;
            }
        }
        return 255;
    }

    @Override
    public byte[] getRow(int y, byte[] row) {
        int w = getWidth();
        if (row == null || row.length < w) {
            row = new byte[w];
        }
        System.arraycopy(pixels, y * w, row, 0, w);
        return row;
    }

    @Override
    public byte[] getMatrix() {
        return pixels;
    }
}
