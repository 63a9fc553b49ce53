package io.residentid.pcsc.icao;

import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import io.residentid.pcsc.transport.ApduChannel;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.Random;

/** A card answering garbage never makes the reader throw anything but its documented exceptions. */
class HostileCardProperties {

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
                    : AccessKey.mrz("L898902C", java.time.LocalDate.of(1969, 8, 6), java.time.LocalDate.of(1994, 6, 23)));
        } catch (AccessControlException | ChipReadException expected) {
            // documented outcomes
        }
    }
}
