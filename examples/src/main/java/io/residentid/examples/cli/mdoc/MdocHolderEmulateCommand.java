package io.residentid.examples.cli.mdoc;

import io.residentid.emulator.ResidentPersona;
import io.residentid.emulator.VpcdClient;
import io.residentid.emulator.mdoc.ConsentPolicy;
import io.residentid.emulator.mdoc.EmulatedPhone;
import io.residentid.emulator.mdoc.MdocNfcCard;
import io.residentid.examples.cli.CliCommand;
import io.residentid.examples.cli.CliException;
import io.residentid.examples.cli.CliFiles;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.ExitCodes;
import io.residentid.examples.cli.VpcdOptions;
import io.residentid.mdoc.response.DeviceAuthMethod;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code mdoc holder-emulate [--persona FILE] [--vpcd HOST:PORT] [--export-iaca FILE]}: an emulated phone holding
 * the persona's mDL and resident mdoc, served as a contactless card through vsmartcard-vpcd so that
 * {@code mdoc read} works through pcscd; runs until interrupted.
 */
@Command(name = "holder-emulate", mixinStandardHelpOptions = true,
        description = "Serve an emulated mdoc holder (mDL + resident mdoc) as a vpcd card until interrupted.")
final class MdocHolderEmulateCommand extends CliCommand {

    @Option(names = "--persona", paramLabel = "FILE", description = "Persona JSON (default: the built-in demo resident).")
    Path persona;

    @Mixin
    VpcdOptions vpcdOptions = new VpcdOptions();

    @Option(names = "--export-iaca", paramLabel = "FILE", description = "Write the test IACA certificate (PEM) here.")
    Path exportIaca;

    @Option(names = "--no-vpcd", description = "Only issue and export; do not connect to vpcd.")
    boolean noVpcd;

    @Override
    public Integer call() throws Exception {
        CliOutput out = output();
        String vpcd = vpcdOptions.address();
        ResidentPersona p;
        try {
            p = persona == null ? ResidentPersona.demo() : ResidentPersona.read(persona);
        } catch (IOException | RuntimeException e) {
            throw CliException.usage(out.text(MdocFiles.MESSAGES, "mdoc.badPersona", persona));
        }
        int colon = vpcd.lastIndexOf(':');
        int port;
        try {
            port = Integer.parseInt(vpcd.substring(colon + 1));
            if (colon <= 0 || port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw CliException.usage(out.text(MdocFiles.MESSAGES, "mdoc.badVpcd", vpcd));
        }
        EmulatedPhone phone = EmulatedPhone.create(p, ConsentPolicy.releaseAll(), DeviceAuthMethod.MAC);
        if (exportIaca != null) {
            String pem = "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'})
                    .encodeToString(phone.pki().iaca().getEncoded()) + "\n-----END CERTIFICATE-----\n";
            CliFiles.write(out, exportIaca, pem.getBytes(StandardCharsets.US_ASCII));
        }
        out.line(MdocFiles.MESSAGES, "mdoc.emulate.issued", phone.pki().iaca().getSubject());
        if (noVpcd) {
            return ExitCodes.OK;
        }
        MdocNfcCard card = new MdocNfcCard(phone.holder(), 1024);
        VpcdClient client = VpcdClient.builder(card).host(vpcd.substring(0, colon)).port(port).reconnect(true)
                .start();
        out.line(MdocFiles.MESSAGES, "mdoc.emulate.started", vpcd);
        vpcdOptions.serve(client, "resident-id-mdoc-holder-shutdown", () -> {
            out.err().println(out.text(MdocFiles.MESSAGES, "mdoc.emulate.waiting", vpcd));
            out.err().flush();
        });
        out.line(MdocFiles.MESSAGES, "mdoc.emulate.stopped", card.commandCount());
        return ExitCodes.OK;
    }
}
