package io.residentid.emulator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class SoftCardProperties {

    private final SoftCard card = DemoResidentCard.create();

    @Property(tries = 500)
    void anyBytesGetAStatusWordNeverAnException(@ForAll @Size(max = 64) byte[] command) {
        ResponseApdu r = ResponseApdu.parse(card.process(command));
        assertTrue(r.sw() >= 0x6100);
    }

    @Property(tries = 300)
    void anyWellFormedCommandGetsAResponseWithinNe(@ForAll @IntRange(min = 0, max = 0xFF) int ins,
                                                  @ForAll @IntRange(min = 0, max = 0xFF) int p1,
                                                  @ForAll @IntRange(min = 0, max = 0xFF) int p2,
                                                  @ForAll @Size(max = 20) byte[] data,
                                                  @ForAll @IntRange(min = 0, max = 300) int ne) {
        if ((ins & 0xF0) == 0x60 || (ins & 0xF0) == 0x90) {
            return;
        }
        CommandApdu c = CommandApdu.builder(ins).p1(p1).p2(p2).data(data).ne(ne).build();
        ResponseApdu r = card.process(c);
        assertTrue(ne == 0 || r.nr() <= ne, () -> c + " -> " + r);
    }

    @Property(tries = 200)
    void randomOddReadOffsetsNeverBreakTheCard(@ForAll @IntRange(min = 0, max = 0xFFFFFF) int offset,
                                              @ForAll @IntRange(min = 1, max = 65536) int ne) {
        card.process(CommandApdu.builder(0xA4).p1(0x08).p2(0x0C).data(new byte[] {0x50, 0x00, 0x50, 0x02}).build());
        ResponseApdu r = card.process(CommandApdu.builder(0xB1).data(new byte[] {0x54, 0x03, (byte) (offset >>> 16),
            (byte) (offset >>> 8), (byte) offset}).ne(ne).build());
        assertTrue(r.nr() <= ne, () -> offset + "/" + ne + " -> " + r);
        assertTrue(r.isSuccess() || r.sw() == 0x6B00 || r.sw() == 0x6282 || r.sw() == 0x6700, r::toString);
    }
}
