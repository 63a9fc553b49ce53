package io.residentid.emulator;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** Drawn placeholder portraits (head and shoulders on a light background) for emulated chips and mdocs. */
public final class Portraits {

    // The drawing is laid out on a 240 × 320 canvas and scaled to the width asked for.
    private static final int BASE_WIDTH = 240;

    private Portraits() {
    }

    /**
     * A JPEG of the drawn portrait.
     *
     * @param width the image width in pixels; the height is 4/3 of it
     * @return the JPEG bytes
     */
    public static byte[] jpeg(int width) {
        int height = width * 4 / 3;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xE8E4D8));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x7A5230));
        g.fillOval(scaled(60, width), scaled(60, width), scaled(120, width), scaled(150, width));
        g.fillRoundRect(scaled(30, width), scaled(220, width), scaled(180, width), scaled(120, width),
                scaled(60, width), scaled(60, width));
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static int scaled(int base, int width) {
        return base * width / BASE_WIDTH;
    }
}
