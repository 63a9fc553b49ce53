package io.residentid.pcsc.icao;

import io.residentid.core.pki.TrustStore;
import io.residentid.emulator.ResidentCard;
import io.residentid.emulator.ResidentPersona;
import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import io.residentid.pcsc.transport.ApduChannel;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hostile chip never makes the reader throw anything but its documented exceptions. The LDS parsers are fed
 * through an authenticated session of the emulated card (PACE and secure messaging pass, so the mutated file
 * reaches the parser; random answers could never pass the MAC): each try overwrites one file with a mutation of
 * its real content. A file that cannot be parsed is a finding, never an exception, and the read stays under 1 s.
 */
class HostileCardProperties {

    private static final List<LdsFile> FILES = List.of(LdsFile.COM, LdsFile.SOD, LdsFile.DG1, LdsFile.DG2,
            LdsFile.DG11, LdsFile.DG12, LdsFile.DG13, LdsFile.DG14, LdsFile.DG15);
    private static ResidentCard card;
    private static ChipReader reader;

    private static synchronized ResidentCard card() {
        if (card == null) {
            card = ResidentCard.builder(ResidentPersona.demo()).faceSize(1500).build();
            reader = ChipReader.builder().trustStore(TrustStore.of(List.of(card.csca()))).build();
            try {
                reader.read(card.channel(), AccessKey.can(card.can())); // warm-up: class loading, JIT
            } catch (AccessControlException | ChipReadException e) {
                throw new IllegalStateException(e);
            }
        }
        return card;
    }

    /** One mutation of a file's real bytes. */
    record Mutation(LdsFile file, int kind, long seed) {
        byte[] apply(byte[] original) {
            Random random = new Random(seed);
            byte[] b = original.clone();
            switch (kind) {
                case 0 -> { // flip a few bits anywhere (headers included)
                    for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
                        b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
                    }
                }
                case 1 -> b = Arrays.copyOf(b, random.nextInt(b.length)); // truncated
                case 2 -> { // a length byte in the first bytes set to an extreme
                    int at = 1 + random.nextInt(Math.min(12, b.length - 1));
                    b[at] = (byte) new int[] {0x00, 0x7F, 0x80, 0x81, 0x84, 0x85, 0xFF}[random.nextInt(7)];
                }
                case 3 -> { // the right tag, then garbage
                    for (int i = 2; i < b.length; i++) {
                        b[i] = (byte) random.nextInt(256);
                    }
                }
                default -> { // grown: trailing bytes
                    b = Arrays.copyOf(b, b.length + 1 + random.nextInt(64));
                }
            }
            return b;
        }
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Combinators.combine(Arbitraries.of(FILES), Arbitraries.integers().between(0, 4),
                Arbitraries.longs()).as(Mutation::new);
    }

    @Property(tries = 120)
    void mutatedFilesThroughAnAuthenticatedSessionGiveFindingsNotExceptions(@ForAll("mutations") Mutation m)
            throws Exception {
        ResidentCard c = card();
        byte[] original = c.file(m.file());
        byte[] hostile = m.apply(original);
        c.overwriteFile(m.file(), hostile);
        try {
            // CPU time of this thread, not wall time: the bound catches runaway parsing, not a loaded machine
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long start = threads.getCurrentThreadCpuTime();
            ChipReadResult r = reader.read(c.channel(), AccessKey.can(c.can()));
            long cpu = threads.getCurrentThreadCpuTime() - start;
            assertTrue(cpu < 1_000_000_000L, "read took " + cpu / 1_000_000 + " ms of CPU");
            assertTrue(r.accessControl().startsWith("PACE"), r.accessControl());
            // What was read may differ from what is stored (the reader reads the declared length only); a data
            // group read with other bytes than signed must never pass. EF.COM is not signed (ICAO 9303-10).
            boolean readChanged = r.file(m.file()).map(b -> !Arrays.equals(original, b.toByteArray())).orElse(false);
            if (readChanged && m.file() != LdsFile.COM) {
                assertFalse(r.authentic(), "a changed " + m.file() + " must not pass passive authentication");
            }
            if (r.file(m.file()).isEmpty()) {
                assertTrue(r.findings().stream().anyMatch(f -> f.code().startsWith("DG_")
                        || f.code().startsWith("SOD_")), "an unread " + m.file() + " without a finding");
            }
            if (r.file(m.file()).isPresent() && parsed(r, m.file()).isEmpty() && m.file() != LdsFile.SOD) {
                assertTrue(r.findings().stream().anyMatch(f -> f.code().equals("DG_MALFORMED")), r.toString());
            }
        } finally {
            c.overwriteFile(m.file(), original);
        }
    }

    private static Optional<?> parsed(ChipReadResult r, LdsFile file) {
        return switch (file) {
            case COM -> r.com();
            case DG1 -> r.dg1();
            case DG2 -> r.dg2();
            case DG11 -> r.dg11();
            case DG12 -> r.dg12();
            case DG13 -> r.dg13();
            case DG14 -> r.dg14();
            case DG15 -> r.dg15();
            default -> Optional.empty();
        };
    }

    /** Unauthenticated garbage: access control fails with its documented exception, nothing else escapes. */
    @Property(tries = 300)
    void garbageAnswersGiveOnlyDocumentedErrors(@ForAll long seed, @ForAll @IntRange(min = 0, max = 3) int mode) {
        Random random = new Random(seed);
        ApduChannel hostile = new ApduChannel() {
            @Override
            public ResponseApdu transmit(CommandApdu command) {
                int length = random.nextInt(mode == 0 ? 4 : 120);
                byte[] data = new byte[length];
                random.nextBytes(data);
                if (mode == 1 && length > 0) {
                    data[0] = (byte) (random.nextBoolean() ? 0x31 : 0x7C);
                }
                int[] sws = {0x9000, 0x6282, 0x6982, 0x6A82, 0x6300, 0x6987, 0x9000};
                int sw = mode == 3 ? 0x9000 : sws[random.nextInt(sws.length)];
                byte[] out = new byte[length + 2];
                System.arraycopy(data, 0, out, 0, length);
                out[length] = (byte) (sw >>> 8);
                out[length + 1] = (byte) sw;
                return ResponseApdu.parse(out);
            }

            @Override
            public byte[] atr() {
                return new byte[] {0x3B, 0x00};
            }

            @Override
            public void close() {
            }
        };
        try {
            ChipReader.builder().build().read(hostile, random.nextBoolean() ? AccessKey.can("123456")
                    : AccessKey.mrz("L898902C", java.time.LocalDate.of(1969, 8, 6),
                            java.time.LocalDate.of(1994, 6, 23)));
        } catch (AccessControlException | ChipReadException expected) {
            // documented outcomes
        }
    }
}
