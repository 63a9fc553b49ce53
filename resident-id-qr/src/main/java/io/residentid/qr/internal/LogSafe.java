package io.residentid.qr.internal;

/**
 * Makes values from untrusted input safe to put in a log line or an exception message: control, format, line and
 * paragraph separator characters become <code>&#92;uXXXX</code> escapes (so a {@code kid} or issuer holding CR/LF cannot forge
 * a log line), the backslash is doubled, and long values are cut. Not part of the API.
 */
public final class LogSafe {

    /** Longest value kept, in characters; longer values end with an ellipsis. */
    public static final int MAX_LENGTH = 80;

    private LogSafe() {
    }

    /** The value escaped and shortened; {@code "null"} for {@code null}. */
    public static String value(Object value) {
        if (value == null) {
            return "null";
        }
        String s = String.valueOf(value);
        StringBuilder out = new StringBuilder(Math.min(s.length(), MAX_LENGTH) + 8);
        for (int i = 0; i < s.length(); i++) {
            if (out.length() >= MAX_LENGTH) {
                out.append('…');
                break;
            }
            char c = s.charAt(i);
            int type = Character.getType(c);
            if (c == '\\') {
                out.append("\\\\");
            } else if (c < 0x20 || c == 0x7f || type == Character.CONTROL || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.SURROGATE || type == Character.PRIVATE_USE || type == Character.UNASSIGNED) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
