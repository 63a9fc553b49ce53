package io.residentid.qr.format;

import io.residentid.qr.internal.NameCharacters;
import io.residentid.qr.internal.RawDeflate;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import io.residentid.core.json.JsonCode;
import io.residentid.core.json.JsonFormatException;
import io.residentid.core.json.JsonLimits;
import io.residentid.core.json.JsonObjectReader;
import io.residentid.core.json.ResidentIdJson;
import io.residentid.core.json.StrictJson;
import io.residentid.core.model.DocumentType;
import io.residentid.core.model.IdentityDocument;
import io.residentid.core.model.IssuingCountry;
import io.residentid.core.model.Nationality;
import io.residentid.core.model.Person;
import io.residentid.core.model.Sex;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * Writes and reads the claims JSON of {@code FORMAT.md}: deterministic minified UTF-8 with short names in a fixed
 * order, and a strict reader on core's {@link StrictJson} and {@link JsonObjectReader} (duplicate keys, unknown
 * claims, types, number sizes and limits all rejected). Names are written in NFC and must pass
 * {@link NameCharacters} when issuing; when reading, suspicious names are left to the verifier to flag.
 */
public final class ClaimsCodec {

    /** Longest issuer or status URI. */
    public static final int MAX_URI = 256;
    /** Longest name part, employer or occupation, in characters. */
    public static final int MAX_TEXT = 64;

    /** Latest instant accepted in {@code iat}, {@code nbf}, {@code exp}: 9999-12-31T23:59:59Z. */
    public static final long MAX_SECONDS = 253402300799L;
    /** Claims: at most 8 KB, an object holding objects two levels deep, short strings, no decimals. */
    private static final JsonLimits LIMITS = new JsonLimits(RawDeflate.MAX_INFLATED, 3, 2 * MAX_URI, 64, 20, 0);
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

    /**
     * {@return the short code of a document type in {@code rid.t}}
     *
     * @param type the document type
     */
    public static String typeCode(DocumentType type) {
        return TYPE_CODES.get(type);
    }

    /**
     * Writes the claims as deterministic minified JSON, after checking the schema limits.
     *
     * @param claims the complete claims
     * @return the claims JSON, minified UTF-8
     * @throws IllegalArgumentException when a value breaks the schema
     */
    public static byte[] encode(CredentialClaims claims) {
        try {
            check(claims);
        } catch (CredentialFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        IdentityDocument d = claims.document();
        Person h = d.holder();
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator g = ResidentIdJson.mapper().getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("iss", claims.issuer());
            g.writeNumberField("iat", claims.issuedAt().getEpochSecond());
            if (!claims.notBefore().equals(claims.issuedAt())) {
                // nbf defaults to iat: written only when it differs, which keeps the reference credential at version 15.
                g.writeNumberField("nbf", claims.notBefore().getEpochSecond());
            }
            g.writeNumberField("exp", claims.expiresAt().getEpochSecond());
            g.writeObjectFieldStart("rid");
            g.writeNumberField("v", CredentialClaims.SCHEMA_VERSION);
            g.writeStringField("c", d.issuingCountry().alpha2());
            g.writeStringField("t", TYPE_CODES.get(d.type()));
            g.writeStringField("d", d.documentNumber());
            g.writeStringField("p", d.personalNumber());
            g.writeStringField("n", h.primaryIdentifier() + "/" + h.secondaryIdentifier());
            g.writeStringField("a", claims.arabicSurname() + "/" + claims.arabicGivenNames());
            g.writeStringField("na", h.nationality().code());
            g.writeNumberField("b", epochDay(h.dateOfBirth()));
            g.writeStringField("s", String.valueOf(h.sex().mrzCode()));
            g.writeNumberField("x", epochDay(d.dateOfExpiry()));
            if (h.employer() != null) {
                g.writeStringField("e", h.employer());
            }
            if (h.occupation() != null) {
                g.writeStringField("o", h.occupation());
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
     * Reads and checks claims JSON.
     *
     * @param json the JSON text
     * @return the checked claims
     * @throws CredentialFormatException {@code DUPLICATE_CLAIM} or {@code SCHEMA_INVALID} (also for {@code null})
     */
    public static CredentialClaims decode(byte[] json) throws CredentialFormatException {
        try {
            return read(JsonObjectReader.of(StrictJson.parse(json, LIMITS)));
        } catch (JsonFormatException e) {
            throw new CredentialFormatException(e.jsonCode() == JsonCode.JSON_DUPLICATE_KEY
                    ? FailureCode.DUPLICATE_CLAIM : FailureCode.SCHEMA_INVALID, "Claims: " + e.getMessage());
        } catch (DateTimeException | IllegalArgumentException e) {
            throw schema("Claims: " + e.getMessage());
        }
    }

    private static CredentialClaims read(JsonObjectReader top) throws CredentialFormatException {
        String iss = top.string("iss");
        if (!isHttpsUri(iss)) {
            throw schema("iss must be an https URI of at most " + MAX_URI + " characters");
        }
        long iat = top.integer("iat", 0, MAX_SECONDS);
        long nbf = top.optInteger("nbf", 0, MAX_SECONDS).orElse(iat);
        long exp = top.integer("exp", 0, MAX_SECONDS);
        if (exp <= nbf || exp <= iat) {
            throw schema("exp must be after iat and nbf");
        }
        JsonObjectReader rid = top.object("rid");
        if (rid.integer("v", 0, Integer.MAX_VALUE) != CredentialClaims.SCHEMA_VERSION) {
            throw schema("Unsupported rid schema version");
        }
        String c = text(rid, "c", 2);
        IssuingCountry country = null;
        for (IssuingCountry k : IssuingCountry.values()) {
            if (k.alpha2().equals(c)) {
                country = k;
            }
        }
        if (country == null) {
            throw schema("Unknown country");
        }
        String t = text(rid, "t", 2);
        DocumentType type = TYPE_CODES.entrySet().stream().filter(e -> e.getValue().equals(t)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> schema("Unknown document type"));
        if (type.country() != country) {
            throw schema("Document type does not belong to the country");
        }
        String documentNumber = identifier(rid, "d");
        String personalNumber = identifier(rid, "p");
        String[] latin = name(rid, "n");
        String[] arabic = name(rid, "a");
        Nationality nationality;
        try {
            nationality = Nationality.of(text(rid, "na", 3));
        } catch (IllegalArgumentException e) {
            throw schema("Unknown nationality");
        }
        String s = text(rid, "s", 1);
        Sex sex;
        try {
            if (s.length() != 1 || "<".equals(s)) {
                throw schema("Invalid sex");
            }
            sex = Sex.fromMrzCode(s.charAt(0));
        } catch (IllegalArgumentException e) {
            throw schema("Invalid sex");
        }
        LocalDate birth = date(rid, "b");
        LocalDate expiry = date(rid, "x");
        String employer = freeText(rid, "e");
        String occupation = freeText(rid, "o");
        rid.end();
        // The model keeps the Arabic name in reading order; arabicSurname remembers where the surname starts.
        Person holder = new Person(latin[0], latin[1], arabic[1].isEmpty() ? arabic[0] : arabic[1] + " " + arabic[0],
                sex, nationality, birth, null, occupation, employer, List.of());
        IdentityDocument document = new IdentityDocument(type, documentNumber, personalNumber, country, null, null,
                expiry, holder);
        StatusReference status = null;
        Optional<JsonObjectReader> st = top.optObject("status");
        if (st.isPresent()) {
            JsonObjectReader list = st.get().object("status_list");
            long idx = list.integer("idx", 0, Integer.MAX_VALUE);
            String uri = list.string("uri");
            if (!isHttpsUri(uri)) {
                throw schema("status_list.uri must be an https URI");
            }
            list.end();
            st.get().end();
            status = new StatusReference(idx, uri);
        }
        top.end();
        return new CredentialClaims(iss, Instant.ofEpochSecond(iat), Instant.ofEpochSecond(nbf),
                Instant.ofEpochSecond(exp), document, arabic[0], status);
    }

    /**
     * {@return the claims with every name part in NFC, as the issuer writes them}
     *
     * @param c the claims to normalise
     */
    public static CredentialClaims normalized(CredentialClaims c) {
        Person h = c.holder();
        // The canonical constructor, not the builder: the builder upper-cases Latin names.
        Person n = new Person(NameCharacters.normalize(h.primaryIdentifier()),
                NameCharacters.normalize(h.secondaryIdentifier()), NameCharacters.normalize(h.arabicName()), h.sex(),
                h.nationality(), h.dateOfBirth(), h.address(), h.occupation(), h.employer(), h.dependants());
        return new CredentialClaims(c.issuer(), c.issuedAt(), c.notBefore(), c.expiresAt(),
                c.document().toBuilder().holder(n).build(), NameCharacters.normalize(c.arabicSurname()), c.status());
    }

    private static void check(CredentialClaims c) throws CredentialFormatException {
        if (!isHttpsUri(c.issuer())) {
            throw schema("iss must be an https URI of at most " + MAX_URI + " characters");
        }
        if (c.issuedAt().getNano() != 0 || c.notBefore().getNano() != 0 || c.expiresAt().getNano() != 0
                || c.issuedAt().getEpochSecond() < 0 || c.notBefore().getEpochSecond() < 0
                || c.expiresAt().getEpochSecond() > MAX_SECONDS) {
            throw schema("iat, nbf and exp are whole, non-negative seconds up to 9999");
        }
        IdentityDocument d = c.document();
        Person h = d.holder();
        if (TYPE_CODES.get(d.type()) == null) {
            throw schema("Document type " + d.type() + " has no code in the QR format");
        }
        // Refuse what the wire cannot carry rather than drop it silently.
        require(d.personalNumber(), "personal number");
        require(h.arabicName(), "Arabic name");
        require(h.dateOfBirth(), "date of birth");
        require(d.dateOfExpiry(), "date of expiry");
        refuse(d.issuingAuthority(), "issuing authority");
        refuse(d.dateOfIssue(), "date of issue");
        refuse(h.address(), "address");
        if (!h.dependants().isEmpty()) {
            throw schema("Dependants are not carried by the QR format");
        }
        checkIdentifier(d.documentNumber(), "documentNumber");
        checkIdentifier(d.personalNumber(), "personalNumber");
        checkName(h.primaryIdentifier(), h.secondaryIdentifier(), "Latin name");
        checkName(c.arabicSurname(), c.arabicGivenNames(), "Arabic name");
        issuable(h.primaryIdentifier(), NameCharacters.Script.LATIN);
        issuable(h.secondaryIdentifier(), NameCharacters.Script.LATIN);
        issuable(c.arabicSurname(), NameCharacters.Script.ARABIC);
        issuable(c.arabicGivenNames(), NameCharacters.Script.ARABIC);
        checkFree(h.employer(), "employer");
        checkFree(h.occupation(), "occupation");
        checkDate(h.dateOfBirth());
        checkDate(d.dateOfExpiry());
    }

    private static void require(Object value, String what) throws CredentialFormatException {
        if (value == null) {
            throw schema("The QR format requires the " + what);
        }
    }

    private static void refuse(Object value, String what) throws CredentialFormatException {
        if (value != null) {
            throw schema("The " + what + " is not carried by the QR format");
        }
    }

    private static boolean isHttpsUri(String s) {
        return s != null && s.length() <= MAX_URI && s.startsWith("https://") && s.length() > 8
                && allCodePoints(s, ch -> ch > 0x20 && ch < 0x7f);
    }

    private static String text(JsonObjectReader node, String name, int maxLength) throws CredentialFormatException {
        String v = node.string(name);
        if (v.length() > maxLength) {
            throw schema("rid." + name + " must be a string of at most " + maxLength + " characters");
        }
        return v;
    }

    private static String identifier(JsonObjectReader rid, String name) throws CredentialFormatException {
        String s = text(rid, name, 20);
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

    private static String[] name(JsonObjectReader rid, String key) throws CredentialFormatException {
        String s = text(rid, key, 2 * MAX_TEXT + 1);
        int slash = s.indexOf('/');
        if (slash < 0 || s.indexOf('/', slash + 1) >= 0) {
            throw schema("rid." + key + " must be surname/given names");
        }
        String surname = s.substring(0, slash);
        String given = s.substring(slash + 1);
        checkName(surname, given, "rid." + key);
        return new String[] {surname, given};
    }

    /**
     * The hard rules for a name (any script): lengths, one {@code /}, no surrounding space, no control character or
     * lone surrogate. Suspicious characters are flagged by the verifier ({@link NameCharacters}), refused by the
     * issuer.
     */
    private static void checkName(String surname, String given, String what) throws CredentialFormatException {
        if (surname.isBlank() || surname.length() > MAX_TEXT || given.length() > MAX_TEXT
                || surname.contains("/") || given.contains("/")
                || !allCodePoints(surname, ClaimsCodec::isNameCharacter) || !allCodePoints(given, ClaimsCodec::isNameCharacter)
                || !surname.equals(surname.strip()) || !given.equals(given.strip())) {
            throw schema(what + " has characters or a length outside the schema");
        }
    }

    private static void issuable(String name, NameCharacters.Script script) throws CredentialFormatException {
        Optional<String> problem = NameCharacters.problem(name, script);
        if (problem.isPresent()) {
            throw schema("Name refused: " + problem.get());
        }
    }

    private static boolean isNameCharacter(int cp) {
        int type = Character.getType(cp);
        return type != Character.CONTROL && type != Character.SURROGATE;
    }

    private static String freeText(JsonObjectReader rid, String key) throws CredentialFormatException {
        Optional<String> s = rid.optString(key);
        if (s.isEmpty()) {
            return null;
        }
        checkFree(s.get(), "rid." + key);
        return s.get();
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

    /** Not a control, format, surrogate, private-use or unassigned code point (general categories Cc Cf Cs Co Cn). */
    private static boolean isPrintable(int cp) {
        int type = Character.getType(cp);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
                && type != Character.PRIVATE_USE && type != Character.UNASSIGNED;
    }

    private static LocalDate date(JsonObjectReader rid, String key) throws CredentialFormatException {
        long v = rid.integer(key, -3_000_000, 3_000_000);
        LocalDate d = LocalDate.ofEpochDay(v);
        checkDate(d);
        return d;
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
