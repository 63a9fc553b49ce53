package io.residentid.examples.cli.chip;

import io.residentid.core.mrz.Mrz;
import io.residentid.core.mrz.MrzParseException;
import io.residentid.core.mrz.MrzParser;
import io.residentid.core.pki.PkiException;
import io.residentid.core.pki.TrustStore;
import io.residentid.core.report.Messages;
import io.residentid.examples.cli.CliCommand;
import io.residentid.examples.cli.CliException;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.ExitCodes;
import io.residentid.emulator.ResidentCard;
import io.residentid.pcsc.icao.AccessControlException;
import io.residentid.pcsc.icao.AccessKey;
import io.residentid.pcsc.icao.ChipReadException;
import io.residentid.pcsc.icao.ChipReadResult;
import io.residentid.pcsc.icao.ChipReader;
import io.residentid.pcsc.icao.ChipSession;
import io.residentid.pcsc.icao.FaceImage;
import io.residentid.pcsc.pkiapplet.HolderAuthenticationResult;
import io.residentid.pcsc.pkiapplet.HolderAuthenticator;
import io.residentid.pcsc.transport.ApduChannel;
import io.residentid.pcsc.transport.CardTransportException;
import io.residentid.pcsc.transport.Pcsc;
import io.residentid.pcsc.transport.PcscCard;
import io.residentid.pcsc.transport.Protocol;
import io.residentid.pcsc.transport.ReaderInfo;
import io.residentid.pcsc.transport.TransmissionRules;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code resident-id card read}: opens the chip with the MRZ or the CAN (PACE, BAC fallback), reads the data groups,
 * runs passive, active and chip authentication and optionally holder authentication with the PIN. Exit 0 only when
 * passive authentication passed.
 */
@Command(name = "read", mixinStandardHelpOptions = true,
        description = {"Read the chip of an identity card (ICAO eMRTD application) and verify it.",
            "Exit codes: 0 passive authentication passed, 1 not authentic or access denied, 2 usage, 3 no reader."})
public final class CardReadCommand extends CliCommand {

    static final Messages MESSAGES = Messages.forPackageOf(CardReadCommand.class);

    @Option(names = "--reader", paramLabel = "NAME", description = "PC/SC reader (default: the first with a card).")
    String reader;

    @Option(names = "--emulated", description = "Read a freshly personalised emulated resident card in-process "
            + "(its test CSCA and national CA are trusted automatically).")
    boolean emulated;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    KeyOptions key;

    static final class KeyOptions {
        @Option(names = "--mrz", paramLabel = "LINES", description = "The printed MRZ (lines separated by newlines).")
        String mrz;

        @Option(names = "--mrz-file", paramLabel = "FILE",
                description = "Read the MRZ lines from this file (- for stdin): not visible in the process list.")
        Path mrzFile;

        @ArgGroup(exclusive = false)
        Fields fields;

        @Option(names = "--can", paramLabel = "NNNNNN", arity = "0..1", fallbackValue = ASK,
                description = "The card access number printed on the card; without a value it is asked for "
                        + "without echo.")
        String can;

        @Option(names = "--can-file", paramLabel = "FILE",
                description = "Read the card access number from this file (- for stdin).")
        Path canFile;
    }

    /** {@code --can} without a value: ask on the console. */
    static final String ASK = "-";

    static final class Fields {
        @Option(names = "--document-number", required = true, paramLabel = "N",
                description = "The document number (with --birth and --expiry, instead of --mrz).")
        String documentNumber;
        @Option(names = "--birth", required = true, paramLabel = "YYMMDD",
                description = "The holder's date of birth as in the MRZ.")
        String birth;
        @Option(names = "--expiry", required = true, paramLabel = "YYMMDD",
                description = "The card's expiry date as in the MRZ.")
        String expiry;
    }

    @Option(names = "--trust", paramLabel = "FILE|DIR", arity = "1..*",
            description = "Trusted CSCA / national CA certificates (PEM or DER files, folders).")
    List<Path> trust = new ArrayList<>();

    @Option(names = "--face-out", paramLabel = "FILE", description = "Write the face image here.")
    Path faceOut;

    @Option(names = "--evidence-out", paramLabel = "DIR", description = "Write the chip evidence (exact bytes of every file read, active-authentication transcript, manifest with SHA-256) into this directory.")
    Path evidenceOut;

    @Option(names = "--pin-auth", description = "Also authenticate the holder with the PKI applet PIN "
            + "(read from the console without echo).")
    boolean pinAuth;

    @Option(names = "--pin-stdin", description = "With --pin-auth: read the PIN from stdin instead of the console.")
    boolean pinStdin;

    @Option(names = "--pin-file", paramLabel = "FILE", description = "With --pin-auth: read the PIN from this file.")
    Path pinFile;

    @Override
    public Integer call() throws Exception {
        CliOutput out = output();
        TrustStore.Builder trustBuilder = TrustStore.builder();
        for (Path p : trust) {
            try {
                trustBuilder.addPath(p);
            } catch (PkiException | IllegalArgumentException e) {
                throw CliException.usage(out.text(MESSAGES, "read.badTrust", p, out.reason(e)));
            }
        }
        ResidentCard card = null;
        AccessKey accessKey;
        if (emulated) {
            card = ResidentCard.demo();
            trustBuilder.add(card.csca()).add(card.nationalCa());
            accessKey = key == null ? AccessKey.can(card.can()) : accessKey(out);
        } else {
            if (key == null) {
                throw CliException.usage(out.text(MESSAGES, "read.keyRequired"));
            }
            accessKey = accessKey(out);
        }
        TrustStore trustStore = trust.isEmpty() && card == null ? null : trustBuilder.build();
        ApduChannel channel;
        PcscCard pcscCard = null;
        if (card != null) {
            channel = TransmissionRules.forAtr(card.atr()).wrap(card.channel());
        } else {
            pcscCard = connect(out);
            channel = TransmissionRules.forAtr(pcscCard.atr()).wrap(pcscCard);
        }
        ChipReader reader = ChipReader.builder().trustStore(trustStore).build();
        // The session stays open after the read: the PIN then travels under the same secure messaging, not in clear.
        try (ChipSession session = reader.readAndKeepSession(channel, accessKey)) {
            ChipReadResult result = session.result();
            if (evidenceOut != null) {
                try {
                    io.residentid.kyc.ChipEvidence.fromChipRead(result).write(evidenceOut);
                } catch (io.residentid.kyc.KycException e) {
                    throw CliException.environment(e.message(out.locale()), e);
                }
            }
            if (faceOut != null && result.dg2().isPresent()) {
                FaceImage face = result.dg2().get().faces().get(0);
                Files.write(faceOut, face.image().toByteArray());
            }
            HolderAuthenticationResult holder = null;
            if (pinAuth) {
                char[] pin = readPin(out);
                try {
                    holder = HolderAuthenticator.builder().trustStore(trustStore).build()
                            .authenticate(session.channel(), pin);
                } finally {
                    Arrays.fill(pin, '\0');
                }
            }
            out.json(ChipJson.of(result, holder, out.locale()));
            return result.authentic() ? ExitCodes.OK : ExitCodes.INVALID;
        } catch (AccessControlException e) {
            out.err().println(out.text(MESSAGES, "read.accessDenied", e.getMessage()));
            out.err().flush();
            return ExitCodes.INVALID;
        } catch (ChipReadException | CardTransportException e) {
            throw CliException.environment(out.text(MESSAGES, "read.interrupted", e.getMessage()), e);
        } finally {
            accessKey.destroy();
            if (pcscCard != null) {
                pcscCard.close();
            }
        }
    }

    private AccessKey accessKey(CliOutput out) throws IOException {
        AccessKey accessKey = buildAccessKey(out);
        // Warn once the key is known to be well-formed (a usage error stays a single line).
        if (key.can != null && !ASK.equals(key.can)) {
            warnCommandLine(out, "--can", "--can-file");
        }
        if (key.mrz != null) {
            warnCommandLine(out, "--mrz", "--mrz-file");
        }
        if (key.fields != null) {
            warnCommandLine(out, "--document-number/--birth/--expiry", "--mrz-file");
        }
        return accessKey;
    }

    private AccessKey buildAccessKey(CliOutput out) throws IOException {
        try {
            if (key.can != null || key.canFile != null) {
                char[] can = key.canFile != null ? readSecretLine(out, key.canFile, 12)
                        : ASK.equals(key.can) ? askConsole(out, "read.canPrompt") : key.can.toCharArray();
                try {
                    return AccessKey.can(can);
                } finally {
                    Arrays.fill(can, '\0');
                }
            }
            if (key.mrz != null || key.mrzFile != null) {
                String lines = key.mrz != null ? key.mrz.replace("\\n", "\n") : readMrzFile(out, key.mrzFile);
                return mrzKey(out, MrzParser.builder().build().parse(lines));
            }
            return AccessKey.mrz(key.fields.documentNumber, yymmdd(key.fields.birth), yymmdd(key.fields.expiry));
        } catch (MrzParseException e) {
            throw CliException.usage(out.text(MESSAGES, "read.badMrz", e.message(out.locale())));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw CliException.usage(out.text(MESSAGES, "read.badKey"));
        }
    }

    /**
     * A YYMMDD date as printed in the MRZ. Only its six digits enter the key, so the century is arbitrary (2000 +
     * YY keeps every printed 29 February a valid date).
     */
    static LocalDate yymmdd(String printed) {
        if (printed == null || !printed.matches("[0-9]{6}")) {
            throw new IllegalArgumentException("date must be YYMMDD");
        }
        return LocalDate.of(2000 + Integer.parseInt(printed.substring(0, 2)), Integer.parseInt(printed.substring(2, 4)),
                Integer.parseInt(printed.substring(4, 6)));
    }

    /** A secret given as an argument is visible to every user of the machine (ps) and in shell history. */
    private static void warnCommandLine(CliOutput out, String option, String instead) {
        out.err().println(out.text(MESSAGES, "read.secretOnCommandLine", option, instead));
        out.err().flush();
    }

    /**
     * The access key from the MRZ's printed characters (ICAO 9303-11 derives it from what is printed, not from
     * interpreted dates): a date field that is not a calendar date still forms a key when it is six digits; anything
     * else is a usage error.
     */
    static AccessKey mrzKey(CliOutput out, Mrz mrz) {
        String number = mrz.documentNumber();
        if (number == null || number.isEmpty()) {
            throw CliException.usage(out.text(MESSAGES, "read.mrzUnusable"));
        }
        try {
            return AccessKey.mrz(mrz);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw CliException.usage(out.text(MESSAGES, "read.mrzUnusable"));
        }
    }

    private PcscCard connect(CliOutput out) {
        try {
            Pcsc pcsc = Pcsc.open();
            String name = reader;
            if (name == null) {
                name = pcsc.readers().stream().filter(ReaderInfo::cardPresent).map(ReaderInfo::name).findFirst()
                        .orElseThrow(() -> CliException.environment(out.text(MESSAGES, "read.noCard"), null));
            }
            return pcsc.connect(name, Protocol.ANY);
        } catch (CardTransportException e) {
            String detail = e instanceof io.residentid.pcsc.transport.PcscUnavailableException
                    ? out.detail(MESSAGES, "read.noService", e.getMessage()) : e.getMessage();
            throw CliException.environment(out.text(MESSAGES, "read.noReader", detail), e);
        }
    }

    private char[] readPin(CliOutput out) throws IOException {
        char[] pin;
        if (pinFile != null) {
            pin = readSecretLine(out, pinFile, MAX_PIN);
        } else if (!pinStdin && System.console() != null) {
            pin = askConsole(out, "read.pinPrompt");
        } else {
            pin = readLine(System.in, MAX_PIN);
        }
        if (pin.length == 0) {
            throw CliException.usage(out.text(MESSAGES, "read.noPin"));
        }
        return pin;
    }

    private static final int MAX_PIN = 16;

    /** Reads without echo from the console, or a line from stdin when there is no console. */
    private static char[] askConsole(CliOutput out, String promptKey) throws IOException {
        if (System.console() != null) {
            char[] value = System.console().readPassword("%s", out.text(MESSAGES, promptKey));
            if (value == null) {
                throw CliException.usage(out.text(MESSAGES, "read.noSecret"));
            }
            return value;
        }
        return readLine(System.in, 64);
    }

    /** The first line of {@code file} ({@code -}: stdin), at most {@code max} characters; the buffer is wiped. */
    private static char[] readSecretLine(CliOutput out, Path file, int max) throws IOException {
        if ("-".equals(file.toString())) {
            return readLine(System.in, max);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return readLine(in, max);
        } catch (IOException e) {
            throw CliException.usage(out.text(MESSAGES, "read.unreadableFile", file));
        }
    }

    private static String readMrzFile(CliOutput out, Path file) throws IOException {
        try {
            byte[] bytes = "-".equals(file.toString()) ? System.in.readNBytes(1024) : Files.readAllBytes(file);
            try {
                return new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.US_ASCII).strip();
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
        } catch (IOException e) {
            throw CliException.usage(out.text(MESSAGES, "read.unreadableFile", file));
        }
    }

    /**
     * One line of ASCII from {@code in} into a fixed buffer (no growing copies left behind), CR dropped, at most
     * {@code max} characters kept; the buffer is wiped.
     */
    static char[] readLine(InputStream in, int max) throws IOException {
        char[] buffer = new char[max];
        int n = 0;
        try {
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                if (b != '\r' && n < max) {
                    buffer[n++] = (char) b;
                }
            }
            return Arrays.copyOf(buffer, n);
        } finally {
            Arrays.fill(buffer, '\0');
        }
    }
}
