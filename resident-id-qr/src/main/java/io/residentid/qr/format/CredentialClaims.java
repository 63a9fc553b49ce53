package io.residentid.qr.format;

import io.residentid.core.model.IdentityDocument;
import io.residentid.core.model.Masking;
import io.residentid.core.model.Person;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * All claims of a credential: issuer, issue time, validity window, the document with its holder, and the optional
 * status reference. The document is the SDK's common model ({@link IdentityDocument} and {@link Person}), the same
 * type the card and mdoc readers return; {@link ClaimsCodec} maps it to and from the short {@code rid} members of
 * {@code FORMAT.md}.
 *
 * <p>What the {@code rid} claim carries: document type (and so the country), document number, personal number
 * (required), the holder's Latin surname and given names ({@link Person#primaryIdentifier()},
 * {@link Person#secondaryIdentifier()}), the Arabic name (required), nationality, date of birth (required), sex,
 * document expiry (required), and optionally employer and occupation. Issuing authority, date of issue, address and
 * dependants are not carried: an issuer refuses a document that sets them, so nothing is dropped silently.
 *
 * <p>The wire format keeps the Arabic name as surname and given names; the model keeps one full name in reading
 * order ({@code given names + " " + surname}). {@code arabicSurname} records where the surname starts; when omitted
 * it is the last word of the Arabic name. {@link #toString()} masks every personal value.
 *
 * @param issuer        {@code iss}, an https URI of at most 256 characters
 * @param issuedAt      {@code iat}, whole seconds: when the issuer's key signed it (checked against the key's active
 *                      period and the issuer's maximum validity)
 * @param notBefore     {@code nbf}, whole seconds (written only when it differs from {@code iat})
 * @param expiresAt     {@code exp}, whole seconds, after {@code iat} and {@code nbf}
 * @param document      the document and its holder
 * @param arabicSurname the surname part of the holder's Arabic name (its end); null derives it as the last word
 * @param status        the status list entry, null when the credential cannot be revoked through a list
 */
public record CredentialClaims(String issuer, Instant issuedAt, Instant notBefore, Instant expiresAt,
                               IdentityDocument document, String arabicSurname, StatusReference status) {

    /** The schema version written in {@code rid.v}. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * Checks presence, the order of the times, and that {@code arabicSurname} ends the holder's Arabic name.
     *
     * @param issuer {@code iss}, an https URI of at most 256 characters
     * @param issuedAt {@code iat}, whole seconds: when the issuer's key signed it (checked against the key's active period and the issuer's maximum validity)
     * @param notBefore {@code nbf}, whole seconds (written only when it differs from {@code iat})
     * @param expiresAt {@code exp}, whole seconds, after {@code iat} and {@code nbf}
     * @param document the document and its holder
     * @param arabicSurname the surname part of the holder's Arabic name (its end); null derives it as the last word
     * @param status the status list entry, null when the credential cannot be revoked through a list
     * @throws NullPointerException     when issuer, a time or the document is missing
     * @throws IllegalArgumentException when {@code exp} is not after {@code iat} and {@code nbf}, or the Arabic
     *                                  surname is not the end of the Arabic name
     */
    public CredentialClaims {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(document, "document");
        if (!expiresAt.isAfter(notBefore) || !expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("exp must be after iat and nbf");
        }
        String arabic = document.holder().arabicName();
        if (arabicSurname == null) {
            arabicSurname = arabic == null ? null : lastWord(arabic);
        } else if (arabic == null || arabicSurname.isEmpty()
                || !(arabic.equals(arabicSurname) || arabic.endsWith(" " + arabicSurname))) {
            throw new IllegalArgumentException("The Arabic surname must be the end of the holder's Arabic name");
        }
    }

    /**
     * Claims whose Arabic surname is the last word of the holder's Arabic name.
     *
     * @param issuer    {@code iss}
     * @param issuedAt  {@code iat}
     * @param notBefore {@code nbf}
     * @param expiresAt {@code exp}
     * @param document  the document and its holder
     * @param status    the status list entry, or null
     */
    public CredentialClaims(String issuer, Instant issuedAt, Instant notBefore, Instant expiresAt,
                            IdentityDocument document, StatusReference status) {
        this(issuer, issuedAt, notBefore, expiresAt, document, null, status);
    }

    /**
     * Claims issued and valid from {@code notBefore} ({@code iat = nbf}), Arabic surname = last word.
     *
     * @param issuer    {@code iss}
     * @param notBefore {@code iat} and {@code nbf}
     * @param expiresAt {@code exp}
     * @param document  the document and its holder
     * @param status    the status list entry, or null
     */
    public CredentialClaims(String issuer, Instant notBefore, Instant expiresAt, IdentityDocument document,
                            StatusReference status) {
        this(issuer, notBefore, notBefore, expiresAt, document, null, status);
    }

    /** {@return the document's holder (shortcut for {@code document().holder()})} */
    public Person holder() {
        return document.holder();
    }

    /** {@return the given-names part of the Arabic name (before the surname), empty when there is none} */
    public String arabicGivenNames() {
        String arabic = document.holder().arabicName();
        if (arabic == null || arabicSurname == null || arabic.length() == arabicSurname.length()) {
            return "";
        }
        return arabic.substring(0, arabic.length() - arabicSurname.length() - 1);
    }

    /** {@return the status reference, when the credential has one} */
    public Optional<StatusReference> statusIfPresent() {
        return Optional.ofNullable(status);
    }

    /** {@return the claims with every personal value masked} */
    @Override
    public String toString() {
        return "CredentialClaims[issuer=" + issuer + ", issuedAt=" + issuedAt + ", notBefore=" + notBefore
                + ", expiresAt=" + expiresAt + ", document=" + document + ", arabicSurname="
                + (arabicSurname == null ? "none" : Masking.name(arabicSurname)) + ", status="
                + (status == null ? "none" : "index " + status.index()) + "]";
    }

    private static String lastWord(String name) {
        String s = name.strip();
        int space = s.lastIndexOf(' ');
        return space < 0 ? s : s.substring(space + 1);
    }
}
