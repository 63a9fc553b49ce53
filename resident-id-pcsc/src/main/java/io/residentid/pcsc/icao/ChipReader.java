package io.residentid.pcsc.icao;

import io.residentid.core.model.Bytes;
import io.residentid.core.pki.TrustStore;
import io.residentid.core.report.Finding;
import io.residentid.core.report.Severity;
import io.residentid.core.report.Verdict;
import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import io.residentid.pcsc.atr.Atr;
import io.residentid.pcsc.sm.SecureMessagingChannel;
import io.residentid.pcsc.sm.SecureMessagingException;
import io.residentid.pcsc.transport.ApduChannel;
import io.residentid.pcsc.transport.CardTransportException;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
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
 * chain to a trusted CSCA, data-group hashes over the exact bytes read). A BAC read of a chip whose signed DG14
 * announces PACE is a {@link ChipFindingCode#PACE_DOWNGRADE} (an error unless downgrades are accepted).
 *
 * <pre>{@code
 * ChipReader reader = ChipReader.builder().trustStore(cscas).build();
 * ChipReadResult result = reader.read(channel, AccessKey.can(canDigits));
 * if (result.authentic()) { ... }
 * }</pre>
 *
 * To send more commands after the read (holder authentication with a PIN), use {@link #readAndKeepSession}: they
 * then go through the read's secure messaging instead of in clear.
 *
 * <p>The work is split into small protocol classes (access control, block reading, chip and active
 * authentication); this class orders them. Immutable and thread-safe; each read uses its own session. A malformed
 * data group becomes a finding and the rest is still read; a wrong MRZ/CAN fails once
 * ({@link AccessControlException}), never retried.
 */
public final class ChipReader {

    /** Largest plain block that fits a short protected response (ICAO: 223 bytes leaves room for SM objects). */
    static final int SHORT_BLOCK = 0xDF;
    /**
     * Default plain block with extended length: javax.smartcardio receives at most about 8 KB per response, so
     * 7936 bytes plus secure-messaging overhead stay below it. In-process channels can go up to {@link #MAX_BLOCK}.
     */
    static final int EXTENDED_BLOCK = 0x1F00;
    /** Largest plain block (room for padding and secure-messaging objects within a 65536-byte response). */
    public static final int MAX_BLOCK = 0xFF00;
    private static final List<LdsFile> READ_ORDER = List.of(LdsFile.DG1, LdsFile.DG2, LdsFile.DG11, LdsFile.DG12,
            LdsFile.DG13, LdsFile.DG14, LdsFile.DG15);

    private final TrustStore trustStore;
    private final Clock clock;
    private final SecureRandom random;
    private final Integer maxBlock;
    private final boolean activeAuthentication;
    private final boolean chipAuthentication;
    private final boolean acceptPaceDowngrade;

    private ChipReader(Builder b) {
        this.trustStore = b.trustStore;
        this.clock = b.clock;
        this.random = b.random;
        this.maxBlock = b.maxBlock;
        this.activeAuthentication = b.activeAuthentication;
        this.chipAuthentication = b.chipAuthentication;
        this.acceptPaceDowngrade = b.acceptPaceDowngrade;
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Opens the chip with {@code key}, reads it and ends the secure-messaging session.
     *
     * @param channel the plain channel to the card (transmission rules applied)
     * @throws AccessControlException when PACE/BAC fails (wrong key); the card is not tried again
     * @throws ChipReadException      when the card is removed or the secure channel breaks mid-read
     * @param key the CAN or MRZ key that opens the chip
     * @return everything read and verified
     */
    public ChipReadResult read(ApduChannel channel, AccessKey key) throws AccessControlException, ChipReadException {
        try (ChipSession session = readAndKeepSession(channel, key)) {
            return session.result();
        }
    }

    /**
     * Opens the chip with {@code key} and reads it as {@link #read} does, but leaves the secure-messaging session
     * open: every later command (e.g. VERIFY for holder authentication) goes through {@link ChipSession#channel()}.
     * Close the session when done.
     *
     * @param channel the plain channel to the card (transmission rules applied)
     * @throws AccessControlException when PACE/BAC fails (wrong key); the card is not tried again
     * @throws ChipReadException      when the card is removed or the secure channel breaks mid-read
     * @param key the CAN or MRZ key that opens the chip
     * @return the open session holding the read's result; close it when done
     */
    public ChipSession readAndKeepSession(ApduChannel channel, AccessKey key)
            throws AccessControlException, ChipReadException {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(key, "key");
        long start = System.nanoTime();
        CountingChannel wire = new CountingChannel(channel);
        List<Finding> findings = new ArrayList<>();
        Map<LdsFile, byte[]> files = new EnumMap<>(LdsFile.class);
        SecureMessagingChannel sm = null;
        try {
            AccessControlProtocol.Opened opened = AccessControlProtocol.open(wire, key, random);
            sm = opened.channel();
            opened.cardAccess().ifPresent(bytes -> files.put(LdsFile.CARD_ACCESS, bytes));
            boolean extended = maxBlock == null && extendedLengthAnnounced(channel);
            int block = maxBlock != null ? maxBlock : extended ? EXTENDED_BLOCK : SHORT_BLOCK;
            ReadBinaryProtocol reader = new ReadBinaryProtocol(sm, block);

            Optional<EfCom> com = parse(LdsFile.COM, readInto(reader, LdsFile.COM, EfCom.MAX_LENGTH, files, findings),
                    EfCom::parse, findings);
            byte[] sodBytes = readInto(reader, LdsFile.SOD, EfSod.MAX_LENGTH, files, findings);
            Set<LdsFile> wanted = new LinkedHashSet<>();
            com.ifPresent(c -> wanted.addAll(c.dataGroups()));
            if (sodBytes != null) {
                try {
                    EfSod.parse(sodBytes).dataGroupHashes().keySet()
                            .forEach(n -> LdsFile.dataGroup(n).ifPresent(wanted::add));
                } catch (LdsFormatException e) {
                    findings.add(ChipFindingCode.SOD_MALFORMED.finding(e.getMessage()));
                }
            }
            if (wanted.isEmpty()) {
                wanted.addAll(READ_ORDER);
            }
            for (LdsFile dg : READ_ORDER) {
                if (wanted.contains(dg)) {
                    readInto(reader, dg, maxLength(dg), files, findings);
                }
            }
            Optional<Dg1> dg1 = parse(LdsFile.DG1, files.get(LdsFile.DG1), Dg1::parse, findings);
            Optional<Dg2> dg2 = parse(LdsFile.DG2, files.get(LdsFile.DG2), Dg2::parse, findings);
            Optional<Dg11> dg11 = parse(LdsFile.DG11, files.get(LdsFile.DG11), Dg11::parse, findings);
            Optional<Dg12> dg12 = parse(LdsFile.DG12, files.get(LdsFile.DG12), Dg12::parse, findings);
            Optional<Dg13> dg13 = parse(LdsFile.DG13, files.get(LdsFile.DG13), Dg13::parse, findings);
            Optional<Dg14> dg14 = parse(LdsFile.DG14, files.get(LdsFile.DG14), Dg14::parse, findings);
            Optional<Dg15> dg15 = parse(LdsFile.DG15, files.get(LdsFile.DG15), Dg15::parse, findings);

            checkDowngrade(opened.accessControl(), dg14, findings);
            // Empty = no verdict (not offered, unsupported or turned off); a finding says which.
            Optional<Verdict> ca = Optional.empty();
            if (dg14.isEmpty()) {
                findings.add(ChipFindingCode.CA_NOT_OFFERED.finding());
            } else if (!chipAuthentication) {
                findings.add(ChipFindingCode.CA_SKIPPED.finding());
            } else {
                ChipAuthenticationProtocol.Outcome outcome = ChipAuthenticationProtocol.perform(sm, wire, dg14.get(),
                        random, findings);
                sm = outcome.channel();
                ca = outcome.status();
            }
            Optional<Verdict> aa = Optional.empty();
            Optional<ActiveAuthenticationTranscript> transcript = Optional.empty();
            if (dg15.isEmpty()) {
                findings.add(ChipFindingCode.AA_NOT_OFFERED.finding());
            } else if (!activeAuthentication) {
                findings.add(ChipFindingCode.AA_SKIPPED.finding());
            } else {
                ActiveAuthenticationProtocol.Outcome outcome = ActiveAuthenticationProtocol.perform(sm, dg15.get(),
                        dg14, random, findings);
                aa = outcome.status();
                transcript = outcome.transcript();
            }
            PassiveAuthenticator.Result pa = PassiveAuthenticator.builder().trustStore(trustStore).clock(clock).build()
                    .verify(sodBytes, files);
            findings.addAll(pa.findings());
            if (pa.status() != Verdict.VALID) {
                // A genuine chip proves nothing about data no trusted issuer signed: a pass is not counted.
                if (aa.equals(Optional.of(Verdict.VALID)) || ca.equals(Optional.of(Verdict.VALID))) {
                    findings.add(ChipFindingCode.NOT_COUNTED_WITHOUT_PASSIVE_AUTHENTICATION.finding());
                }
                aa = aa.map(ChipReader::notCounted);
                ca = ca.map(ChipReader::notCounted);
            }
            Map<LdsFile, Bytes> exact = new EnumMap<>(LdsFile.class);
            files.forEach((file, bytes) -> exact.put(file, Bytes.personal(bytes)));
            long millis = (System.nanoTime() - start) / 1_000_000;
            ChipReadResult result = new ChipReadResult(opened.accessControl().describe(), com, dg1, dg2, dg11, dg12,
                    dg13, dg14, dg15, pa.status(), pa.documentSigner(), aa, ca, findings, exact, transcript,
                    new ChipReadResult.Transfer(wire.apdus, wire.readBinary, wire.bytes, millis));
            ChipSession session = new ChipSession(result, sm);
            sm = null;
            return session;
        } catch (CardTransportException e) {
            throw new ChipReadException("the card was removed or the reader failed during the read", e);
        } catch (SecureMessagingException e) {
            throw new ChipReadException("the secure channel broke: " + e.getMessage(), e);
        } finally {
            if (sm != null) {
                sm.close();
            }
        }
    }

    /**
     * Issue: a man in the middle that hides EF.CardAccess (6A82) makes the reader fall back to BAC. The chip's signed
     * DG14 still lists its PACEInfos, so a BAC session with such a DG14 is a downgrade (hashes of DG14 are checked
     * by passive authentication, so the statement is as trustworthy as the read).
     */
    private void checkDowngrade(AccessControlResult accessControl, Optional<Dg14> dg14, List<Finding> findings) {
        if (accessControl.method() == AccessControlResult.Method.BAC && dg14.isPresent()
                && !dg14.get().securityInfos().paceInfos().isEmpty()) {
            findings.add(ChipFindingCode.PACE_DOWNGRADE.finding(acceptPaceDowngrade ? Severity.WARNING
                    : Severity.ERROR));
        }
    }

    private static Verdict notCounted(Verdict verdict) {
        return verdict == Verdict.VALID ? Verdict.INDETERMINATE : verdict;
    }

    private static byte[] readInto(ReadBinaryProtocol reader, LdsFile file, int maxLength, Map<LdsFile, byte[]> files,
            List<Finding> findings) {
        byte[] content = reader.read(file, maxLength, findings);
        if (content != null) {
            files.put(file, content);
        }
        return content;
    }

    private static boolean extendedLengthAnnounced(ApduChannel channel) {
        try {
            return Atr.parse(channel.atr()).extendedLengthSupported();
        } catch (RuntimeException e) {
            return false;
        }
    }

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

    private static <T> Optional<T> parse(LdsFile file, byte[] bytes, Function<byte[], T> parser,
            List<Finding> findings) {
        if (bytes == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(bytes));
        } catch (LdsFormatException e) {
            findings.add(ChipFindingCode.DG_MALFORMED.finding(file.name(), e.getMessage()));
            return Optional.empty();
        }
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
        private boolean acceptPaceDowngrade;

        private Builder() {
        }

        /**
         * The trusted CSCAs for passive authentication (without: status at best INDETERMINATE).
         *
         * @param trustStore the trusted CSCAs for passive authentication (without: status at best INDETERMINATE)
         * @return this builder
         */
        public Builder trustStore(TrustStore trustStore) {
            this.trustStore = trustStore;
            return this;
        }

        /**
         * The clock for certificate validity (default: system UTC).
         *
         * @param clock the clock for certificate validity
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Randomness for PACE/BAC keys and the active-authentication challenge.
         *
         * @param random randomness for PACE/BAC keys and the active-authentication challenge
         * @return this builder
         */
        public Builder random(SecureRandom random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * Overrides the READ BINARY block size. Default: 223 bytes with short length, 7936 with extended length (as
         * the ATR announces), which suits PC/SC; in-process emulated cards allow up to {@link #MAX_BLOCK}.
         *
         * @param bytes the plain bytes per READ BINARY, 16 to {@link #MAX_BLOCK}
         * @return this builder
         */
        public Builder maxBlock(int bytes) {
            if (bytes < 16 || bytes > MAX_BLOCK) {
                throw new IllegalArgumentException("block must be 16.." + MAX_BLOCK);
            }
            this.maxBlock = bytes;
            return this;
        }

        /**
         * Whether to run active authentication when DG15 is present (default yes).
         *
         * @param enabled whether to run active authentication when DG15 is present
         * @return this builder
         */
        public Builder activeAuthentication(boolean enabled) {
            this.activeAuthentication = enabled;
            return this;
        }

        /**
         * Whether to run chip authentication when DG14 offers it (default yes).
         *
         * @param enabled whether to run chip authentication when DG14 offers it
         * @return this builder
         */
        public Builder chipAuthentication(boolean enabled) {
            this.chipAuthentication = enabled;
            return this;
        }

        /**
         * Whether a BAC read of a chip whose signed security infos announce PACE is only a warning (default false:
         * {@link ChipFindingCode#PACE_DOWNGRADE} is an error and the read is not {@link ChipReadResult#authentic()},
         * as KYC use needs). Accept only for readers known to lack PACE.
         *
         * @param accept true to report a downgrade as a warning only
         * @return this builder
         */
        public Builder acceptPaceDowngrade(boolean accept) {
            this.acceptPaceDowngrade = accept;
            return this;
        }

        /** {@return the reader} */
        public ChipReader build() {
            return new ChipReader(this);
        }
    }
}
