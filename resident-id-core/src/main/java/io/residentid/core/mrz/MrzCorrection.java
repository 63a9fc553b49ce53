package io.residentid.core.mrz;

/**
 * One character the parser changed to repair an OCR confusion ({@code O}/{@code 0}, {@code I}/{@code 1},
 * {@code B}/{@code 8}, {@code S}/{@code 5}, {@code Z}/{@code 2}, {@code G}/{@code 6}).
 *
 * @param line     line number, from 1
 * @param position character position in the line, from 1 (as ICAO 9303 counts)
 * @param from     the character as read
 * @param to       the character it was repaired to
 */
public record MrzCorrection(int line, int position, char from, char to) {
}
