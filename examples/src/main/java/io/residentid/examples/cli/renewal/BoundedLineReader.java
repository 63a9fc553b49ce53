package io.residentid.examples.cli.renewal;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines of at most {@code maxLength} characters; a longer line is consumed to its end and reported as
 * {@link #TOO_LONG}, so a hostile file cannot make the batch buffer an unbounded line.
 */
final class BoundedLineReader {

    /** Returned instead of a line that exceeded the limit (compare by identity). */
    static final String TOO_LONG = new String("\u0000too long");

    private final Reader in;
    private final int maxLength;
    private final char[] buffer = new char[1 << 16];
    private int pos;
    private int limit;
    private final StringBuilder line = new StringBuilder(256);
    private long consumed;

    BoundedLineReader(Reader in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /** The next line without its terminator (\n, \r\n), {@link #TOO_LONG}, or null at the end. */
    String readLine() throws IOException {
        line.setLength(0);
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                limit = in.read(buffer, 0, buffer.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    return tooLong ? TOO_LONG : stripCr();
                }
            }
            any = true;
            int start = pos;
            while (pos < limit && buffer[pos] != '\n') {
                pos++;
            }
            int n = pos - start;
            consumed += n + (pos < limit ? 1 : 0);
            if (!tooLong) {
                if (line.length() + n > maxLength + 1) {
                    tooLong = true;
                    line.setLength(0);
                } else {
                    line.append(buffer, start, n);
                }
            }
            if (pos < limit) {
                pos++; // the '\n'
                return tooLong ? TOO_LONG : stripCr();
            }
        }
    }

    /** Characters consumed so far, terminators included (bytes for ASCII input: used for progress). */
    long consumed() {
        return consumed;
    }

    private String stripCr() {
        int len = line.length();
        if (len > 0 && line.charAt(len - 1) == '\r') {
            len--;
        }
        if (len > maxLength) {
            return TOO_LONG;
        }
        return line.substring(0, len);
    }
}
