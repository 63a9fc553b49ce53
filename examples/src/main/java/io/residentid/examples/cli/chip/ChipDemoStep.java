package io.residentid.examples.cli.chip;

import io.residentid.core.pki.TrustStore;
import io.residentid.core.report.Messages;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.DemoContext;
import io.residentid.examples.cli.DemoStep;
import io.residentid.emulator.ResidentCard;
import io.residentid.pcsc.icao.AccessKey;
import io.residentid.pcsc.icao.ChipReadException;
import io.residentid.pcsc.icao.ChipReadResult;
import io.residentid.pcsc.icao.ChipReader;
import io.residentid.pcsc.icao.ChipSession;
import io.residentid.core.report.Verdict;
import io.residentid.pcsc.pkiapplet.HolderAuthenticationResult;
import io.residentid.pcsc.pkiapplet.HolderAuthenticator;
import io.residentid.pcsc.transport.ApduChannel;
import io.residentid.pcsc.transport.CardTransportException;
import io.residentid.pcsc.transport.TransmissionRules;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Demo step: personalise an emulated resident card, read its chip with PACE (CAN), verify it (passive, active, chip
 * authentication) and authenticate the holder with the PIN. The card is read through pcscd + vsmartcard-vpcd when
 * a pcscd with the "Virtual PCD" reader answers (a bounded check), in-process otherwise; the step says which.
 */
public final class ChipDemoStep implements DemoStep {

    static final Messages MESSAGES = Messages.forPackageOf(ChipDemoStep.class);

    private final Path pcscdSocket;

    /** The step, looking for pcscd on its usual socket. */
    public ChipDemoStep() {
        this(PcscdRoute.daemonSocket());
    }

    ChipDemoStep(Path pcscdSocket) {
        this.pcscdSocket = pcscdSocket;
    }

    @Override
    public String title(Locale locale) {
        return MESSAGES.get(locale, "demo.title");
    }

    @Override
    public boolean run(CliOutput out, DemoContext context) throws Exception {
        ResidentCard card = ResidentCard.demo();
        out.line(MESSAGES, "demo.personalised", card.can());
        for (String line : card.mrzLines()) {
            out.raw("  " + line);
        }
        TrustStore trust = TrustStore.of(List.of(card.csca(), card.nationalCa()));
        PcscdRoute.Outcome outcome = PcscdRoute.open(card, pcscdSocket);
        if (outcome.route() != null) {
            try (PcscdRoute route = outcome.route()) {
                out.line(MESSAGES, "demo.route.pcscd", outcome.detail());
                return readAndAuthenticate(out, trust, card, route.channel());
            } catch (CardTransportException | ChipReadException e) {
                // The code, not the class name: a code reads the same in every language.
                out.line(MESSAGES, "demo.route.failed", e.code());
                card.reset();
            }
        } else {
            out.line(MESSAGES, outcome.reasonKey(), outcome.detail());
        }
        return readAndAuthenticate(out, trust, card, TransmissionRules.forAtr(card.atr()).wrap(card.channel()));
    }

    /** The holder's sex from DG1, so that the Arabic sentence about the holder agrees; {@code null} if unreadable. */
    private static io.residentid.core.model.Sex holderSex(ChipReadResult r) {
        try {
            return r.dg1().map(d -> io.residentid.core.mrz.Mrz.parse(d.mrz()).sex()).orElse(null);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /** A verdict name in the demo's language; in Arabic it agrees with the feminine "authentication". */
    private static String verdict(CliOutput out, String name) {
        return MESSAGES.get(out.locale(), "verdict." + name);
    }

    private static boolean readAndAuthenticate(CliOutput out, TrustStore trust, ResidentCard card,
            ApduChannel channel) throws Exception {
        // The session stays open after the read so that the PIN goes under the same secure messaging.
        try (ChipSession session = ChipReader.builder().trustStore(trust).build()
                .readAndKeepSession(channel, AccessKey.can(card.can()))) {
            ChipReadResult r = session.result();
            out.line(MESSAGES, "demo.read", r.accessControl(), r.transfer().apdus(), r.transfer().readBinary(),
                    r.transfer().bytes(), r.transfer().millis());
            out.line(MESSAGES, "demo.name", r.dg11().map(d -> d.fullName()).orElse("-"));
            out.line(MESSAGES, "demo.face", r.dg2().map(d -> d.faces().get(0).format().name()).orElse("-"),
                    r.dg2().map(d -> d.faces().get(0).image().length()).orElse(0));
            out.line(MESSAGES, "demo.verdicts", verdict(out, r.passiveAuthentication().name()),
                    verdict(out, ChipJson.status(r.activeAuthentication())),
                    verdict(out, ChipJson.status(r.chipAuthentication())));
            char[] pin = "123456".toCharArray();
            HolderAuthenticationResult h;
            try {
                h = HolderAuthenticator.builder().trustStore(trust).build().authenticate(session.channel(), pin);
            } finally {
                Arrays.fill(pin, '\0');
            }
            out.line(MESSAGES, "demo.holder", h.status(), holderSex(r));
            return r.passiveAuthentication() == Verdict.VALID
                    && r.activeAuthentication().equals(Optional.of(Verdict.VALID))
                    && r.chipAuthentication().equals(Optional.of(Verdict.VALID))
                    && h.status() == HolderAuthenticationResult.Status.AUTHENTICATED;
        }
    }
}
