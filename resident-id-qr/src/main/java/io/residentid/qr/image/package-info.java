/**
 * QR symbols as images: render a credential's QR text and find QR codes in photos or scans.
 *
 * <p>{@link io.residentid.qr.image.QrRenderer} draws the two-segment symbol (byte mode for {@code rid:/}, numeric
 * mode for the digits) as PNG or SVG at a chosen error correction level and module size.
 * {@link io.residentid.qr.image.QrImageDecoder} finds every QR code in an image with bounded work (pixel, size and
 * time limits, a pool of its own) and returns each as a {@link io.residentid.qr.image.ScannedCode} with its text
 * and error correction level; unreadable images fail with {@link io.residentid.qr.image.ImageDecodeException}.
 * A decoded text then goes to {@link io.residentid.qr.verify.CredentialVerifier}.
 */
package io.residentid.qr.image;
