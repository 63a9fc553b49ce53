package io.residentid.examples.cli.kyc;

import com.nimbusds.jose.jwk.ECKey;
import io.residentid.core.model.Person;
import io.residentid.core.model.IdentityDocument;
import io.residentid.core.model.DocumentType;
import io.residentid.core.model.IssuingCountry;
import io.residentid.core.model.Nationality;
import io.residentid.core.model.Sex;
import io.residentid.emulator.ResidentCard;
import io.residentid.emulator.ResidentPersona;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.DemoContext;
import io.residentid.examples.cli.DemoStep;
import io.residentid.kyc.ChipEvidence;
import io.residentid.kyc.CheckOutcome;
import io.residentid.kyc.DeclaredData;
import io.residentid.kyc.EvidenceRecord;
import io.residentid.kyc.KycCode;
import io.residentid.kyc.KycDecision;
import io.residentid.kyc.KycEvidence;
import io.residentid.kyc.KycReport;
import io.residentid.kyc.KycTrust;
import io.residentid.kyc.KycVerifier;
import io.residentid.kyc.TrustAnchor;
import io.residentid.pcsc.icao.AccessKey;
import io.residentid.pcsc.icao.ChipReadResult;
import io.residentid.pcsc.icao.ChipReader;
import io.residentid.pcsc.transport.TransmissionRules;
import io.residentid.qr.format.SignatureAlgorithm;
import io.residentid.qr.issue.CredentialIssuer;
import io.residentid.qr.trust.SigningKey;
import io.residentid.qr.trust.TrustList;
import io.residentid.qr.trust.TrustedIssuer;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Demo step "bank onboarding": a bank reads the demo resident's emulated card (chip evidence saved), takes the OCR
 * MRZ, the data the customer typed in Arabic and the resident's QR credential, and gets one decision: PASS, with
 * the report summarised and signed as an evidence record. Then a card with a tampered DG1 (FAIL), a name typed in
 * another order (PASS, with the explanation) and an expired card (REVIEW). Offline, in-process.
 */
public final class KycDemoStep implements DemoStep {

    private static final String ISS = "https://rop.gov.om/rid";

    @Override
    public String title(Locale locale) {
        return KycCliSupport.MESSAGES.get(locale, "demo.title");
    }

    @Override
    public boolean run(CliOutput out, DemoContext context) throws Exception {
        ResidentCard card = ResidentCard.demo();
        Path dir = context.workDir().resolve("kyc").resolve("case-0001");
        ChipEvidence chip = read(card);
        chip.write(dir);
        out.line(KycCliSupport.MESSAGES, "demo.read", chip.accessProtocol().orElse("?"), dir, chip.files().size(),
                HexFormat.of().formatHex(chip.manifestSha256().toByteArray()).substring(0, 16));

        SigningKey qrKey = SigningKey.generate(SignatureAlgorithm.ES256);
        TrustList qrTrust = TrustList.of(List.of(TrustedIssuer.builder(ISS, IssuingCountry.OMAN)
                .displayName("Royal Oman Police (demo)").key(qrKey.issuerKey()).build()));
        String qr = CredentialIssuer.builder(qrKey, ISS).build().issue(rid(), Duration.ofDays(365), null).qrText();
        KycVerifier verifier = KycVerifier.builder().trust(KycTrust.builder().csca(card.csca(), "emulator test CSCA")
                .qrTrustList(qrTrust).build()).build();

        DeclaredData typedInArabic = new DeclaredData("رافي كومار", null, LocalDate.of(1988, 4, 12), "IND", "M",
                "RC1234567", "123456782", null);
        KycReport pass = verifier.verify(KycEvidence.builder().chip(ChipEvidence.load(dir))
                .ocrMrz(String.join("\n", card.mrzLines())).declared(typedInArabic).qrText(qr).caseId("case-0001")
                .build());
        summarise(out, "case-0001", pass);
        for (TrustAnchor a : pass.anchors()) {
            out.line(KycCliSupport.MESSAGES, "demo.anchor", a.source(), a.sha256().substring(0, 16));
        }
        ECKey bank = EvidenceRecord.generateKey();
        String record = EvidenceRecord.sign(pass, bank);
        EvidenceRecord.Verification check = EvidenceRecord.verify(record, bank.toPublicJWK());
        out.line(KycCliSupport.MESSAGES, "demo.record", record.length(), check.verdict());

        ResidentCard tampered = ResidentCard.builder(ResidentPersona.demo()).tamperDataGroups(1).build();
        KycReport fail = KycVerifier.builder().trust(KycTrust.builder().csca(tampered.csca(), "emulator").build())
                .build().verify(KycEvidence.builder().chip(read(tampered)).caseId("case-0002").build());
        summarise(out, "case-0002", fail);

        DeclaredData otherOrder = new DeclaredData("Kumar Ravi", null, null, null, null, null, null, null);
        KycReport variant = verifier.verify(KycEvidence.builder().chip(chip).declared(otherOrder)
                .caseId("case-0003").build());
        summarise(out, "case-0003", variant);
        variant.findings().stream().filter(f -> f.code().startsWith("NAME_"))
                .forEach(f -> out.line(KycCliSupport.MESSAGES, "demo.explain", f.message(out.locale())));

        ResidentCard expired = ResidentCard.builder(expiredPersona()).build();
        KycReport review = KycVerifier.builder().trust(KycTrust.builder().csca(expired.csca(), "emulator").build())
                .build().verify(KycEvidence.builder().chip(read(expired)).caseId("case-0004").build(),
                        Instant.now());
        summarise(out, "case-0004", review);

        return pass.decision() == KycDecision.PASS && check.signatureValid()
                && fail.decision() == KycDecision.FAIL && fail.has(KycCode.DG_HASH_MISMATCH)
                && variant.decision() == KycDecision.PASS
                && review.decision() == KycDecision.REVIEW && review.has(KycCode.DOCUMENT_EXPIRED);
    }

    private static void summarise(CliOutput out, String caseId, KycReport report) {
        out.line(KycCliSupport.MESSAGES, "demo.case", caseId, report.decision());
        for (CheckOutcome c : report.checks()) {
            String codes = String.join(", ", c.findings().stream().map(f -> f.code()).toList());
            // The status is a separate argument so that it reads in the user's language; codes stay codes.
            out.line(KycCliSupport.MESSAGES, "demo.check", "  " + checkName(out, c.check()), c.status(),
                    codes.isEmpty() ? "" : " (" + codes + ")");
        }
    }

    /** The check's name in the user's language; a check without a translation keeps its id. */
    static String checkName(CliOutput out, String checkId) {
        String key = "check." + checkId;
        String name = out.text(KycCliSupport.MESSAGES, key);
        return name.equals(key) ? checkId : name;
    }

    static ChipEvidence read(ResidentCard card) throws Exception {
        ChipReadResult r = ChipReader.builder().build()
                .read(TransmissionRules.forAtr(card.atr()).wrap(card.channel()), AccessKey.can(card.can()));
        return ChipEvidence.fromChipRead(r);
    }

    private static IdentityDocument rid() {
        return IdentityDocument.builder().type(DocumentType.OMAN_RESIDENT_CARD).documentNumber("RC1234567").personalNumber("123456782")
                .dateOfExpiry(LocalDate.of(2031, 4, 30))
                .holder(Person.builder().primaryIdentifier("KUMAR").secondaryIdentifier("RAVI")
                        .arabicName("رافي كومار").nationality("IND").dateOfBirth(LocalDate.of(1988, 4, 12)).sex(Sex.MALE).build()).build();
    }

    private static ResidentPersona expiredPersona() {
        ResidentPersona p = ResidentPersona.demo();
        return new ResidentPersona(p.documentNumber(), p.issuingState(), p.nationality(), p.surname(), p.givenNames(),
                p.nameNational(), p.sex(), p.dateOfBirth(), LocalDate.of(2025, 1, 31), p.dateOfIssue(),
                p.personalNumber(), p.placeOfBirth(), p.address(), p.telephone(), p.profession(),
                p.issuingAuthority(), p.employer(), p.sponsor(), p.faceImage(), p.can(), p.pin(), p.puk());
    }
}
