package io.residentid.kyc;

import io.residentid.core.model.Person;
import io.residentid.core.model.IdentityDocument;
import io.residentid.core.model.DocumentType;
import io.residentid.core.model.IssuingCountry;
import io.residentid.core.model.Nationality;
import io.residentid.core.model.Sex;
import io.residentid.emulator.ResidentCard;
import io.residentid.emulator.ResidentPersona;
import io.residentid.pcsc.icao.AccessKey;
import io.residentid.pcsc.icao.ChipReadResult;
import io.residentid.pcsc.icao.ChipReader;
import io.residentid.pcsc.transport.TransmissionRules;
import io.residentid.qr.issue.CredentialIssuer;
import io.residentid.qr.trust.SigningKey;
import io.residentid.qr.trust.TrustList;
import io.residentid.qr.trust.TrustedIssuer;
import io.residentid.qr.format.SignatureAlgorithm;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Shared test material: emulated cards read through the real ChipReader, a QR issuer and its trust list. */
final class KycFixtures {

    static final String QR_ISS = "https://rop.gov.om/rid";
    static final SigningKey QR_KEY = SigningKey.generate(SignatureAlgorithm.ES256);

    private static ResidentCard demoCard;
    private static ChipEvidence demoEvidence;

    private KycFixtures() {
    }

    static synchronized ResidentCard demoCard() {
        if (demoCard == null) {
            demoCard = ResidentCard.demo();
            demoEvidence = read(demoCard);
        }
        return demoCard;
    }

    static synchronized ChipEvidence demoEvidence() {
        demoCard();
        return demoEvidence;
    }

    /** Reads a card as a bank would, keeping the active-authentication transcript. */
    static ChipEvidence read(ResidentCard card) {
        try {
            ChipReadResult r = ChipReader.builder().build()
                    .read(TransmissionRules.forAtr(card.atr()).wrap(card.channel()), AccessKey.can(card.can()));
            return ChipEvidence.fromChipRead(r);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static ResidentPersona persona(LocalDate expiry) {
        ResidentPersona p = ResidentPersona.demo();
        return new ResidentPersona(p.documentNumber(), p.issuingState(), p.nationality(), p.surname(), p.givenNames(),
                p.nameNational(), p.sex(), p.dateOfBirth(), expiry, p.dateOfIssue(), p.personalNumber(),
                p.placeOfBirth(), p.address(), p.telephone(), p.profession(), p.issuingAuthority(), p.employer(),
                p.sponsor(), p.faceImage(), p.can(), p.pin(), p.puk());
    }

    static KycTrust trust(ResidentCard card) {
        return KycTrust.builder().csca(card.csca(), "emulator").qrTrustList(qrTrustList()).build();
    }

    static TrustList qrTrustList() {
        try {
            return TrustList.of(List.of(TrustedIssuer.builder(QR_ISS, IssuingCountry.OMAN)
                    .displayName("Royal Oman Police (test)")
                    .validity(Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2040-01-01T00:00:00Z"))
                    .key(QR_KEY.issuerKey()).build()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static IdentityDocument demoRid() {
        return IdentityDocument.builder().type(DocumentType.OMAN_RESIDENT_CARD).documentNumber("RC1234567").personalNumber("123456782")
                .dateOfExpiry(LocalDate.of(2031, 4, 30))
                .holder(Person.builder().primaryIdentifier("KUMAR").secondaryIdentifier("RAVI")
                        .arabicName("رافي كومار").nationality("IND").dateOfBirth(LocalDate.of(1988, 4, 12)).sex(Sex.MALE).build()).build();
    }

    static String demoQr() {
        return CredentialIssuer.builder(QR_KEY, QR_ISS).build().issue(demoRid(), Duration.ofDays(365), null).qrText();
    }

    static DeclaredData declaredArabic() {
        return new DeclaredData("رافي كومار", null, LocalDate.of(1988, 4, 12), "IND", "M", "RC1234567", "123456782",
                null);
    }
}
