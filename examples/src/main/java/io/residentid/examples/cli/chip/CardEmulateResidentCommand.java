package io.residentid.examples.cli.chip;

import io.residentid.core.report.Messages;
import io.residentid.examples.cli.CliException;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.ExitCodes;
import io.residentid.examples.cli.ResidentIdCli;
import io.residentid.pcsc.emulator.ResidentCard;
import io.residentid.pcsc.emulator.VpcdClient;
import io.residentid.pcsc.emulator.ResidentPersona;
import org.bouncycastle.cert.X509CertificateHolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.Callable;

/**
 * {@code resident-id card emulate-resident [--vpcd HOST:PORT] [--persona FILE] [--export-trust DIR]}: personalises
 * an emulated resident card (ICAO applet with BAC/PACE + PKI applet) and serves it to pcscd through vpcd. Prints
 * the card's MRZ and CAN (test data) so that any eMRTD reader can open it.
 */
@Command(name = "emulate-resident", mixinStandardHelpOptions = true,
        description = {"Personalise an emulated resident card (ICAO eMRTD + PKI applet) and serve it through "
                + "vsmartcard-vpcd until interrupted.", "Prints the card's MRZ and CAN (test data)."})
public final class CardEmulateResidentCommand implements Callable<Integer> {

    static final Messages MESSAGES = Messages.forPackageOf(CardEmulateResidentCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--vpcd", paramLabel = "HOST:PORT", defaultValue = "localhost:35963",
            description = "Where vpcd listens (default: ${DEFAULT-VALUE}).")
    String vpcd;

    @Option(names = "--persona", paramLabel = "FILE", description = "Persona JSON (default: a built-in demo resident).")
    Path persona;

    @Option(names = "--export-trust", paramLabel = "DIR", description = "Write csca.pem and national-ca.pem here.")
    Path exportTrust;

    @Option(names = "--no-vpcd", description = "Only personalise, print and export; do not connect to vpcd.")
    boolean noVpcd;

    @Option(names = "--stop-after", hidden = true, paramLabel = "SECONDS")
    Integer stopAfter;

    @Override
    public Integer call() throws Exception {
        CliOutput out = ResidentIdCli.output(spec);
        ResidentPersona p;
        byte[] face = null;
        if (persona == null) {
            p = ResidentPersona.demo();
        } else {
            try {
                p = ResidentPersona.read(persona);
                if (p.faceImage() != null) {
                    Path image = persona.toAbsolutePath().getParent().resolve(p.faceImage());
                    face = Files.readAllBytes(image);
                }
            } catch (IOException | RuntimeException e) {
                throw CliException.usage(out.text(MESSAGES, "emulate.badPersona", persona, e.getMessage()));
            }
        }
        ResidentCard card = ResidentCard.builder(p).faceImage(face).build();
        out.line(MESSAGES, "emulate.mrz");
        for (String line : card.mrzLines()) {
            out.raw(line);
        }
        out.line(MESSAGES, "emulate.can", card.can());
        out.line(MESSAGES, "emulate.testData");
        if (exportTrust != null) {
            Files.createDirectories(exportTrust);
            Files.writeString(exportTrust.resolve("csca.pem"), pem(card.csca()), StandardCharsets.US_ASCII);
            Files.writeString(exportTrust.resolve("national-ca.pem"), pem(card.nationalCa()),
                    StandardCharsets.US_ASCII);
            out.line(MESSAGES, "emulate.exported", exportTrust);
        }
        if (noVpcd) {
            return ExitCodes.OK;
        }
        int colon = vpcd.lastIndexOf(':');
        int port;
        try {
            port = Integer.parseInt(vpcd.substring(colon + 1));
        } catch (RuntimeException e) {
            throw CliException.usage(out.text(MESSAGES, "emulate.badVpcd", vpcd));
        }
        if (colon <= 0 || port < 1 || port > 65535) {
            throw CliException.usage(out.text(MESSAGES, "emulate.badVpcd", vpcd));
        }
        VpcdClient bridge = VpcdClient.builder(card).host(vpcd.substring(0, colon)).port(port).reconnect(false)
                .start();
        if (!bridge.awaitConnected(java.time.Duration.ofSeconds(5))) {
            bridge.close();
            IOException e = bridge.lastError();
            throw CliException.environment(out.text(MESSAGES, "emulate.noVpcd", vpcd,
                    e == null ? "timeout" : e.getMessage()), e);
        }
        out.line(MESSAGES, "emulate.serving", vpcd);
        out.out().flush();
        try {
            if (stopAfter != null) {
                Thread.sleep(Math.max(0, stopAfter) * 1000L);
            } else {
                bridge.join();
            }
        } finally {
            bridge.close();
        }
        return ExitCodes.OK;
    }

    static String pem(X509CertificateHolder cert) throws IOException {
        String b64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(cert.getEncoded());
        return "-----BEGIN CERTIFICATE-----\n" + b64 + "\n-----END CERTIFICATE-----\n";
    }
}
