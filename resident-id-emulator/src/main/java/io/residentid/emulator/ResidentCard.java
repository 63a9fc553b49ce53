package io.residentid.emulator;

import io.residentid.core.model.Sex;
import io.residentid.core.mrz.Mrz;
import io.residentid.core.mrz.MrzFormat;
import io.residentid.pcsc.icao.Dg1;
import io.residentid.pcsc.icao.Dg11;
import io.residentid.pcsc.icao.Dg12;
import io.residentid.pcsc.icao.Dg15;
import io.residentid.pcsc.icao.Dg2;
import io.residentid.pcsc.icao.EfSod;
import io.residentid.pcsc.icao.LdsFile;
import io.residentid.pcsc.icao.PaceInfo;
import io.residentid.pcsc.icao.AccessKey;
import io.residentid.pcsc.icao.PacePassword;
import io.residentid.pcsc.pkiapplet.PkiAppletProfile;
import io.residentid.pcsc.sm.BacAuthentication;
import io.residentid.pcsc.sm.SecureMessaging;
import io.residentid.pcsc.sm.SecureMessagingException;
import io.residentid.pcsc.sm.SessionKeys;
import io.residentid.pcsc.sm.SmCipher;
import io.residentid.pcsc.tlv.Tlv;
import io.residentid.pcsc.transport.ApduChannel;
import io.residentid.pcsc.transport.InProcessChannel;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.icao.DataGroupHash;
import org.bouncycastle.asn1.icao.LDSSecurityObject;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.interfaces.ECPrivateKey;
import org.bouncycastle.jce.interfaces.ECPublicKey;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * An emulated GCC resident card: the ICAO eMRTD application (BAC and PACE, secure messaging, LDS with a correct
 * EF.SOD, active and chip authentication) next to a PIN-protected PKI applet, personalised from a
 * {@link ResidentPersona} with freshly generated test keys: CSCA → document signer, national CA →
 * authentication/signing certificates. Everything is test data.
 *
 * <p>Secure messaging and access control are handled here, in front of a {@link SoftCard} that holds the file
 * system and PINs: PACE runs at MF level as ICAO readers expect, a plain command ends a secure-messaging session,
 * and the eMRTD files are only readable under secure messaging. Use {@link #channel()} in-process.
 */
public final class ResidentCard implements VirtualCard {

    /** id-PACE-ECDH-GM-AES-CBC-CMAC-128 on brainpoolP256r1 (parameter id 13). */
    public static final PaceInfo DEFAULT_PACE = new PaceInfo("0.4.0.127.0.7.2.2.4.2.2", 2, OptionalInt.of(13));
    static final String CA_PROTOCOL = "0.4.0.127.0.7.2.2.3.2.2"; // id-CA-ECDH-AES-CBC-CMAC-128
    static final String AA_ECDSA_SHA256 = "0.4.0.127.0.7.1.1.4.1.3"; // ecdsa-plain-SHA256

    private final SoftCard card;
    private final Mrz mrz;
    private final String can;
    private final X509CertificateHolder csca;
    private final X509CertificateHolder nationalCa;
    private final Map<LdsFile, byte[]> files;
    private final PaceResponder pace;
    private final BacResponder bac;
    private final ECPrivateKey chipAuthenticationKey;
    private final DedicatedFile icaoDf;
    private SecureMessaging session;
    private boolean icaoSelected;
    private boolean chipAuthenticationSelected;

    private ResidentCard(Builder b) {
        SecureRandom random = b.random;
        ResidentPersona p = b.persona;
        this.can = p.can();
        this.mrz = Mrz.builder(MrzFormat.TD1).documentCode("ID").issuingState(p.issuingState())
                .documentNumber(p.documentNumber()).dateOfBirth(p.dateOfBirth()).sex(Sex.fromMrzCode(p.sex().charAt(0)))
                .dateOfExpiry(p.dateOfExpiry()).nationality(p.nationality()).primaryIdentifier(p.surname())
                .secondaryIdentifier(p.givenNames()).build();

        Instant now = Instant.now().minus(Duration.ofDays(1));
        KeyPair cscaKeys = b.rsaDocumentSigner ? IssuerCredentials.rsaKeyPair(3072, random)
                : IssuerCredentials.ecKeyPair("secp256r1", random);
        csca = IssuerCredentials.certificate("C=" + alpha2(p.issuingState()) + ",O=resident-id test,CN=Test CSCA",
                cscaKeys.getPublic(), null, cscaKeys.getPrivate(), cscaKeys.getPublic(), true,
                KeyUsage.keyCertSign | KeyUsage.cRLSign, null, now, Duration.ofDays(3650), random);
        KeyPair dsKeys = b.rsaDocumentSigner ? IssuerCredentials.rsaKeyPair(2048, random)
                : IssuerCredentials.ecKeyPair("secp256r1", random);
        X509CertificateHolder ds = IssuerCredentials.certificate(
                "C=" + alpha2(p.issuingState()) + ",O=resident-id test,CN=Test Document Signer", dsKeys.getPublic(),
                csca, cscaKeys.getPrivate(), cscaKeys.getPublic(), false, KeyUsage.digitalSignature, null, now,
                Duration.ofDays(1095), random);
        KeyPair nationalKeys = IssuerCredentials.ecKeyPair("secp256r1", random);
        nationalCa = IssuerCredentials.certificate(
                "C=" + alpha2(p.issuingState()) + ",O=resident-id test,CN=Test National CA", nationalKeys.getPublic(),
                null, nationalKeys.getPrivate(), nationalKeys.getPublic(), true,
                KeyUsage.keyCertSign | KeyUsage.cRLSign, null, now, Duration.ofDays(3650), random);
        KeyPair authKeys = IssuerCredentials.ecKeyPair("secp256r1", random);
        KeyPair signKeys = IssuerCredentials.ecKeyPair("secp256r1", random);
        String holder = "C=" + alpha2(p.issuingState()) + ",O=resident-id test,CN=Test Resident";
        X509CertificateHolder authCert = IssuerCredentials.certificate(holder + " (Authentication)",
                authKeys.getPublic(), nationalCa, nationalKeys.getPrivate(), nationalKeys.getPublic(), false,
                KeyUsage.digitalSignature, KeyPurposeId.id_kp_clientAuth, now, Duration.ofDays(1825), random);
        X509CertificateHolder signCert = IssuerCredentials.certificate(holder + " (Signature)",
                signKeys.getPublic(), nationalCa, nationalKeys.getPrivate(), nationalKeys.getPublic(), false,
                KeyUsage.nonRepudiation, null, now, Duration.ofDays(1825), random);
        KeyPair aaKeys = IssuerCredentials.ecKeyPair("secp256r1", random);
        KeyPair caKeys = IssuerCredentials.ecKeyPair("secp256r1", random);
        this.chipAuthenticationKey = (ECPrivateKey) caKeys.getPrivate();

        files = new LinkedHashMap<>();
        files.put(LdsFile.DG1, Dg1.encode(String.join("", mrz.lines())));
        files.put(LdsFile.DG2, Dg2.encode(b.faceImage != null ? b.faceImage : generatedFace(b.faceSize, random),
                240, 320, "F".equals(p.sex()) ? 2 : "M".equals(p.sex()) ? 1 : 0));
        files.put(LdsFile.DG11, new Dg11(p.nameNational(), List.of(), p.personalNumber(),
                p.dateOfBirth().format(DateTimeFormatter.BASIC_ISO_DATE), p.placeOfBirth(), p.address(),
                p.telephone(), p.profession(), null, null, null, null).encode());
        files.put(LdsFile.DG12, new Dg12(p.issuingAuthority(),
                p.dateOfIssue() == null ? null : p.dateOfIssue().format(DateTimeFormatter.BASIC_ISO_DATE), null, null,
                null, null).encode());
        files.put(LdsFile.DG13, dg13(p));
        files.put(LdsFile.DG14, dg14(caKeys, b.paceInfo));
        files.put(LdsFile.DG15, Dg15.encode(aaKeys.getPublic()));
        byte[] sod = EfSod.encode(signedSecurityObject(files, dsKeys, ds));
        for (int tampered : b.tamperedDataGroups) {
            LdsFile.dataGroup(tampered).map(files::get).ifPresent(bytes -> bytes[bytes.length - 1] ^= 0x01);
        }
        byte[] com = efCom(files.keySet());

        icaoDf = DedicatedFile.named(0x7F00, IcaoApplet.AID)
                .add(ElementaryFile.transparent(LdsFile.COM.fileId(), com).withShortId(LdsFile.COM.shortFileId()))
                .add(ElementaryFile.transparent(LdsFile.SOD.fileId(), sod).withShortId(LdsFile.SOD.shortFileId()));
        for (Map.Entry<LdsFile, byte[]> f : files.entrySet()) {
            icaoDf.add(ElementaryFile.transparent(f.getKey().fileId(), f.getValue())
                    .withShortId(f.getKey().shortFileId()));
        }
        files.put(LdsFile.COM, com);
        files.put(LdsFile.SOD, sod);
        DedicatedFile mf = DedicatedFile.master();
        if (b.paceInfo != null) {
            byte[] cardAccess = securityInfos(paceInfo(b.paceInfo));
            mf.add(ElementaryFile.transparent(LdsFile.CARD_ACCESS.fileId(), cardAccess)
                    .withShortId(LdsFile.CARD_ACCESS.shortFileId()));
            files.put(LdsFile.CARD_ACCESS, cardAccess);
        }
        PkiAppletProfile profile = PkiAppletProfile.resident();
        DedicatedFile pkiDf = DedicatedFile.named(0x7F10, profile.aid())
                .add(ElementaryFile.transparent(profile.authenticationCertFile(), encoded(authCert)))
                .add(ElementaryFile.transparent(profile.signingCertFile(), encoded(signCert)));
        char[] pin = p.pin().toCharArray();
        char[] puk = p.puk().toCharArray();
        this.card = SoftCard.builder().masterFile(mf).extendedLength(b.extendedLength)
                .applet(new IcaoApplet(icaoDf, aaKeys.getPrivate()))
                .applet(new PkiApplet(profile, pkiDf, authKeys.getPrivate(), signKeys.getPrivate()))
                .pin(profile.pin(), pin, 3).puk(PkiAppletProfile.RESIDENT_PUK, puk, 10, profile.pin())
                .random(random).build();
        Arrays.fill(pin, '\0');
        Arrays.fill(puk, '\0');

        AccessKey mrzKey = AccessKey.mrz(mrz);
        try {
            this.bac = new BacResponder(mrzKey.bacAuthentication(), random);
            this.pace = b.paceInfo == null ? null : new PaceResponder(b.paceInfo, mrzKey.pacePassword(),
                    PacePassword.can(can), random);
        } finally {
            mrzKey.destroy();
        }
    }

    /** A builder for the given persona. */
    public static Builder builder(ResidentPersona persona) {
        return new Builder(persona);
    }

    /** A card for the built-in demo persona with PACE and BAC. */
    public static ResidentCard demo() {
        return builder(ResidentPersona.demo()).build();
    }

    /** The MRZ printed on the card (TD1, three lines). */
    public List<String> mrzLines() {
        return mrz.lines();
    }

    /** The card access number printed on the card. */
    public String can() {
        return can;
    }

    /** The test CSCA that signed the document signer. */
    public X509CertificateHolder csca() {
        return csca;
    }

    /** The test national CA that issued the holder's authentication and signing certificates. */
    public X509CertificateHolder nationalCa() {
        return nationalCa;
    }

    /** The file contents as personalised (a copy; test oracle). */
    public byte[] file(LdsFile file) {
        byte[] f = files.get(file);
        return f == null ? null : f.clone();
    }

    /**
     * Test hook for a hostile chip: from now on the card answers {@code content} for {@code file} of the eMRTD
     * application (EF.COM, EF.SOD or a data group), through the normal access control and secure messaging. EF.SOD
     * is not re-signed, so passive authentication sees the change; {@link #file(LdsFile)} keeps the original.
     *
     * @throws IllegalArgumentException for EF.CardAccess or a file the card does not hold
     */
    public synchronized void overwriteFile(LdsFile file, byte[] content) {
        if (file == LdsFile.CARD_ACCESS || !files.containsKey(file)) {
            throw new IllegalArgumentException("the eMRTD application holds no " + file);
        }
        icaoDf.replace(ElementaryFile.transparent(file.fileId(), content.clone()).withShortId(file.shortFileId()));
    }

    /** The ATR. */
    @Override
    public byte[] atr() {
        return card.atr();
    }

    /** An in-process channel to this card. */
    public ApduChannel channel() {
        return new InProcessChannel(this, card.atr());
    }

    /** Commands processed so far (including GET RESPONSE). */
    @Override
    public long commandCount() {
        return card.commandCount();
    }

    /** Contact deactivation: as {@link #reset()}. */
    @Override
    public void powerOff() {
        reset();
    }

    /** Contact activation: as {@link #reset()}. */
    @Override
    public void powerOn() {
        reset();
    }

    /** Ends any secure-messaging session and resets the card's state (as a warm reset). */
    @Override
    public synchronized void reset() {
        endSession();
        icaoSelected = false;
        card.reset();
    }

    @Override
    public synchronized byte[] process(byte[] command) {
        if (command == null || command.length < 4) {
            return sw(0x6700);
        }
        boolean secured = (command[0] & 0x0C) == 0x0C && (command[0] & 0x80) == 0;
        if (!secured) {
            endSession();
            return plain(command, false);
        }
        if (session == null) {
            return sw(0x6987);
        }
        SecureMessaging current = session;
        byte[] unwrapped;
        try {
            unwrapped = current.unprotectCommand(command);
        } catch (SecureMessagingException e) {
            endSession();
            return sw(0x6988);
        }
        byte[] response = plain(unwrapped, true);
        int sw = ((response[response.length - 2] & 0xFF) << 8) | (response[response.length - 1] & 0xFF);
        byte[] protectedResponse = current.protectResponse(Arrays.copyOf(response, response.length - 2), sw);
        if (pendingSession != null) {
            session = pendingSession; // chip authentication: new keys from the next command on
            pendingSession = null;
        }
        return protectedResponse;
    }

    private SecureMessaging pendingSession;

    private byte[] plain(byte[] command, boolean secured) {
        int ins = command[1] & 0xFF;
        int p1 = command[2] & 0xFF;
        int p2 = command[3] & 0xFF;
        if (secured && ins == 0x22 && p1 == 0x41 && (p2 == 0xA4 || p2 == 0xA6)) {
            return chipAuthenticationSetup(command, p2 == 0xA6);
        }
        if (secured && ins == 0x86 && chipAuthenticationSelected) {
            return chipAuthentication(PaceResponder.commandData(command), SmCipher.AES_128, 0x80, true);
        }
        if (!secured && pace != null && PaceResponder.handles(command)) {
            byte[] r = pace.process(command);
            SessionKeys keys = pace.takeSession();
            if (keys != null) {
                session = SecureMessaging.forCard(keys);
            }
            return r;
        }
        if (!secured && icaoSelected && BacResponder.handles(command)) {
            byte[] r = bac.process(command);
            SessionKeys keys = bac.takeSession();
            if (keys != null) {
                session = SecureMessaging.forCard(keys);
            }
            return r;
        }
        if (ins == 0xA4 && p1 == 0x04) {
            byte[] response = card.process(command);
            byte[] name = PaceResponder.commandData(command);
            boolean ok = response.length >= 2 && response[response.length - 2] == (byte) 0x90;
            icaoSelected = ok && Arrays.equals(name, IcaoApplet.AID);
            return response;
        }
        if (ins == 0xA4 && p1 == 0x00) {
            byte[] fid = PaceResponder.commandData(command);
            if (fid.length == 0 || (fid.length == 2 && fid[0] == 0x3F && fid[1] == 0x00)) {
                icaoSelected = false; // back to the master file
            }
        }
        if (!secured && icaoSelected && (ins == 0xB0 || ins == 0xB1 || ins == 0xA4 || ins == 0x88)) {
            return sw(0x6982);
        }
        return card.process(command);
    }

    private byte[] chipAuthenticationSetup(byte[] command, boolean keyAgreementTemplate) {
        byte[] data = PaceResponder.commandData(command);
        if (keyAgreementTemplate) {
            byte[] publicKey = PaceResponder.dataObject(data, 0x91);
            return publicKey == null ? sw(0x6A80) : chipAuthentication(PaceResponder.dynamicAuthenticationData(0x80, publicKey), SmCipher.TDES, 0x80,
                    false);
        }
        byte[] oid = PaceResponder.dataObject(data, 0x80);
        chipAuthenticationSelected = oid != null && Arrays.equals(oid, PaceResponder.oidContent(CA_PROTOCOL));
        return sw(chipAuthenticationSelected ? 0x9000 : 0x6A80);
    }

    private byte[] chipAuthentication(byte[] data, SmCipher cipher, int tag, boolean dynamicData) {
        chipAuthenticationSelected = false;
        byte[] inner = PaceResponder.dataObject(data, 0x7C);
        byte[] terminalKey = inner == null ? null : PaceResponder.dataObject(inner, tag);
        if (terminalKey == null) {
            return sw(0x6A80);
        }
        try {
            ECPoint point = chipAuthenticationKey.getParameters().getCurve().decodePoint(terminalKey).normalize();
            if (!point.isValid() || point.isInfinity()) {
                return sw(0x6A80);
            }
            byte[] k = point.multiply(chipAuthenticationKey.getD()).normalize().getAffineXCoord().getEncoded();
            pendingSession = SecureMessaging.forCard(SessionKeys.derive(cipher, k));
            Arrays.fill(k, (byte) 0);
            return dynamicData ? new byte[] {0x7C, 0x00, (byte) 0x90, 0x00} : sw(0x9000);
        } catch (RuntimeException e) {
            return sw(0x6A80);
        }
    }

    private void endSession() {
        if (session != null) {
            session.close();
            session = null;
        }
        pendingSession = null;
        chipAuthenticationSelected = false;
    }

    // ------------------------------------------------------------------ personalisation helpers

    private static String alpha2(String alpha3) {
        return switch (alpha3) {
            case "OMN" -> "OM";
            case "SAU" -> "SA";
            case "QAT" -> "QA";
            case "ARE" -> "AE";
            case "KWT" -> "KW";
            case "BHR" -> "BH";
            default -> "ZZ";
        };
    }

    private static byte[] encoded(X509CertificateHolder cert) {
        try {
            return cert.getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] dg13(ResidentPersona p) {
        Tlv.Builder dg13 = Tlv.builder(LdsFile.DG13.tag());
        if (p.employer() != null) {
            dg13.add(0x5F50, p.employer().getBytes(StandardCharsets.UTF_8));
        }
        if (p.sponsor() != null) {
            dg13.add(0x5F51, p.sponsor().getBytes(StandardCharsets.UTF_8));
        }
        dg13.add(0x5F53, (p.profession() == null ? "" : p.profession()).getBytes(StandardCharsets.UTF_8));
        return dg13.build().encoded();
    }

    private static DERSequence paceInfo(PaceInfo info) {
        return new DERSequence(new org.bouncycastle.asn1.ASN1Encodable[] {
            new ASN1ObjectIdentifier(info.protocol()), new ASN1Integer(info.version()),
            new ASN1Integer(info.parameterId().getAsInt())});
    }

    private static byte[] securityInfos(DERSequence... infos) {
        try {
            return new DERSet(infos).getEncoded("DER");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] dg14(KeyPair caKeys, PaceInfo pace) {
        ASN1EncodableVector v = new ASN1EncodableVector();
        v.add(new DERSequence(new org.bouncycastle.asn1.ASN1Encodable[] {
            new ASN1ObjectIdentifier(CA_PROTOCOL), new ASN1Integer(1)}));
        v.add(new DERSequence(new org.bouncycastle.asn1.ASN1Encodable[] {
            new ASN1ObjectIdentifier("0.4.0.127.0.7.2.2.1.2"),
            SubjectPublicKeyInfo.getInstance(caKeys.getPublic().getEncoded())}));
        v.add(new DERSequence(new org.bouncycastle.asn1.ASN1Encodable[] {
            new ASN1ObjectIdentifier("2.23.136.1.1.5"), new ASN1Integer(1),
            new ASN1ObjectIdentifier(AA_ECDSA_SHA256)}));
        if (pace != null) {
            v.add(paceInfo(pace));
        }
        try {
            // DER re-encodes to the same bytes through the BER-TLV tree (minimal definite lengths)
            byte[] set = new DERSet(v).getEncoded("DER");
            return Tlv.constructed(LdsFile.DG14.tag(), Tlv.parse(set)).encoded();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] efCom(Iterable<LdsFile> groups) {
        ByteArrayOutputStream tags = new ByteArrayOutputStream();
        for (LdsFile f : groups) {
            tags.write(f.tag());
        }
        return Tlv.builder(LdsFile.COM.tag()).add(0x5F01, "0107".getBytes(StandardCharsets.US_ASCII))
                .add(0x5F36, "040000".getBytes(StandardCharsets.US_ASCII)).add(0x5C, tags.toByteArray()).build()
                .encoded();
    }

    private static byte[] signedSecurityObject(Map<LdsFile, byte[]> groups, KeyPair dsKeys,
            X509CertificateHolder ds) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            DataGroupHash[] hashes = new DataGroupHash[groups.size()];
            int i = 0;
            for (Map.Entry<LdsFile, byte[]> g : groups.entrySet()) {
                hashes[i++] = new DataGroupHash(g.getKey().dataGroupNumber(),
                        new DEROctetString(sha256.digest(g.getValue())));
            }
            LDSSecurityObject so = new LDSSecurityObject(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                    hashes);
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().setProvider(IssuerCredentials.BC).build())
                    .build(new JcaContentSignerBuilder(IssuerCredentials.signatureAlgorithm(dsKeys.getPrivate()))
                            .setProvider(IssuerCredentials.BC).build(dsKeys.getPrivate()), ds));
            gen.addCertificate(ds);
            return gen.generate(new CMSProcessableByteArray(new ASN1ObjectIdentifier("2.23.136.1.1.1"),
                    so.getEncoded("DER")), true).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException("EF.SOD signing failed", e);
        }
    }

    /** A JPEG portrait placeholder (drawn, then padded with a JPEG comment to {@code targetSize} bytes). */
    static byte[] generatedFace(int targetSize, SecureRandom random) {
        BufferedImage image = new BufferedImage(240, 320, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xE8E4D8));
        g.fillRect(0, 0, 240, 320);
        g.setColor(new Color(0x7A5230));
        g.fillOval(60, 60, 120, 150);
        g.fillRoundRect(30, 220, 180, 120, 60, 60);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        byte[] jpeg = out.toByteArray();
        int padding = targetSize - jpeg.length - 4;
        if (padding <= 0) {
            return jpeg;
        }
        padding = Math.min(padding, 65533);
        byte[] padded = new byte[jpeg.length + 4 + padding];
        padded[0] = (byte) 0xFF;
        padded[1] = (byte) 0xD8;
        padded[2] = (byte) 0xFF;
        padded[3] = (byte) 0xFE;
        padded[4] = (byte) ((padding + 2) >>> 8);
        padded[5] = (byte) (padding + 2);
        byte[] comment = new byte[padding - 2];
        random.nextBytes(comment);
        System.arraycopy(comment, 0, padded, 6, comment.length);
        System.arraycopy(jpeg, 2, padded, 4 + padding, jpeg.length - 2);
        return padded;
    }

    private static byte[] sw(int sw) {
        return new byte[] {(byte) (sw >>> 8), (byte) sw};
    }

    /** Builder of an emulated resident card. */
    public static final class Builder {
        private final ResidentPersona persona;
        private SecureRandom random = new SecureRandom();
        private PaceInfo paceInfo = DEFAULT_PACE;
        private byte[] faceImage;
        private int faceSize = 20_000;
        private boolean extendedLength = true;
        private int[] tamperedDataGroups = new int[0];
        private boolean rsaDocumentSigner;

        private Builder(ResidentPersona persona) {
            this.persona = java.util.Objects.requireNonNull(persona, "persona");
        }

        /** Randomness for keys and protocol nonces. */
        public Builder random(SecureRandom random) {
            this.random = java.util.Objects.requireNonNull(random, "random");
            return this;
        }

        /** The PACEInfo announced in EF.CardAccess; {@code null} for a BAC-only card (no EF.CardAccess). */
        public Builder pace(PaceInfo paceInfo) {
            this.paceInfo = paceInfo;
            return this;
        }

        /** The face image (JPEG or JPEG 2000); by default a generated JPEG of {@link #faceSize(int)} bytes. */
        public Builder faceImage(byte[] image) {
            this.faceImage = image == null ? null : image.clone();
            return this;
        }

        /** Size of the generated face image (default 20,000 bytes). */
        public Builder faceSize(int bytes) {
            this.faceSize = bytes;
            return this;
        }

        /** Whether the card accepts extended-length APDUs (default yes). */
        public Builder extendedLength(boolean supported) {
            this.extendedLength = supported;
            return this;
        }

        /** Test hook: alter these data groups after EF.SOD was signed (passive authentication must fail). */
        public Builder tamperDataGroups(int... numbers) {
            this.tamperedDataGroups = numbers.clone();
            return this;
        }

        /** Whether the CSCA (RSA-3072) and document signer (RSA-2048) use RSA instead of ECDSA P-256. */
        public Builder rsaDocumentSigner(boolean rsa) {
            this.rsaDocumentSigner = rsa;
            return this;
        }

        /** Personalises the card (generates all keys and certificates). */
        public ResidentCard build() {
            return new ResidentCard(this);
        }
    }
}
