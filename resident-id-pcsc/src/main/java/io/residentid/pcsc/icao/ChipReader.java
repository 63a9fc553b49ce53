package io.residentid.pcsc.icao;

import io.residentid.core.model.Bytes;
import java.util.function.BiConsumer;

import io.residentid.core.pki.TrustStore;
import io.residentid.core.report.Finding;
import io.residentid.core.report.Messages;
import io.residentid.core.report.Severity;
import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import io.residentid.pcsc.atr.Atr;
import io.residentid.pcsc.sm.SecureMessagingChannel;
import io.residentid.pcsc.sm.SecureMessagingException;
import io.residentid.pcsc.sm.SessionKeys;
import io.residentid.pcsc.sm.SmCipher;
import io.residentid.pcsc.transport.ApduChannel;
import io.residentid.pcsc.transport.CardTransportException;
import org.bouncycastle.jce.interfaces.ECPublicKey;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.jce.spec.ECParameterSpec;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.SecureRandom;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads an ICAO eMRTD application (a GCC resident card's chip): PACE when EF.CardAccess offers it, BAC otherwise;
 * EF.COM, EF.SOD and DG1, DG2, DG11–DG15 in the largest blocks the card allows; chip authentication (DG14),
 * active authentication (DG15) and passive authentication through the core PKI (document signer from EF.SOD, its
 * chain to a trusted CSCA, data-group hashes over the exact bytes read).
 *
 * <pre>{@code
 * ChipReader reader = ChipReader.builder().trustStore(cscas).build();
 * ChipReadResult result = reader.read(channel, AccessKey.can("123456"));
 * if (result.authentic()) { ... }
 * }</pre>
 *
 * Immutable and thread-safe; each {@link #read} uses its own session. A malformed data group becomes a finding and
 * the rest is still read; a wrong MRZ/CAN fails once ({@link AccessControlException}), never retried.
 */
public final class ChipReader {

    private static final Logger LOG = LoggerFactory.getLogger(ChipReader.class);
    private static final Messages MESSAGES = Messages.forPackageOf(ChipReader.class);
    private static final byte[] ICAO_AID = {(byte) 0xA0, 0x00, 0x00, 0x02, 0x47, 0x10, 0x01};
    /** Largest plain block that fits a short protected response (ICAO: 223 bytes leaves room for SM objects). */
    static final int SHORT_BLOCK = 0xDF;
    /**
     * Default plain block with extended length: javax.smartcardio receives at most about 8 KB per response, so
     * 7936 bytes plus secure-messaging overhead stay below it. In-process channels can go up to {@link #MAX_BLOCK}.
     */
    static final int EXTENDED_BLOCK = 0x1F00;
    /** Largest plain block (room for padding and secure-messaging objects within a 65536-byte response). */
    public static final int MAX_BLOCK = 0xFF00;
    private static final int HEADER_PROBE = 8;
    private static final List<LdsFile> READ_ORDER = List.of(LdsFile.DG1, LdsFile.DG2, LdsFile.DG11, LdsFile.DG12,
            LdsFile.DG13, LdsFile.DG14, LdsFile.DG15);

    private final TrustStore trustStore;
    private final Clock clock;
    private final SecureRandom random;
    private final Integer maxBlock;
    private final boolean activeAuthentication;
    private final boolean chipAuthentication;
    private final BiConsumer<Bytes, Bytes> activeAuthenticationTranscript;

    private ChipReader(Builder b) {
        this.trustStore = b.trustStore;
        this.clock = b.clock;
        this.random = b.random;
        this.maxBlock = b.maxBlock;
        this.activeAuthentication = b.activeAuthentication;
        this.chipAuthentication = b.chipAuthentication;
        this.activeAuthenticationTranscript = b.activeAuthenticationTranscript;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Opens the chip with {@code key} and reads it.
     *
     * @param channel the plain channel to the card (transmission rules applied)
     * @throws AccessControlException when PACE/BAC fails (wrong key); the card is not tried again
     * @throws ChipReadException      when the card is removed or the secure channel breaks mid-read
     */
    public ChipReadResult read(ApduChannel channel, AccessKey key) throws AccessControlException, ChipReadException {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(key, "key");
        long start = System.nanoTime();
        CountingChannel wire = new CountingChannel(channel);
        List<Finding> findings = new ArrayList<>();
        Map<LdsFile, byte[]> files = new EnumMap<>(LdsFile.class);
        try {
            Session session = open(wire, key, files);
            boolean extended = maxBlock == null && extendedLengthAnnounced(channel);
            int block = maxBlock != null ? maxBlock : extended ? EXTENDED_BLOCK : SHORT_BLOCK;

            Optional<EfCom> com = parse(LdsFile.COM, readFile(session.sm, LdsFile.COM, EfCom.MAX_LENGTH, block, files,
                    findings), EfCom::parse, findings);
            byte[] sodBytes = readFile(session.sm, LdsFile.SOD, EfSod.MAX_LENGTH, block, files, findings);
            Set<LdsFile> wanted = new LinkedHashSet<>();
            com.ifPresent(c -> wanted.addAll(c.dataGroups()));
            if (sodBytes != null) {
                try {
                    EfSod.parse(sodBytes).dataGroupHashes().keySet()
                            .forEach(n -> LdsFile.dataGroup(n).ifPresent(wanted::add));
                } catch (LdsFormatException e) {
                    findings.add(Finding.of(MESSAGES, "SOD_MALFORMED", Severity.ERROR, e.getMessage()));
                }
            }
            if (wanted.isEmpty()) {
                wanted.addAll(READ_ORDER);
            }
            for (LdsFile dg : READ_ORDER) {
                if (wanted.contains(dg)) {
                    readFile(session.sm, dg, maxLength(dg), block, files, findings);
                }
            }
            Optional<Dg1> dg1 = parse(LdsFile.DG1, files.get(LdsFile.DG1), Dg1::parse, findings);
            Optional<Dg2> dg2 = parse(LdsFile.DG2, files.get(LdsFile.DG2), Dg2::parse, findings);
            Optional<Dg11> dg11 = parse(LdsFile.DG11, files.get(LdsFile.DG11), Dg11::parse, findings);
            Optional<Dg12> dg12 = parse(LdsFile.DG12, files.get(LdsFile.DG12), Dg12::parse, findings);
            Optional<Dg13> dg13 = parse(LdsFile.DG13, files.get(LdsFile.DG13), Dg13::parse, findings);
            Optional<Dg14> dg14 = parse(LdsFile.DG14, files.get(LdsFile.DG14), Dg14::parse, findings);
            Optional<Dg15> dg15 = parse(LdsFile.DG15, files.get(LdsFile.DG15), Dg15::parse, findings);

            VerificationStatus ca = VerificationStatus.NOT_SUPPORTED;
            if (chipAuthentication && dg14.isPresent()) {
                ca = chipAuthenticate(session, dg14.get(), wire, findings);
            }
            VerificationStatus aa = VerificationStatus.NOT_SUPPORTED;
            if (activeAuthentication && dg15.isPresent()) {
                aa = activeAuthenticate(session.sm, dg15.get(), dg14, findings);
            }
            PassiveAuthenticator.Result pa = PassiveAuthenticator.builder().trustStore(trustStore).clock(clock).build()
                    .verify(sodBytes, files);
            findings.addAll(pa.findings());
            if (pa.status() != VerificationStatus.PASSED) {
                if (aa == VerificationStatus.PASSED || ca == VerificationStatus.PASSED) {
                    findings.add(Finding.of(MESSAGES, "NOT_COUNTED_WITHOUT_PA", Severity.WARNING));
                }
                aa = aa == VerificationStatus.PASSED ? VerificationStatus.NOT_COUNTED : aa;
                ca = ca == VerificationStatus.PASSED ? VerificationStatus.NOT_COUNTED : ca;
            }
            session.sm.close();
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new ChipReadResult(session.accessControl.describe(), com, dg1, dg2, dg11, dg12, dg13, dg14, dg15,
                    pa.status(), pa.documentSigner(), aa, ca, findings, files,
                    new ChipReadResult.Transfer(wire.apdus, wire.readBinary, wire.bytes, millis));
        } catch (CardTransportException e) {
            throw new ChipReadException("the card was removed or the reader failed during the read", e);
        } catch (SecureMessagingException e) {
            throw new ChipReadException("the secure channel broke: " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ access control

    private static final class Session {
        AccessControlResult accessControl;
        SecureMessagingChannel sm;
        ApduChannel wire;
    }

    private Session open(CountingChannel wire, AccessKey key, Map<LdsFile, byte[]> files)
            throws AccessControlException {
        Transceiver plain = bytes -> wire.transmit(CommandApdu.parse(bytes)).encode();
        Session session = new Session();
        session.wire = wire;
        Optional<PaceInfo> pace = Optional.empty();
        byte[] cardAccess = readCardAccess(wire);
        if (cardAccess != null) {
            try {
                pace = SecurityInfos.parse(cardAccess).preferredPace();
                files.put(LdsFile.CARD_ACCESS, cardAccess);
            } catch (LdsFormatException e) {
                LOG.debug("EF.CardAccess unreadable, falling back to BAC: {}", e.getMessage());
            }
        }
        try {
            if (pace.isPresent()) {
                PacePassword password = key.pacePassword();
                try {
                    session.accessControl = Pace.perform(plain, pace.get(), password, random);
                } finally {
                    password.destroy();
                }
                session.sm = new SecureMessagingChannel(wire, session.accessControl.keys());
                selectApplication(session.sm);
            } else {
                if (key.isCan()) {
                    throw new AccessControlException("the card offers no PACE, and BAC needs the MRZ, not the CAN");
                }
                selectApplication(wire);
                session.accessControl = Bac.perform(plain, key.bacKeys(), random);
                session.sm = new SecureMessagingChannel(wire, session.accessControl.keys());
            }
            return session;
        } catch (IOException e) {
            throw new AccessControlException("card communication failed during access control", e);
        }
    }

    private static byte[] readCardAccess(ApduChannel wire) {
        // EF.CardAccess lives in the master file: leave any application selected by an earlier session.
        wire.transmit(CommandApdu.of(0x00, 0xA4, 0x00, 0x0C, new byte[] {0x3F, 0x00}));
        ResponseApdu r = wire.transmit(CommandApdu.of(0x00, 0xB0, 0x80 | LdsFile.CARD_ACCESS.shortFileId(), 0x00,
                null, 256));
        int sw = r.sw();
        if ((sw == 0x9000 || sw == 0x6282) && r.nr() > 0) {
            return r.data();
        }
        return null;
    }

    private static void selectApplication(ApduChannel channel) throws AccessControlException {
        ResponseApdu r = channel.transmit(CommandApdu.of(0x00, 0xA4, 0x04, 0x0C, ICAO_AID));
        if (r.sw() != 0x9000) {
            throw new AccessControlException(String.format("the card has no ICAO application (SELECT: %04X)", r.sw()));
        }
    }

    private static boolean extendedLengthAnnounced(ApduChannel channel) {
        try {
            return Atr.parse(channel.atr()).extendedLengthSupported();
        } catch (RuntimeException e) {
            return false;
        }
    }

    // ------------------------------------------------------------------ reading files

    private static int maxLength(LdsFile dg) {
        return switch (dg) {
            case DG1 -> Dg1.MAX_LENGTH;
            case DG2 -> Dg2.MAX_LENGTH;
            case DG11 -> Dg11.MAX_LENGTH;
            case DG12 -> Dg12.MAX_LENGTH;
            case DG13 -> Dg13.MAX_LENGTH;
            case DG14 -> Dg14.MAX_LENGTH;
            case DG15 -> Dg15.MAX_LENGTH;
            default -> EfSod.MAX_LENGTH;
        };
    }

    /**
     * SELECT by file id, then READ BINARY: the first block tells the length (bounded before allocating), the rest
     * follows in blocks of {@code block} bytes; offsets beyond 32767 use odd-INS READ BINARY (B1).
     */
    private byte[] readFile(ApduChannel sm, LdsFile file, int maxLength, int block, Map<LdsFile, byte[]> files,
            List<Finding> findings) {
        ResponseApdu select = sm.transmit(CommandApdu.of(0x00, 0xA4, 0x02, 0x0C,
                new byte[] {(byte) (file.fileId() >>> 8), (byte) file.fileId()}));
        if (select.sw() != 0x9000) {
            if (select.sw() == 0x6982) {
                findings.add(Finding.of(MESSAGES, "DG_ACCESS_DENIED", Severity.WARNING, file.name()));
            }
            return null;
        }
        byte[] first = readBinary(sm, 0, Math.min(block, Math.max(HEADER_PROBE, Math.min(block, maxLength))));
        if (first == null || first.length == 0) {
            findings.add(Finding.of(MESSAGES, "DG_ACCESS_DENIED", Severity.WARNING, file.name()));
            return null;
        }
        long total = Tlv.declaredTotalLength(first);
        if (total <= 0 || total > maxLength) {
            findings.add(Finding.of(MESSAGES, "DG_MALFORMED", Severity.ERROR, file.name(),
                    total <= 0 ? "unreadable length" : "declared length " + total + " exceeds " + maxLength));
            return null;
        }
        byte[] content = new byte[(int) total];
        int have = Math.min(first.length, content.length);
        System.arraycopy(first, 0, content, 0, have);
        while (have < content.length) {
            byte[] chunk = readBinary(sm, have, Math.min(block, content.length - have));
            if (chunk == null || chunk.length == 0) {
                findings.add(Finding.of(MESSAGES, "DG_MALFORMED", Severity.ERROR, file.name(), "file shorter than declared"));
                return null;
            }
            int n = Math.min(chunk.length, content.length - have);
            System.arraycopy(chunk, 0, content, have, n);
            have += n;
        }
        files.put(file, content);
        return content;
    }

    private static byte[] readBinary(ApduChannel sm, int offset, int length) {
        ResponseApdu r;
        if (offset <= 0x7FFF) {
            r = sm.transmit(CommandApdu.of(0x00, 0xB0, offset >>> 8, offset & 0xFF, null, length));
        } else {
            byte[] offsetObject = {0x54, 0x03, (byte) (offset >>> 16), (byte) (offset >>> 8), (byte) offset};
            r = sm.transmit(CommandApdu.of(0x00, 0xB1, 0x00, 0x00, offsetObject, Math.min(65536, length + 5)));
            if (r.sw() == 0x9000 || r.sw() == 0x6282) {
                try {
                    return Tlv.single(r.data()).value();
                } catch (LdsFormatException e) {
                    return null;
                }
            }
            return null;
        }
        return r.sw() == 0x9000 || r.sw() == 0x6282 ? r.data() : null;
    }

    private static <T> Optional<T> parse(LdsFile file, byte[] bytes, Function<byte[], T> parser,
            List<Finding> findings) {
        if (bytes == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(bytes));
        } catch (LdsFormatException e) {
            findings.add(Finding.of(MESSAGES, "DG_MALFORMED", Severity.ERROR, file.name(), e.getMessage()));
            return Optional.empty();
        }
    }

    // ------------------------------------------------------------------ authentication

    private VerificationStatus chipAuthenticate(Session session, Dg14 dg14, ApduChannel wire,
            List<Finding> findings) {
        SecurityInfos infos = dg14.securityInfos();
        Optional<ChipAuthenticationInfo> info = infos.chipAuthenticationInfos().stream()
                .filter(i -> i.isEcdh() && i.cipher().isPresent()).findFirst();
        Optional<ChipAuthenticationPublicKey> publicKey = infos.chipAuthenticationPublicKeys().stream()
                .filter(ChipAuthenticationPublicKey::isEcdh).findFirst();
        if (info.isEmpty() || publicKey.isEmpty()) {
            return VerificationStatus.NOT_SUPPORTED;
        }
        try {
            ECPublicKey chipKey = (ECPublicKey) KeyFactory.getInstance("EC", BC)
                    .generatePublic(new X509EncodedKeySpec(publicKey.get().subjectPublicKeyInfo()));
            ECParameterSpec params = chipKey.getParameters();
            BigInteger d = BigIntegers.createRandomInRange(BigInteger.ONE, params.getN().subtract(BigInteger.ONE),
                    random);
            byte[] ephemeral = params.getG().multiply(d).normalize().getEncoded(false);
            ECPoint shared = chipKey.getQ().multiply(d).normalize();
            byte[] k = shared.getAffineXCoord().getEncoded();
            SmCipher cipher = info.get().cipher().orElseThrow();
            ResponseApdu r;
            if (cipher == SmCipher.TDES) {
                ByteArrayOutputStream data = new ByteArrayOutputStream();
                Tlv.write(data, 0x91, ephemeral);
                r = session.sm.transmit(CommandApdu.of(0x00, 0x22, 0x41, 0xA6, data.toByteArray()));
            } else {
                byte[] oid = new org.bouncycastle.asn1.ASN1ObjectIdentifier(info.get().protocol()).getEncoded();
                ByteArrayOutputStream data = new ByteArrayOutputStream();
                Tlv.write(data, 0x80, Arrays.copyOfRange(oid, 2, oid.length));
                if (info.get().keyId().isPresent()) {
                    Tlv.write(data, 0x84, BigInteger.valueOf(info.get().keyId().getAsInt()).toByteArray());
                }
                r = session.sm.transmit(CommandApdu.of(0x00, 0x22, 0x41, 0xA4, data.toByteArray()));
                if (r.sw() == 0x9000) {
                    r = session.sm.transmit(CommandApdu.of(0x00, 0x86, 0x00, 0x00,
                            Tlv.encode(0x7C, Tlv.encode(0x80, ephemeral)), 256));
                }
            }
            if (r.sw() != 0x9000) {
                Arrays.fill(k, (byte) 0);
                findings.add(Finding.of(MESSAGES, "CA_FAILED", Severity.ERROR));
                return VerificationStatus.FAILED;
            }
            SessionKeys keys = SessionKeys.derive(cipher, k);
            Arrays.fill(k, (byte) 0);
            session.sm.close();
            session.sm = new SecureMessagingChannel(wire, keys);
            keys.destroy();
            // The chip proves it holds the private key when its next response authenticates under the new keys.
            ResponseApdu probe = session.sm.transmit(CommandApdu.of(0x00, 0xA4, 0x02, 0x0C,
                    new byte[] {0x01, 0x1E}));
            return probe.sw() == 0x9000 ? VerificationStatus.PASSED : VerificationStatus.FAILED;
        } catch (SecureMessagingException e) {
            findings.add(Finding.of(MESSAGES, "CA_FAILED", Severity.ERROR));
            throw e;
        } catch (Exception e) {
            findings.add(Finding.of(MESSAGES, "CA_FAILED", Severity.ERROR));
            return VerificationStatus.FAILED;
        }
    }

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private VerificationStatus activeAuthenticate(ApduChannel sm, Dg15 dg15, Optional<Dg14> dg14,
            List<Finding> findings) {
        byte[] challenge = new byte[8];
        random.nextBytes(challenge);
        ResponseApdu r = sm.transmit(CommandApdu.of(0x00, 0x88, 0x00, 0x00, challenge, 256));
        if (r.sw() != 0x9000) {
            findings.add(Finding.of(MESSAGES, "AA_FAILED", Severity.ERROR));
            return VerificationStatus.FAILED;
        }
        if (activeAuthenticationTranscript != null) {
            // Kept as evidence so that a later verifier can check the signature from the bytes (KYC re-verification).
            activeAuthenticationTranscript.accept(Bytes.of(challenge), Bytes.personal(r.data()));
        }
        Optional<String> algorithm = dg14.flatMap(d -> d.securityInfos().activeAuthenticationSignatureAlgorithm());
        Optional<Boolean> ok = ActiveAuthenticationVerifier.verify(dg15.publicKey(), algorithm, challenge, r.data());
        if (ok.isEmpty()) {
            findings.add(Finding.of(MESSAGES, "AA_UNSUPPORTED", Severity.WARNING));
            return VerificationStatus.NOT_SUPPORTED;
        }
        if (!ok.get()) {
            findings.add(Finding.of(MESSAGES, "AA_FAILED", Severity.ERROR));
            return VerificationStatus.FAILED;
        }
        return VerificationStatus.PASSED;
    }

    /** Counts what goes over the caller's channel. */
    private static final class CountingChannel implements ApduChannel {
        private final ApduChannel inner;
        int apdus;
        int readBinary;
        long bytes;

        CountingChannel(ApduChannel inner) {
            this.inner = inner;
        }

        @Override
        public ResponseApdu transmit(CommandApdu command) {
            apdus++;
            if (command.ins() == 0xB0 || command.ins() == 0xB1) {
                readBinary++;
            }
            ResponseApdu r = inner.transmit(command);
            bytes += command.encodedLength() + r.nr() + 2;
            return r;
        }

        @Override
        public byte[] atr() {
            return inner.atr();
        }

        @Override
        public void close() {
            // the caller owns the channel
        }
    }

    /** Builder of a {@link ChipReader}. */
    public static final class Builder {
        private TrustStore trustStore;
        private Clock clock = Clock.systemUTC();
        private SecureRandom random = new SecureRandom();
        private Integer maxBlock;
        private boolean activeAuthentication = true;
        private boolean chipAuthentication = true;
        private BiConsumer<Bytes, Bytes> activeAuthenticationTranscript;

        private Builder() {
        }

        /**
         * Receives the active-authentication transcript of each read (the terminal's challenge, then the chip's
         * signature, exactly as exchanged), so it can be kept as evidence and verified again later. Called on the
         * reading thread, before the signature is checked.
         */
        public Builder activeAuthenticationTranscript(BiConsumer<Bytes, Bytes> sink) {
            this.activeAuthenticationTranscript = Objects.requireNonNull(sink, "sink");
            return this;
        }

        /** The trusted CSCAs for passive authentication (without: status at best INDETERMINATE). */
        public Builder trustStore(TrustStore trustStore) {
            this.trustStore = trustStore;
            return this;
        }

        /** The clock for certificate validity (default: system UTC). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Randomness for PACE/BAC keys and the active-authentication challenge. */
        public Builder random(SecureRandom random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * Overrides the READ BINARY block size. Default: 223 bytes with short length, 7936 with extended length (as
         * the ATR announces), which suits PC/SC; in-process emulated cards allow up to {@link #MAX_BLOCK}.
         */
        public Builder maxBlock(int bytes) {
            if (bytes < 16 || bytes > MAX_BLOCK) {
                throw new IllegalArgumentException("block must be 16.." + MAX_BLOCK);
            }
            this.maxBlock = bytes;
            return this;
        }

        /** Whether to run active authentication when DG15 is present (default yes). */
        public Builder activeAuthentication(boolean enabled) {
            this.activeAuthentication = enabled;
            return this;
        }

        /** Whether to run chip authentication when DG14 offers it (default yes). */
        public Builder chipAuthentication(boolean enabled) {
            this.chipAuthentication = enabled;
            return this;
        }

        /** The reader. */
        public ChipReader build() {
            return new ChipReader(this);
        }
    }
}
