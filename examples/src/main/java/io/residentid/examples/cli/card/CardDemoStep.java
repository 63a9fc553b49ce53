package io.residentid.examples.cli.card;

import io.residentid.core.report.DigitPolicy;
import io.residentid.core.report.Messages;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.DemoContext;
import io.residentid.examples.cli.DemoStep;
import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import io.residentid.emulator.DemoResidentCard;
import io.residentid.emulator.SoftCard;
import io.residentid.pcsc.pin.PinPolicy;
import io.residentid.pcsc.pin.PinResult;
import io.residentid.pcsc.pin.PinService;
import io.residentid.pcsc.pin.PinStatus;
import io.residentid.pcsc.transport.ApduChannel;
import io.residentid.pcsc.transport.ApduTrace;
import io.residentid.pcsc.transport.ForwardingApduChannel;
import io.residentid.pcsc.transport.TransmissionRules;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Demo step: the demo resident card emulated in-process. SELECT, read a file larger than 255 bytes, ask the
 * remaining PIN tries, a wrong PIN, the right PIN, read the PIN-protected data; every APDU shown with its status
 * word's meaning (PIN data redacted).
 */
public final class CardDemoStep implements DemoStep {

    static final Messages MESSAGES = Messages.forPackageOf(CardDemoStep.class);

    @Override
    public String title(Locale locale) {
        return MESSAGES.get(locale, "demo.title");
    }

    @Override
    public boolean run(CliOutput out, DemoContext context) {
        SoftCard card = DemoResidentCard.create();
        out.line(MESSAGES, "demo.atr", HexFormat.of().withUpperCase().formatHex(card.atr()));
        ApduChannel channel = TransmissionRules.builder().extendedLength(true).build()
                .wrap(new Printing(card.channel(), out));
        boolean ok = true;

        out.line(MESSAGES, "demo.readFile");
        ok &= channel.transmit(CommandApdu.builder(0xA4).p1(0x08).p2(0x0C)
                .data(new byte[] {0x50, 0x00, 0x50, 0x01}).build()).isSuccess();
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        while (content.size() < DemoResidentCard.DATA_FILE_SIZE) {
            int offset = content.size();
            ResponseApdu r = channel.transmit(CommandApdu.builder(0xB0).p1(offset >>> 8).p2(offset & 0xFF)
                    .ne(256).build());
            if (!r.isSuccess() || r.nr() == 0) {
                ok = false;
                break;
            }
            content.writeBytes(r.data());
        }
        boolean sameContent = Arrays.equals(DemoResidentCard.dataFileContent(), content.toByteArray());
        ok &= sameContent;
        out.line(MESSAGES, "demo.fileRead", content.size());

        out.line(MESSAGES, "demo.selectApplet");
        ok &= channel.transmit(CommandApdu.builder(0xA4).p1(0x04).p2(0x0C).data(DemoResidentCard.appletAid())
                .build()).isSuccess();
        PinService pins = new PinService(channel, PinPolicy.standard());
        PinStatus status = pins.status(DemoResidentCard.PIN);
        out.line(MESSAGES, "demo.tries", status.triesLeft());
        ok &= status.triesLeft() == DemoResidentCard.PIN_TRIES;

        char[] wrong = "000000".toCharArray();
        char[] right = DemoResidentCard.demoPin();
        try {
            out.line(MESSAGES, "demo.wrongPin");
            PinResult w = pins.verify(DemoResidentCard.PIN, wrong);
            out.line(MESSAGES, "demo.wrongPinResult", w.triesLeft());
            ok &= w.status() == PinResult.Status.WRONG_PIN && w.triesLeft() == DemoResidentCard.PIN_TRIES - 1;

            out.line(MESSAGES, "demo.rightPin");
            PinResult r = pins.verify(DemoResidentCard.PIN, right);
            out.line(MESSAGES, r.isSuccess() ? "demo.rightPinResult" : "demo.unexpected");
            ok &= r.isSuccess();
        } finally {
            Arrays.fill(wrong, '\0');
            Arrays.fill(right, '\0');
        }

        ResponseApdu secret = channel.transmit(CommandApdu.builder(DemoResidentCard.INS_READ_PROTECTED).cla(0x80)
                .p1(0x01).ne(256).build());
        ok &= secret.isSuccess();
        out.line(MESSAGES, "demo.protected", new String(secret.data(), StandardCharsets.US_ASCII));
        out.line(MESSAGES, ok ? "demo.ok" : "demo.unexpected");
        return ok;
    }

    /** Prints each exchange: the command (PIN data redacted) and the status word with its meaning. */
    private static final class Printing extends ForwardingApduChannel {
        private final CliOutput out;

        Printing(ApduChannel inner, CliOutput out) {
            super(inner);
            this.out = out;
        }

        @Override
        public ResponseApdu transmit(CommandApdu command) {
            ResponseApdu r = inner.transmit(command);
            // Hex keeps its digits under --digits arab; only the counts and the redaction marker follow the policy.
            out.line(MESSAGES, "demo.apdu", DigitPolicy.verbatim(ApduTrace.describe(command, out.locale())), r.nr(),
                    DigitPolicy.verbatim(String.format("%04X", r.sw())), r.statusWord().meaning(out.locale()));
            return r;
        }
    }
}
