package io.residentid.examples.cli.card;

import io.residentid.core.report.Messages;
import io.residentid.examples.cli.CliCommand;
import io.residentid.examples.cli.CliException;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.ExitCodes;
import io.residentid.examples.cli.VpcdOptions;
import io.residentid.emulator.DemoResidentCard;
import io.residentid.emulator.ResidentCard;
import io.residentid.emulator.ResidentPersona;
import io.residentid.emulator.VirtualCard;
import io.residentid.emulator.VpcdClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import org.bouncycastle.cert.X509CertificateHolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code resident-id card emulate [--vpcd HOST:PORT] [--persona FILE | --profile NAME] [--export-trust DIR]}: runs an
 * emulated card as a vpcd client so that pcscd shows it in the reader "Virtual PCD 00 00", until interrupted.
 * Reconnects when vpcd restarts.
 *
 * <p>By default (or with {@code --persona}) the card is an emulated resident card (ICAO eMRTD with BAC/PACE + PKI
 * applet) personalised with fresh test keys; its MRZ and CAN are printed so that any eMRTD reader can open it.
 * {@code --profile demo} serves the smart-card layer's simple demo card (files, PIN-protected applet) instead.
 */
@Command(name = "emulate", mixinStandardHelpOptions = true,
        description = {"Run an emulated card as a vsmartcard-vpcd client until interrupted (Ctrl-C).",
                "Default: an emulated resident card (ICAO eMRTD + PKI applet); prints its MRZ and CAN (test data)."})
final class CardEmulateCommand extends CliCommand {

    static final Messages MESSAGES = Messages.forPackageOf(CardEmulateCommand.class);
    static final String RESIDENT_PROFILE = "resident";

    @Mixin
    VpcdOptions vpcd = new VpcdOptions();

    @Option(names = "--persona", paramLabel = "FILE",
            description = "Persona JSON for the resident card (default: a built-in demo resident).")
    Path persona;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Card profile: resident (the emulated resident card; default) or demo (the simple demo "
                    + "card with files and a PIN-protected applet).")
    String profile;

    @Option(names = "--export-trust", paramLabel = "DIR",
            description = "Resident card: write csca.pem and national-ca.pem here.")
    Path exportTrust;

    @Option(names = "--no-vpcd", description = "Only personalise, print and export; do not connect to vpcd.")
    boolean noVpcd;

    @Override
    public Integer call() throws Exception {
        CliOutput out = output();
        String[] hostPort = parseHostPort(out, vpcd.address());
        String name = profile == null ? RESIDENT_PROFILE : profile;
        VirtualCard card;
        if (RESIDENT_PROFILE.equals(name)) {
            card = resident(out);
        } else if (DemoResidentCard.PROFILE_NAME.equals(name) || "demo-resident-card".equals(name)) {
            if (persona != null || exportTrust != null) {
                throw CliException.usage(out.text(MESSAGES, "emulate.residentOnly"));
            }
            card = DemoResidentCard.create();
            name = DemoResidentCard.PROFILE_NAME;
            out.line(MESSAGES, "emulate.testData", String.valueOf(DemoResidentCard.demoPin()),
                    String.valueOf(DemoResidentCard.demoPuk()));
        } else {
            throw CliException.usage(out.text(MESSAGES, "emulate.unknownProfile", name));
        }
        if (noVpcd) {
            return ExitCodes.OK;
        }
        return serve(out, card, name, hostPort);
    }

    private ResidentCard resident(CliOutput out) throws IOException {
        ResidentPersona p;
        byte[] face = null;
        if (persona == null) {
            p = ResidentPersona.demo();
        } else {
            try {
                p = ResidentPersona.read(persona);
                if (p.faceImage() != null) {
                    face = Files.readAllBytes(persona.toAbsolutePath().getParent().resolve(p.faceImage()));
                }
            } catch (IOException | RuntimeException e) {
                throw CliException.usage(out.text(MESSAGES, "emulate.badPersona", persona, out.reason(e)));
            }
        }
        ResidentCard card = ResidentCard.builder(p).faceImage(face).build();
        out.line(MESSAGES, "emulate.mrz");
        for (String line : card.mrzLines()) {
            out.raw(line);
        }
        out.line(MESSAGES, "emulate.can", card.can());
        out.line(MESSAGES, "emulate.testData", p.pin(), p.puk());
        if (exportTrust != null) {
            Files.createDirectories(exportTrust);
            Files.writeString(exportTrust.resolve("csca.pem"), pem(card.csca()), StandardCharsets.US_ASCII);
            Files.writeString(exportTrust.resolve("national-ca.pem"), pem(card.nationalCa()),
                    StandardCharsets.US_ASCII);
            out.line(MESSAGES, "emulate.exported", exportTrust);
        }
        return card;
    }

    private Integer serve(CliOutput out, VirtualCard card, String name, String[] hostPort)
            throws InterruptedException {
        VpcdClient client = VpcdClient.builder(card).host(hostPort[0]).port(Integer.parseInt(hostPort[1]))
                .reconnect(true).start();
        out.line(MESSAGES, "emulate.started", name, hostPort[0] + ":" + hostPort[1],
                HexFormat.of().withUpperCase().formatHex(card.atr()));
        out.out().flush();
        vpcd.serve(client, "resident-id-emulator-shutdown", () -> {
            out.err().println(out.text(MESSAGES, "emulate.waiting", hostPort[0] + ":" + hostPort[1],
                    client.lastError() == null ? "-" : client.lastError().getMessage()));
            out.err().flush();
        });
        out.line(MESSAGES, "emulate.stopped", card.commandCount());
        return ExitCodes.OK;
    }

    private static String[] parseHostPort(CliOutput out, String value) {
        int colon = value.lastIndexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            throw CliException.usage(out.text(MESSAGES, "emulate.badVpcd", value));
        }
        String host = value.substring(0, colon);
        String port = value.substring(colon + 1);
        try {
            int p = Integer.parseInt(port);
            if (p < 1 || p > 65535) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw CliException.usage(out.text(MESSAGES, "emulate.badVpcd", value));
        }
        return new String[] {host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1)
                : host, port};
    }

    static String pem(X509CertificateHolder cert) throws IOException {
        String b64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(cert.getEncoded());
        return "-----BEGIN CERTIFICATE-----\n" + b64 + "\n-----END CERTIFICATE-----\n";
    }
}
