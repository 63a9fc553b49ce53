package io.residentid.core.pki;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The host of a URI for name-constraint matching (RFC 5280 4.2.1.10), extracted per RFC 3986 3.2 by hand rather
 * than by {@link java.net.URI}, which returns no host for {@code a_b.evil.com} and keeps the trailing dot of
 * {@code evil.com.}: either let an excluded host through. The host is percent-decoded, lower-cased and loses one
 * trailing dot. A URI without scheme or authority, an IP-literal or IPv4 host, or a host that is not an LDH host
 * name after decoding (e.g. {@code a_b.evil.com}) has no determinable host ({@code null}), and then violates every
 * URI constraint.
 */
final class UriHost {

    /** Longest URI inspected; longer ones have no determinable host. */
    static final int MAX_URI_LENGTH = 8192;

    private UriHost() {
    }

    /** The normalised domain-name host of {@code uri}, or {@code null} when it cannot be determined. */
    static String of(String uri) {
        if (uri == null || uri.isEmpty() || uri.length() > MAX_URI_LENGTH) {
            return null;
        }
        int colon = uri.indexOf(':');
        if (colon <= 0 || !isScheme(uri, colon)) {
            return null;
        }
        if (!uri.startsWith("//", colon + 1)) {
            return null; // no authority (e.g. "mailto:", "urn:"): nothing to match a domain against
        }
        int start = colon + 3;
        int end = start;
        while (end < uri.length() && "/?#".indexOf(uri.charAt(end)) < 0) {
            end++;
        }
        String authority = uri.substring(start, end);
        int at = authority.indexOf('@');
        if (at >= 0) {
            if (authority.indexOf('@', at + 1) >= 0) {
                return null; // two '@' are not RFC 3986; parsers disagree on which part is the host
            }
            authority = authority.substring(at + 1);
        }
        if (authority.startsWith("[")) {
            return null; // IP-literal: an address, not a domain name
        }
        int portColon = authority.indexOf(':');
        String host = portColon < 0 ? authority : authority.substring(0, portColon);
        if (portColon >= 0 && !isDigits(authority.substring(portColon + 1))) {
            return null;
        }
        host = percentDecode(host);
        if (host == null) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (!isDomain(host) || isIpv4(host)) {
            return null;
        }
        return host;
    }

    /** A URI name constraint normalised like a host: lower case, no trailing dot (a leading dot is kept). */
    static String constraint(String constraint) {
        String c = constraint.toLowerCase(Locale.ROOT);
        return c.endsWith(".") && c.length() > 1 ? c.substring(0, c.length() - 1) : c;
    }

    private static boolean isScheme(String uri, int colon) {
        for (int i = 0; i < colon; i++) {
            char c = uri.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
                    || i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Decodes %XX escapes as UTF-8; {@code null} for a broken escape or invalid UTF-8. */
    private static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    return null;
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                out.write(hi << 4 | lo);
                i += 2;
            } else if (c < 0x80) {
                out.write(c);
            } else {
                return null; // a URI is ASCII (IA5String); anything else is not a host we can compare
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(out.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Labels of letters, digits and hyphens, none empty (RFC 1123 host names). RFC 3986 also allows {@code _} and
     * {@code ~} in a reg-name, but such a host is no domain name a constraint can speak of: it is undeterminable
     * (fail closed) rather than compared.
     */
    private static boolean isDomain(String host) {
        if (host.isEmpty() || host.length() > 253) {
            return false;
        }
        int labelLength = 0;
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c == '.') {
                if (labelLength == 0) {
                    return false;
                }
                labelLength = 0;
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
                if (++labelLength > 63) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return labelLength > 0;
    }

    private static boolean isIpv4(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || !isDigits(p)) {
                return false;
            }
        }
        return true;
    }
}
