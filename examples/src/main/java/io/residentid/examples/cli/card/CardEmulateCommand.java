package io.residentid.examples.cli.card;

import io.residentid.core.report.Messages;
import io.residentid.examples.cli.CliException;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.ExitCodes;
import io.residentid.examples.cli.ResidentIdCli;
import io.residentid.pcsc.emulator.DemoResidentCard;
import io.residentid.pcsc.emulator.SoftCard;
import io.residentid.pcsc.emulator.VpcdClient;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code resident-id card emulate [--vpcd HOST:PORT] [--profile NAME]}: runs the software card as a vpcd client so
 * that pcscd shows it in the reader "Virtual PCD 00 00", until interrupted. Reconnects when vpcd restarts.
 */
@Command(name = "emulate", mixinStandardHelpOptions = true,
        description = "Run the software card as a vsmartcard-vpcd client until interrupted (Ctrl-C).")
final class CardEmulateCommand implements Callable<Integer> {

    static final Messages MESSAGES = Messages.forPackageOf(CardEmulateCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--vpcd", paramLabel = "HOST:PORT", defaultValue = "localhost:35963",
            description = "Where vpcd listens (default: ${DEFAULT-VALUE}).")
    String vpcd;

    @Option(names = "--profile", paramLabel = "NAME", defaultValue = DemoResidentCard.PROFILE_NAME,
            description = "Card profile: demo (the demo resident card; default).")
    String profile;

    /** For tests and scripts: stop after this many seconds instead of waiting for an interrupt. */
    @Option(names = "--stop-after", hidden = true, paramLabel = "SECONDS")
    Integer stopAfter;

    @Override
    public Integer call() throws Exception {
        CliOutput out = ResidentIdCli.output(spec);
        String[] hostPort = parseHostPort(out, vpcd);
        SoftCard card = profile(out, profile);
        VpcdClient client = VpcdClient.builder(card).host(hostPort[0]).port(Integer.parseInt(hostPort[1]))
                .reconnect(true).start();
        Thread hook = new Thread(client::close, "resident-id-emulator-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            out.line(MESSAGES, "emulate.started", profile, hostPort[0] + ":" + hostPort[1],
                    HexFormat.of().withUpperCase().formatHex(card.atr()));
            out.line(MESSAGES, "emulate.testData", String.valueOf(DemoResidentCard.demoPin()),
                    String.valueOf(DemoResidentCard.demoPuk()));
            if (!client.awaitConnected(Duration.ofSeconds(5))) {
                out.err().println(out.text(MESSAGES, "emulate.waiting", hostPort[0] + ":" + hostPort[1],
                        client.lastError() == null ? "-" : client.lastError().getMessage()));
                out.err().flush();
            }
            if (stopAfter != null) {
                Thread.sleep(Math.max(0, stopAfter) * 1000L);
            } else {
                client.join();
            }
        } finally {
            client.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down already: the hook runs anyway
            }
        }
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

    private static SoftCard profile(CliOutput out, String name) {
        if (DemoResidentCard.PROFILE_NAME.equals(name) || "demo-resident-card".equals(name)) {
            return DemoResidentCard.create();
        }
        throw CliException.usage(out.text(MESSAGES, "emulate.unknownProfile", name));
    }
}
