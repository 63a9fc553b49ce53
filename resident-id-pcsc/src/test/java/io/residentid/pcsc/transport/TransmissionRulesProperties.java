package io.residentid.pcsc.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import io.residentid.pcsc.apdu.StatusWord;
import java.io.ByteArrayOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class TransmissionRulesProperties {

    @Property(tries = 200)
    void chainedPiecesRespectTheLimitAndReassembleTheData(@ForAll @IntRange(min = 1, max = 3000) int size,
                                                          @ForAll @IntRange(min = 1, max = 255) int limit,
                                                          @ForAll @IntRange(min = 0, max = 65536) int ne,
                                                          @ForAll boolean extended) {
        byte[] data = new byte[size];
        for (int i = 0; i < size; i++) {
            data[i] = (byte) (i * 31);
        }
        ScriptedChannel card = new ScriptedChannel(c -> ResponseApdu.of(StatusWord.OK));
        TransmissionRules rules = TransmissionRules.builder().extendedLength(extended).maxCommandData(limit).build();
        rules.wrap(card).transmit(CommandApdu.builder(0xD6).data(data).ne(ne).build());
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (int i = 0; i < card.sent.size(); i++) {
            CommandApdu piece = card.sent.get(i);
            boolean last = i == card.sent.size() - 1;
            assertTrue(piece.nc() <= limit);
            assertEquals(!last, piece.isChained());
            assertTrue(extended || !piece.isExtended(), "no extended length for a card without it");
            if (!last) {
                assertEquals(0, piece.ne());
            }
            joined.writeBytes(card.sentData.get(i));
        }
        assertArrayEquals(data, joined.toByteArray());
        assertEquals((size + limit - 1) / limit, card.sent.size());
    }
}
