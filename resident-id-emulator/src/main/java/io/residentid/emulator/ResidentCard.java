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
import io.residentid.pcsc.transport.ApduChannel;
import io.residentid.pcsc.transport.InProcessChannel;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.jce.interfaces.ECPrivateKey;

import java.security.KeyPair;
import java.security.SecureRandom;
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
 * <p>The work is split: {@link TestIssuer} generates the test PKI, {@link LdsPersonalisation} encodes and signs
 * the files, and the runtime {@link IcaoSession} handles secure messaging and access control in front of a
 * {@link SoftCard} that holds the file system and PINs: PACE runs at MF level as ICAO readers expect, a plain command
 * ends a secure-messaging session,
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
    private final DedicatedFile icaoDf;
    private final IcaoSession icao;

    private ResidentCard(Builder b) {
        SecureRandom random = b.random;
        ResidentPersona p = b.persona;
        this.can = p.can();
        this.mrz = Mrz.builder(MrzFormat.TD1).documentCode("ID").issuingState(p.issuingState())
                .documentNumber(p.documentNumber()).dateOfBirth(p.dateOfBirth()).sex(Sex.fromMrzCode(p.sex().charAt(0)))
                .dateOfExpiry(p.dateOfExpiry()).nationality(p.nationality()).primaryIdentifier(p.surname())
                .secondaryIdentifier(p.givenNames()).build();

        TestIssuer issuer = new TestIssuer(p.issuingState(), b.rsaDocumentSigner, random);
        csca = issuer.csca;
        nationalCa = issuer.nationalCa;
        KeyPair dsKeys = issuer.dsKeys;
        X509CertificateHolder ds = issuer.ds;
        KeyPair authKeys = issuer.authKeys;
        KeyPair signKeys = issuer.signKeys;
        X509CertificateHolder authCert = issuer.authCert;
        X509CertificateHolder signCert = issuer.signCert;
        KeyPair aaKeys = IssuerCredentials.ecKeyPair("secp256r1", random);
        KeyPair caKeys = IssuerCredentials.ecKeyPair("secp256r1", random);

        files = new LinkedHashMap<>();
        files.put(LdsFile.DG1, Dg1.encode(String.join("", mrz.lines())));
        byte[] face = b.faceImage != null ? b.faceImage : LdsPersonalisation.generatedFace(b.faceSize, random);
        files.put(LdsFile.DG2, Dg2.encode(face,
                240, 320, "F".equals(p.sex()) ? 2 : "M".equals(p.sex()) ? 1 : 0));
        files.put(LdsFile.DG11, new Dg11(p.nameNational(), List.of(), p.personalNumber(),
                p.dateOfBirth().format(DateTimeFormatter.BASIC_ISO_DATE), p.placeOfBirth(), p.address(),
                p.telephone(), p.profession(), null, null, null, null).encode());
        files.put(LdsFile.DG12, new Dg12(p.issuingAuthority(),
                p.dateOfIssue() == null ? null : p.dateOfIssue().format(DateTimeFormatter.BASIC_ISO_DATE), null, null,
                null, null).encode());
        files.put(LdsFile.DG13, LdsPersonalisation.dg13(p));
        files.put(LdsFile.DG14, LdsPersonalisation.dg14(caKeys, b.paceInfo));
        files.put(LdsFile.DG15, Dg15.encode(aaKeys.getPublic()));
        byte[] sod = EfSod.encode(LdsPersonalisation.signedSecurityObject(files, dsKeys, ds));
        for (int tampered : b.tamperedDataGroups) {
            LdsFile.dataGroup(tampered).map(files::get).ifPresent(bytes -> bytes[bytes.length - 1] ^= 0x01);
        }
        byte[] com = LdsPersonalisation.efCom(files.keySet());

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
            byte[] cardAccess = LdsPersonalisation.securityInfos(LdsPersonalisation.paceInfo(b.paceInfo));
            mf.add(ElementaryFile.transparent(LdsFile.CARD_ACCESS.fileId(), cardAccess)
                    .withShortId(LdsFile.CARD_ACCESS.shortFileId()));
            files.put(LdsFile.CARD_ACCESS, cardAccess);
        }
        PkiAppletProfile profile = PkiAppletProfile.resident();
        DedicatedFile pkiDf = DedicatedFile.named(0x7F10, profile.aid().toByteArray())
                .add(ElementaryFile.transparent(profile.authenticationCertFile(), LdsPersonalisation.encoded(authCert)))
                .add(ElementaryFile.transparent(profile.signingCertFile(), LdsPersonalisation.encoded(signCert)));
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
            BacResponder bac = new BacResponder(mrzKey.bacAuthentication(), random);
            PaceResponder pace = b.paceInfo == null ? null : new PaceResponder(b.paceInfo, mrzKey.pacePassword(),
                    PacePassword.can(can), random);
            this.icao = new IcaoSession(card, pace, bac, (ECPrivateKey) caKeys.getPrivate());
        } finally {
            mrzKey.destroy();
        }
    }

    /**
     * A builder for the given persona.
     *
     * @param persona whose card to personalise
     * @return a builder
     */
    public static Builder builder(ResidentPersona persona) {
        return new Builder(persona);
    }

    /** {@return a card for the built-in demo persona with PACE and BAC} */
    public static ResidentCard demo() {
        return builder(ResidentPersona.demo()).build();
    }

    /** {@return the MRZ printed on the card (TD1, three lines)} */
    public List<String> mrzLines() {
        return mrz.lines();
    }

    /** {@return the card access number printed on the card} */
    public String can() {
        return can;
    }

    /** {@return the test CSCA that signed the document signer} */
    public X509CertificateHolder csca() {
        return csca;
    }

    /** {@return the test national CA that issued the holder's authentication and signing certificates} */
    public X509CertificateHolder nationalCa() {
        return nationalCa;
    }

    /**
     * The file contents as personalised (a copy; test oracle).
     *
     * @param file the LDS file
     * @return its bytes as personalised (a copy)
     */
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
     * @param file the LDS file
     * @param content its new bytes
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

    /** {@return An in-process channel to this card} */
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
        icao.reset();
    }

    @Override
    public synchronized byte[] process(byte[] command) {
        return icao.process(command);
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

        /**
         * Randomness for keys and protocol nonces.
         *
         * @param random randomness for keys and protocol nonces
         * @return this builder
         */
        public Builder random(SecureRandom random) {
            this.random = java.util.Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * The PACEInfo announced in EF.CardAccess; {@code null} for a BAC-only card (no EF.CardAccess).
         *
         * @param paceInfo the PACEInfo announced in EF.CardAccess; {@code null} for a BAC-only card (no EF.CardAccess)
         * @return this builder
         */
        public Builder pace(PaceInfo paceInfo) {
            this.paceInfo = paceInfo;
            return this;
        }

        /**
         * The face image (JPEG or JPEG 2000); by default a generated JPEG of {@link #faceSize(int)} bytes.
         *
         * @param image the face image (JPEG or JPEG 2000); by default a generated JPEG of {@link #faceSize(int)} bytes
         * @return this builder
         */
        public Builder faceImage(byte[] image) {
            this.faceImage = image == null ? null : image.clone();
            return this;
        }

        /**
         * Size of the generated face image (default 20,000 bytes).
         *
         * @param bytes size of the generated face image
         * @return this builder
         */
        public Builder faceSize(int bytes) {
            this.faceSize = bytes;
            return this;
        }

        /**
         * Whether the card accepts extended-length APDUs (default yes).
         *
         * @param supported whether the card accepts extended-length APDUs
         * @return this builder
         */
        public Builder extendedLength(boolean supported) {
            this.extendedLength = supported;
            return this;
        }

        /**
         * Test hook: alter these data groups after EF.SOD was signed (passive authentication must fail).
         *
         * @param numbers test hook: alter these data groups after EF.SOD was signed (passive authentication must fail)
         * @return this builder
         */
        public Builder tamperDataGroups(int... numbers) {
            this.tamperedDataGroups = numbers.clone();
            return this;
        }

        /**
         * Whether the CSCA (RSA-3072) and document signer (RSA-2048) use RSA instead of ECDSA P-256.
         *
         * @param rsa whether the CSCA (RSA-3072) and document signer (RSA-2048) use RSA instead of ECDSA P-256
         * @return this builder
         */
        public Builder rsaDocumentSigner(boolean rsa) {
            this.rsaDocumentSigner = rsa;
            return this;
        }

        /**
         * Personalises the card (generates all keys and certificates).
         *
         * @return the personalised card
         */
        public ResidentCard build() {
            return new ResidentCard(this);
        }
    }
}
