package com.example.bank.kyc;

import io.residentid.core.id.IdNumbers;
import io.residentid.core.id.IdValidationResult;
import io.residentid.core.model.Person;
import io.residentid.core.model.IdentityDocument;
import io.residentid.core.model.DocumentType;
import io.residentid.core.model.IssuingCountry;
import io.residentid.core.model.Nationality;
import io.residentid.core.model.Sex;
import io.residentid.core.mrz.Mrz;
import io.residentid.core.pki.CertificatePathValidator;
import io.residentid.core.pki.PurposeProfile;
import io.residentid.core.pki.TrustStore;
import io.residentid.core.pki.ValidationReport;
import io.residentid.pcsc.atr.Atr;
import io.residentid.pcsc.tlv.Tlv;
import io.residentid.pcsc.tlv.TlvException;
import io.residentid.qr.format.SignatureAlgorithm;
import io.residentid.qr.issue.CredentialIssuer;
import io.residentid.qr.issue.IssuedCredential;
import io.residentid.qr.seal.SealDecoder;
import io.residentid.qr.seal.SealException;
import io.residentid.qr.trust.SigningKey;
import io.residentid.qr.trust.TrustList;
import io.residentid.qr.trust.TrustedIssuer;
import io.residentid.qr.verify.CredentialVerifier;
import io.residentid.qr.verify.VerificationReport;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.bc.BcX509ExtensionUtils;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The README's snippets as an integrator would write them, against the staged artifacts only. Each line of output
 * is {@code name=value}; ReleaseCheckTest asserts on them, once on the class path and once on the module path.
 */
public final class ReadmeSnippets {

    private ReadmeSnippets() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        Locale arabic = Locale.forLanguageTag("ar");
        Module module = ReadmeSnippets.class.getModule();
        out.println("module=" + (module.isNamed() ? module.getName() : "unnamed"));
        out.println("core.module=" + (IdNumbers.class.getModule().isNamed() ? IdNumbers.class.getModule().getName() : "unnamed"));

        // Identity numbers: an Iqama with a wrong check digit, and the finding in Arabic.
        IdValidationResult typo = IdNumbers.validate(IssuingCountry.SAUDI_ARABIA, "2354678904");
        out.println("iqama.valid=" + typo.isValid());
        out.println("iqama.codes=" + typo.findingCodes());
        out.println("iqama.ar=" + typo.findings().get(0).message(arabic));

        // MRZ: the ICAO 9303 TD1 specimen, with an O typed for a zero in the date of birth.
        Mrz mrz = Mrz.parse("I<UTOD231458907<<<<<<<<<<<<<<<\n74O8122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<");
        out.println("mrz.format=" + mrz.format());
        out.println("mrz.valid=" + mrz.valid());
        out.println("mrz.corrections=" + mrz.corrections().size());

        // PC/SC codecs: an ATR, and a malformed TLV whose error reads in Arabic.
        Atr atr = Atr.parse(HexFormat.of().parseHex("3B7A9600008065A20120013D72D641"));
        out.println("atr.protocols=" + atr.protocols());
        try {
            Tlv.parse(new byte[] {0x5F});
            out.println("tlv.ar=accepted");
        } catch (TlvException e) {
            out.println("tlv.reason=" + e.reason());
            out.println("tlv.ar=" + e.message(arabic));
        }

        // Certificate chain: a root and a document signer, validated against a trust store holding the root.
        KeyPair rootKeys = p256();
        KeyPair signerKeys = p256();
        String rootName = "CN=Consumer Root,O=Bank,C=OM";
        X509CertificateHolder root = certificate(rootName, rootKeys, rootName, rootKeys, true);
        X509CertificateHolder signer = certificate("CN=Consumer Signer,O=Bank,C=OM", signerKeys, rootName, rootKeys,
                false);
        CertificatePathValidator validator = CertificatePathValidator.builder()
                .trustStore(TrustStore.of(List.of(root)))
                .purpose(PurposeProfile.ANY)
                .build();
        ValidationReport report = validator.validate(signer, List.of(), Instant.now());
        out.println("chain.valid=" + report.isValid());
        out.println("chain.findings=" + report.findings().stream().map(f -> f.code()).toList());

        // QR credential: issue one, then verify it offline against a trust list.
        SigningKey key = SigningKey.generate(SignatureAlgorithm.ES256);
        String iss = "https://id.example.om";
        TrustList trust = TrustList.of(List.of(TrustedIssuer.builder(iss, IssuingCountry.OMAN)
                .displayName("Example issuer").key(key.issuerKey()).build()));
        IdentityDocument rid = IdentityDocument.builder().type(DocumentType.OMAN_RESIDENT_CARD).documentNumber("123456789").personalNumber("98765432")
                .dateOfExpiry(LocalDate.now().plusYears(1))
                .holder(Person.builder().primaryIdentifier("KUMAR").secondaryIdentifier("RAJESH")
                        .arabicName("راجيش كومار").nationality("IND").dateOfBirth(LocalDate.of(1985, 3, 14)).sex(Sex.MALE).build()).build();
        IssuedCredential credential = CredentialIssuer.builder(key, iss).build().issue(rid, Duration.ofDays(365), null);
        VerificationReport verified = CredentialVerifier.builder(trust).build().verify(credential.qrText());
        out.println("qr.valid=" + verified.valid());
        out.println("qr.failures=" + verified.failureCodes());

        // Visible digital seal: a truncated VDS header is refused with a coded, bilingual error.
        try {
            SealDecoder.standard().decode(new byte[] {(byte) 0xDC, 0x03});
            out.println("seal.ar=accepted");
        } catch (SealException e) {
            out.println("seal.code=" + e.code());
            out.println("seal.ar=" + e.message(arabic));
        }
        out.println("done=true");
    }

    private static KeyPair p256() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static X509CertificateHolder certificate(String subject, KeyPair subjectKeys, String issuer,
            KeyPair issuerKeys, boolean ca) throws Exception {
        Instant now = Instant.now();
        SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(subjectKeys.getPublic().getEncoded());
        SubjectPublicKeyInfo issuerSpki = SubjectPublicKeyInfo.getInstance(issuerKeys.getPublic().getEncoded());
        X509v3CertificateBuilder builder = new X509v3CertificateBuilder(new X500Name(issuer),
                BigInteger.valueOf(ca ? 1 : 2), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(365))), new X500Name(subject), spki);
        BcX509ExtensionUtils utils = new BcX509ExtensionUtils();
        if (ca) {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        } else {
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        }
        builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(spki));
        builder.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(issuerSpki));
        return builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate()));
    }
}
