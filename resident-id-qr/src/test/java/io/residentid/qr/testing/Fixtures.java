package io.residentid.qr.testing;

import io.residentid.core.model.DocumentType;
import io.residentid.core.model.IdentityDocument;
import io.residentid.core.model.IssuingCountry;
import io.residentid.core.model.Nationality;
import io.residentid.core.model.Person;
import io.residentid.core.model.Sex;
import io.residentid.qr.format.CredentialClaims;
import io.residentid.qr.format.SignatureAlgorithm;
import io.residentid.qr.format.StatusReference;
import io.residentid.qr.issue.CredentialIssuer;
import io.residentid.qr.issue.IssuedCredential;
import io.residentid.qr.trust.SigningKey;
import io.residentid.qr.trust.TrustList;
import io.residentid.qr.trust.TrustListException;
import io.residentid.qr.trust.TrustedIssuer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Shared test data: the reference credential of the issue and freshly generated keys. */
public final class Fixtures {

    public static final String ISS = "https://id.rop.gov.om";
    public static final String STATUS_URI = "https://status.rop.gov.om/1";
    /** A fixed issuance instant for reproducible claims. */
    public static final Instant NBF = Instant.parse("2026-11-01T08:00:00Z");
    public static final Instant EXP = NBF.plus(365, ChronoUnit.DAYS);
    public static final Instant AT = NBF.plus(10, ChronoUnit.DAYS);

    public static final SigningKey ES256_KEY = SigningKey.generate(SignatureAlgorithm.ES256);
    public static final SigningKey EDDSA_KEY = SigningKey.generate(SignatureAlgorithm.EDDSA);
    public static final SigningKey OTHER_KEY = SigningKey.generate(SignatureAlgorithm.ES256);

    private Fixtures() {
    }

    /** The reference resident's holder (Latin KUMAR/RAJESH, Arabic name in reading order). */
    public static Person referenceHolder() {
        return new Person("KUMAR", "RAJESH", "راجيش كومار", Sex.MALE, Nationality.of("IND"),
                LocalDate.of(1985, 3, 14), null, "Accountant", "Muscat Trading LLC", List.of());
    }

    public static IdentityDocument referenceDocument() {
        return new IdentityDocument(DocumentType.OMAN_RESIDENT_CARD, "123456789", "98765432", IssuingCountry.OMAN,
                null, null, LocalDate.of(2027, 6, 30), referenceHolder());
    }

    public static CredentialClaims referenceClaims() {
        return new CredentialClaims(ISS, NBF, EXP, referenceDocument(), new StatusReference(123456, STATUS_URI));
    }

    public static IssuedCredential issue(SigningKey key, CredentialClaims claims) {
        return CredentialIssuer.builder(key, claims.issuer()).build().issue(claims);
    }

    public static IssuedCredential reference() {
        return issue(ES256_KEY, referenceClaims());
    }

    /** Trust list with the Oman issuer (ES256 and EdDSA keys) and another issuer (OTHER_KEY). */
    public static TrustList trustList() {
        try {
            TrustedIssuer oman = TrustedIssuer.builder(ISS, IssuingCountry.OMAN).displayName("Royal Oman Police")
                    .validity(Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2035-01-01T00:00:00Z"))
                    .key(ES256_KEY.issuerKey()).key(EDDSA_KEY.issuerKey()).build();
            TrustedIssuer saudi = TrustedIssuer.builder("https://absher.sa", IssuingCountry.SAUDI_ARABIA)
                    .key(OTHER_KEY.issuerKey()).build();
            return TrustList.of(List.of(oman, saudi));
        } catch (TrustListException e) {
            throw new IllegalStateException(e);
        }
    }
}
