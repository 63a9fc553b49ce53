package io.residentid.core.json;

/** JSON path strings ({@code $.a.b[2]}) for error messages; names are truncated and made printable. */
final class JsonPaths {

    private static final int MAX_NAME = 64;

    private JsonPaths() {
    }

    static String child(String parent, String name) {
        if (isPlain(name)) {
            return parent + "." + name;
        }
        return parent + "[" + quote(name) + "]";
    }

    static String quote(String name) {
        StringBuilder out = new StringBuilder("'");
        int limit = Math.min(name.length(), MAX_NAME);
        for (int i = 0; i < limit; i++) {
            char c = name.charAt(i);
            // Control and format characters never reach a message or a log line as themselves.
            if (c < 0x20 || c == 0x7F || Character.getType(c) == Character.FORMAT || c == '\'' || c == '\\') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (name.length() > MAX_NAME) {
            out.append('…');
        }
        return out.append('\'').toString();
    }

    private static boolean isPlain(String name) {
        if (name.isEmpty() || name.length() > MAX_NAME) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (i > 0 && c >= '0' && c <= '9');
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
