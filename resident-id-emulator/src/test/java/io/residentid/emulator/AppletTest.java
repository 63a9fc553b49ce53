package io.residentid.emulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import io.residentid.pcsc.apdu.SecureMessagingIndication;
import io.residentid.pcsc.apdu.StatusWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Applets see commands first and can delegate unwrapped commands to the card's ISO handling. */
class AppletTest {

    /** A stand-in for a secure-messaging applet: "unwraps" by clearing the SM bits, delegates, counts. */
    static final class FakeSmApplet implements Applet {
        final List<String> events = new ArrayList<>();
        final DedicatedFile files = DedicatedFile.named(0x0100, new byte[] {(byte) 0xA0, 0, 0, 2, 0x47, 0x10, 1})
                .add(ElementaryFile.transparent(0x0101, new byte[] {0x61, 0x03, 0x5F, 0x1F, 0x00}).withShortId(1));

        @Override
        public byte[] aid() {
            return new byte[] {(byte) 0xA0, 0, 0, 2, 0x47, 0x10, 1};
        }

        @Override
        public Optional<DedicatedFile> files() {
            return Optional.of(files);
        }

        @Override
        public void onSelect(CardContext context) {
            events.add("select");
        }

        @Override
        public void onDeselect() {
            events.add("deselect");
        }

        @Override
        public ResponseApdu process(CommandApdu command, CardContext context) {
            if (command.secureMessaging() == SecureMessagingIndication.NONE) {
                return null;
            }
            CommandApdu plain = command.toBuilder().secureMessaging(SecureMessagingIndication.NONE).build();
            ResponseApdu inner = context.processIso(plain);
            events.add("sm " + Integer.toHexString(inner.sw()));
            return inner;
        }
    }

    @Test
    void appletDelegatesUnwrappedCommandsAndSeesSelection() {
        FakeSmApplet applet = new FakeSmApplet();
        SoftCard card = SoftCard.builder().applet(applet).build();
        assertEquals(0x9000, card.process(CommandApdu.builder(0xA4).p1(4).p2(0x0C).data(applet.aid()).build()).sw());
        ResponseApdu r = card.process(CommandApdu.builder(0xB0).cla(0x0C).p1(0x81).ne(256).build());
        assertArrayEquals(new byte[] {0x61, 0x03, 0x5F, 0x1F, 0x00}, r.data());
        assertEquals(0x9000, card.process(CommandApdu.builder(0xB0).p1(0x81).ne(256).build()).sw(),
                "plain commands fall through to the card");
        assertEquals(0x9000, card.process(CommandApdu.builder(0xA4).p1(0).p2(0x0C).data(new byte[] {0x3F, 0}).build())
                .sw());
        assertEquals(List.of("select", "sm 9000", "deselect"), applet.events);
        assertEquals(StatusWord.SECURE_MESSAGING_NOT_SUPPORTED,
                card.process(CommandApdu.builder(0xB0).cla(0x0C).ne(1).build()).statusWord(),
                "without the applet, SM is not understood");
        assertTrue(applet.files.elementaryFile(0x0101).isPresent());
        assertArrayEquals(new byte[] {0x5F, 0x1F}, applet.files.elementaryFile(0x0101).get().read(2, 2));
    }
}
