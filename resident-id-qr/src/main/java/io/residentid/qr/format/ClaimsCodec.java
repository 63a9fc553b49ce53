package io.residentid.qr.format;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.residentid.core.model.DocumentType;
import io.residentid.core.model.IssuingCountry;
import io.residentid.core.model.Nationality;
import io.residentid.core.model.Sex;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Writes and reads the claims JSON of {@code FORMAT.md}: deterministic minified UTF-8 with short names in a fixed
 * order, and a strict reader (duplicate keys, unknown claims, types and limits all rejected).
 */
public final class ClaimsCodec {

    /** Longest issuer or status URI. */
    public static final int MAX_URI = 256;
    /** Longest name part, employer or occupation, in characters. */
    public static final int MAX_TEXT = 64;

    private static final JsonFactory FACTORY = new JsonFactory();
    /** Latin names: Latin script letters, combining marks, space, full stop, apostrophe, hyphen. */
    private static final IntPredicate LATIN_NAME = cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN
            || isMark(cp) || cp == ' ' || cp == '.' || cp == '\'' || cp == '-';
    /** Arabic names: Arabic script, tatweel (U+0640, script COMMON), space. */
    private static final IntPredicate ARABIC_NAME = cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC
            || cp == 0x0640 || cp == ' ';
    private static final Set<String> TOP = Set.of("iss", "nbf", "exp", "rid", "status");
    private static final Set<String> RID = Set.of("v", "c", "t", "d", "p", "n", "a", "na", "b", "s", "x", "e", "o");
    private static final Map<DocumentType, String> TYPE_CODES = new EnumMap<>(DocumentType.class);

    static {
        TYPE_CODES.put(DocumentType.OMAN_RESIDENT_CARD, "RC");
        TYPE_CODES.put(DocumentType.SAUDI_IQAMA, "IQ");
        TYPE_CODES.put(DocumentType.SAUDI_NATIONAL_ID, "NI");
        TYPE_CODES.put(DocumentType.QATAR_ID, "QI");
        TYPE_CODES.put(DocumentType.EMIRATES_ID, "EI");
        TYPE_CODES.put(DocumentType.KUWAIT_CIVIL_ID, "CI");
        TYPE_CODES.put(DocumentType.BAHRAIN_CPR_CARD, "CP");
    }

    private ClaimsCodec() {
    }

    /** The short code of a document type in {@code rid.t}. */
    public static String typeCode(DocumentType type) {
        return TYPE_CODES.get(type);
    }

    /**
     * Writes the claims as deterministic minified JSON, after checking the schema limits.
     *
     * @throws IllegalArgumentException when a value breaks the schema
     */
    public static byte[] encode(CredentialClaims claims) {
        try {
            check(claims);
        } catch (CredentialFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        RidClaims r = claims.rid();
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("iss", claims.issuer());
            g.writeNumberField("nbf", claims.notBefore().getEpochSecond());
            g.writeNumberField("exp", claims.expiresAt().getEpochSecond());
            g.writeObjectFieldStart("rid");
            g.writeNumberField("v", RidClaims.SCHEMA_VERSION);
            g.writeStringField("c", r.country().alpha2());
            g.writeStringField("t", TYPE_CODES.get(r.documentType()));
            g.writeStringField("d", r.documentNumber());
            g.writeStringField("p", r.personalNumber());
            g.writeStringField("n", r.surname() + "/" + r.givenNames());
            g.writeStringField("a", r.arabicSurname() + "/" + r.arabicGivenNames());
            g.writeStringField("na", r.nationality().code());
            g.writeNumberField("b", epochDay(r.dateOfBirth()));
            g.writeStringField("s", String.valueOf(r.sex().mrzCode()));
            g.writeNumberField("x", epochDay(r.documentExpiry()));
            if (r.employer() != null) {
                g.writeStringField("e", r.employer());
            }
            if (r.occupation() != null) {
                g.writeStringField("o", r.occupation());
            }
            g.writeEndObject();
            if (claims.status() != null) {
                g.writeObjectFieldStart("status");
                g.writeObjectFieldStart("status_list");
                g.writeNumberField("idx", claims.status().index());
                g.writeStringField("uri", claims.status().uri());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Reads the claims JSON into a tree: well-formed, one object, no duplicate keys, at most {@link RawDeflate#MAX_INFLATED} bytes.
     *
     * @throws CredentialFormatException {@code DUPLICATE_CLAIM} or {@code SCHEMA_INVALID} (also for {@code null})
     */
    public static JsonNode readTree(byte[] json) throws CredentialFormatException {
        try {
            JsonNode node = StrictJson.parse(json, RawDeflate.MAX_INFLATED, 4);
            if (!node.isObject()) {
                throw schema("Claims are not a JSON object");
            }
            return node;
        } catch (StrictJson.Exception e) {
            throw new CredentialFormatException(e.duplicateKey() ? FailureCode.DUPLICATE_CLAIM : FailureCode.SCHEMA_INVALID,
                    "Claims: " + e.getMessage());
        }
    }

    /**
     * The {@code iss} claim of a claims tree (read before the signature is checked, to find the key).
     *
     * @throws CredentialFormatException {@code SCHEMA_INVALID} when it is missing or not an https URI
     */
    public static String issuerOf(JsonNode tree) throws CredentialFormatException {
        JsonNode iss = tree.get("iss");
        if (iss == null || !iss.isTextual() || !isHttpsUri(iss.textValue())) {
            throw schema("iss must be an https URI of at most " + MAX_URI + " characters");
        }
        return iss.textValue();
    }

    /**
     * Reads and checks claims JSON.
     *
     * @throws CredentialFormatException {@code DUPLICATE_CLAIM} or {@code SCHEMA_INVALID} (also for {@code null})
     */
    public static CredentialClaims decode(byte[] json) throws CredentialFormatException {
        return fromTree(readTree(json));
    }

    /**
     * Maps a claims tree to values, checking the whole schema.
     *
     * @throws CredentialFormatException {@code SCHEMA_INVALID}
     */
    public static CredentialClaims fromTree(JsonNode tree) throws CredentialFormatException {
        onlyKnown(tree, TOP, "claims");
        String iss = issuerOf(tree);
        long nbf = seconds(tree, "nbf");
        long exp = seconds(tree, "exp");
        if (exp <= nbf) {
            throw schema("exp must be after nbf");
        }
        JsonNode rid = tree.get("rid");
        if (rid == null || !rid.isObject()) {
            throw schema("rid must be an object");
        }
        onlyKnown(rid, RID, "rid");
        JsonNode v = rid.get("v");
        if (v == null || !v.isIntegralNumber() || v.longValue() != RidClaims.SCHEMA_VERSION) {
            throw schema("Unsupported rid schema version");
        }
        String c = text(rid, "c", 2, true);
        IssuingCountry country = null;
        for (IssuingCountry k : IssuingCountry.values()) {
            if (k.alpha2().equals(c)) {
                country = k;
            }
        }
        if (country == null) {
            throw schema("Unknown country");
        }
        String t = text(rid, "t", 2, true);
        DocumentType type = TYPE_CODES.entrySet().stream().filter(e -> e.getValue().equals(t)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> schema("Unknown document type"));
        if (type.country() != country) {
            throw schema("Document type does not belong to the country");
        }
        String[] latin = name(rid, "n", LATIN_NAME);
        String[] arabic = name(rid, "a", ARABIC_NAME);
        Nationality nationality;
        try {
            nationality = Nationality.of(text(rid, "na", 3, true));
        } catch (IllegalArgumentException e) {
            throw schema("Unknown nationality");
        }
        Sex sex;
        try {
            String s = text(rid, "s", 1, true);
            if (s.length() != 1 || "<".equals(s)) {
                throw schema("Invalid sex");
            }
            sex = Sex.fromMrzCode(s.charAt(0));
        } catch (IllegalArgumentException e) {
            throw schema("Invalid sex");
        }
        RidClaims r = new RidClaims(country, type, identifier(rid, "d"), identifier(rid, "p"), latin[0], latin[1],
                arabic[0], arabic[1], nationality, date(rid, "b"), sex, date(rid, "x"),
                freeText(rid, "e"), freeText(rid, "o"));
        StatusReference status = null;
        JsonNode st = tree.get("status");
        if (st != null) {
            if (!st.isObject()) {
                throw schema("status must be an object");
            }
            onlyKnown(st, Set.of("status_list"), "status");
            JsonNode list = st.get("status_list");
            if (list == null || !list.isObject()) {
                throw schema("status.status_list must be an object");
            }
            onlyKnown(list, Set.of("idx", "uri"), "status_list");
            JsonNode idx = list.get("idx");
            if (idx == null || !idx.isIntegralNumber() || !idx.canConvertToLong()
                    || idx.longValue() < 0 || idx.longValue() > Integer.MAX_VALUE) {
                throw schema("status_list.idx must be an integer 0..2^31-1");
            }
            JsonNode uri = list.get("uri");
            if (uri == null || !uri.isTextual() || !isHttpsUri(uri.textValue())) {
                throw schema("status_list.uri must be an https URI");
            }
            status = new StatusReference(idx.longValue(), uri.textValue());
        }
        return new CredentialClaims(iss, Instant.ofEpochSecond(nbf), Instant.ofEpochSecond(exp), r, status);
    }

    private static void check(CredentialClaims c) throws CredentialFormatException {
        if (!isHttpsUri(c.issuer())) {
            throw schema("iss must be an https URI of at most " + MAX_URI + " characters");
        }
        if (c.notBefore().getNano() != 0 || c.expiresAt().getNano() != 0 || c.notBefore().getEpochSecond() < 0) {
            throw schema("nbf and exp are whole, non-negative seconds");
        }
        RidClaims r = c.rid();
        if (r.documentType().country() != r.country()) {
            throw schema("Document type does not belong to the country");
        }
        checkIdentifier(r.documentNumber(), "documentNumber");
        checkIdentifier(r.personalNumber(), "personalNumber");
        checkName(r.surname(), r.givenNames(), LATIN_NAME, "Latin name");
        checkName(r.arabicSurname(), r.arabicGivenNames(), ARABIC_NAME, "Arabic name");
        checkFree(r.employer(), "employer");
        checkFree(r.occupation(), "occupation");
        checkDate(r.dateOfBirth());
        checkDate(r.documentExpiry());
    }

    private static boolean isHttpsUri(String s) {
        return s != null && s.length() <= MAX_URI && s.startsWith("https://") && s.length() > 8
                && allCodePoints(s, ch -> ch > 0x20 && ch < 0x7f);
    }

    private static void onlyKnown(JsonNode node, Set<String> known, String where) throws CredentialFormatException {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                throw schema("Unknown claim in " + where);
            }
        }
    }

    private static long seconds(JsonNode tree, String name) throws CredentialFormatException {
        JsonNode n = tree.get(name);
        if (n == null || !n.isIntegralNumber() || !n.canConvertToLong() || n.longValue() < 0 || n.longValue() > 253402300799L) {
            throw schema(name + " must be whole seconds since the epoch");
        }
        return n.longValue();
    }

    private static String text(JsonNode node, String name, int maxLength, boolean required) throws CredentialFormatException {
        JsonNode n = node.get(name);
        if (n == null) {
            if (required) {
                throw schema("Missing claim rid." + name);
            }
            return null;
        }
        if (!n.isTextual() || n.textValue().length() > maxLength) {
            throw schema("rid." + name + " must be a string of at most " + maxLength + " characters");
        }
        return n.textValue();
    }

    private static String identifier(JsonNode rid, String name) throws CredentialFormatException {
        String s = text(rid, name, 20, true);
        checkIdentifier(s, "rid." + name);
        return s;
    }

    private static void checkIdentifier(String s, String what) throws CredentialFormatException {
        boolean ok = !s.isEmpty() && s.length() <= 20;
        for (int i = 0; ok && i < s.length(); i++) {
            char c = s.charAt(i);
            ok = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        if (!ok) {
            throw schema(what + " must be 1..20 of A-Z 0-9");
        }
    }

    private static String[] name(JsonNode rid, String key, IntPredicate allowed) throws CredentialFormatException {
        String s = text(rid, key, 2 * MAX_TEXT + 1, true);
        int slash = s.indexOf('/');
        if (slash < 0 || s.indexOf('/', slash + 1) >= 0) {
            throw schema("rid." + key + " must be surname/given names");
        }
        String surname = s.substring(0, slash);
        String given = s.substring(slash + 1);
        checkName(surname, given, allowed, "rid." + key);
        return new String[] {surname, given};
    }

    private static void checkName(String surname, String given, IntPredicate allowed, String what)
            throws CredentialFormatException {
        if (surname.isBlank() || surname.length() > MAX_TEXT || given.length() > MAX_TEXT
                || surname.contains("/") || given.contains("/")
                || !allCodePoints(surname, allowed) || !allCodePoints(given, allowed)
                || !surname.equals(surname.strip()) || !given.equals(given.strip())) {
            throw schema(what + " has characters or a length outside the schema");
        }
    }

    private static String freeText(JsonNode rid, String key) throws CredentialFormatException {
        String s = text(rid, key, MAX_TEXT, false);
        checkFree(s, "rid." + key);
        return s;
    }

    private static void checkFree(String s, String what) throws CredentialFormatException {
        if (s != null && (s.isBlank() || s.length() > MAX_TEXT || !allCodePoints(s, ClaimsCodec::isPrintable) || !s.equals(s.strip()))) {
            throw schema(what + " must be 1..64 printable characters");
        }
    }

    /** Whether every code point (a lone surrogate counts as one) satisfies the predicate; a loop, not a stream. */
    private static boolean allCodePoints(String s, IntPredicate allowed) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!allowed.test(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Not a control, format, surrogate, private-use or unassigned code point (general categories Cc Cf Cs Co Cn). */
    private static boolean isPrintable(int cp) {
        int type = Character.getType(cp);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
                && type != Character.PRIVATE_USE && type != Character.UNASSIGNED;
    }

    private static LocalDate date(JsonNode rid, String key) throws CredentialFormatException {
        JsonNode n = rid.get(key);
        if (n == null || !n.isIntegralNumber() || !n.canConvertToInt() || Math.abs(n.intValue()) > 3_000_000) {
            throw schema("rid." + key + " must be a date as days since 1970-01-01");
        }
        int v = n.intValue();
        try {
            LocalDate d = LocalDate.ofEpochDay(v);
            checkDate(d);
            return d;
        } catch (DateTimeException e) {
            throw schema("rid." + key + " is not a valid date");
        }
    }

    private static void checkDate(LocalDate d) throws CredentialFormatException {
        if (d.getYear() < 1800 || d.getYear() > 9999) {
            throw schema("Dates lie between 1800 and 9999");
        }
    }

    /** Days since 1970-01-01, as RFC 8943 (CBOR tag 100) counts them: 4-5 digits instead of 8. */
    private static int epochDay(LocalDate d) {
        return (int) d.toEpochDay();
    }

    private static CredentialFormatException schema(String message) {
        return new CredentialFormatException(FailureCode.SCHEMA_INVALID, message);
    }
}
