package io.residentid.benchmarks;

import io.residentid.core.model.Person;
import io.residentid.core.model.IdentityDocument;
import io.residentid.core.model.DocumentType;
import io.residentid.core.model.IssuingCountry;
import io.residentid.core.model.Nationality;
import io.residentid.core.model.Sex;
import io.residentid.emulator.ResidentCard;
import io.residentid.kyc.ChipEvidence;
import io.residentid.kyc.DeclaredData;
import io.residentid.kyc.KycTrust;
import io.residentid.pcsc.icao.AccessKey;
import io.residentid.pcsc.icao.ChipReadResult;
import io.residentid.pcsc.icao.ChipReader;
import io.residentid.pcsc.transport.TransmissionRules;
import io.residentid.qr.format.SignatureAlgorithm;
import io.residentid.qr.issue.CredentialIssuer;
import io.residentid.qr.trust.SigningKey;
import io.residentid.qr.trust.TrustList;
import io.residentid.qr.trust.TrustedIssuer;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/** One complete KYC evidence set of the emulated demo resident, shared by the KYC benchmarks. */
final class KycFixture {

    final ResidentCard card = ResidentCard.demo();
    final ChipEvidence chip;
    final String qr;
    final KycTrust trust;
    final DeclaredData declared = new DeclaredData("رافي كومار", null, LocalDate.of(1988, 4, 12), "IND", "M",
            "RC1234567", "123456782", null);

    KycFixture() throws Exception {
        ChipReadResult r = ChipReader.builder().build()
                .read(TransmissionRules.forAtr(card.atr()).wrap(card.channel()), AccessKey.can(card.can()));
        chip = ChipEvidence.fromChipRead(r);
        String iss = "https://rop.gov.om/rid";
        SigningKey key = SigningKey.generate(SignatureAlgorithm.ES256);
        qr = CredentialIssuer.builder(key, iss).build().issue(IdentityDocument.builder().type(DocumentType.OMAN_RESIDENT_CARD).documentNumber("RC1234567").personalNumber("123456782")
                .dateOfExpiry(LocalDate.of(2031, 4, 30))
                .holder(Person.builder().primaryIdentifier("KUMAR").secondaryIdentifier("RAVI")
                        .arabicName("رافي كومار").nationality("IND").dateOfBirth(LocalDate.of(1988, 4, 12)).sex(Sex.MALE).build()).build(),
                Duration.ofDays(365), null).qrText();
        trust = KycTrust.builder().csca(card.csca(), "emulator").qrTrustList(TrustList.of(List.of(
                TrustedIssuer.builder(iss, IssuingCountry.OMAN).key(key.issuerKey()).build()))).build();
    }

    String ocrMrz() {
        return String.join("\n", card.mrzLines());
    }
}
