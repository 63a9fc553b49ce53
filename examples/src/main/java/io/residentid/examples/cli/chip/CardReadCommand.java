package io.residentid.examples.cli.chip;

import io.residentid.core.mrz.Mrz;
import io.residentid.core.mrz.MrzParseException;
import io.residentid.core.mrz.MrzParser;
import io.residentid.core.pki.PkiException;
import io.residentid.core.pki.TrustStore;
import io.residentid.core.report.Messages;
import io.residentid.examples.cli.CliException;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.ExitCodes;
import io.residentid.examples.cli.ResidentIdCli;
import io.residentid.emulator.ResidentCard;
import io.residentid.pcsc.icao.AccessControlException;
import io.residentid.pcsc.icao.AccessKey;
import io.residentid.pcsc.icao.ChipReadException;
import io.residentid.pcsc.icao.ChipReadResult;
import io.residentid.pcsc.icao.ChipReader;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code resident-id card read}: opens the chip with the MRZ or the CAN (PACE, BAC fallback), reads the data groups,
 * runs passive, active and chip authentication and optionally holder authentication with the PIN. Exit 0 only when
 * passive authentication passed.
 */
@Command(name = "read", mixinStandardHelpOptions = true,
        description = {"Read the chip of an identity card (ICAO eMRTD application) and verify it.",
            "Exit codes: 0 passive authentication passed, 1 not authentic or access denied, 2 usage, 3 no reader."})
public final class CardReadCommand implements Callable<Integer> {

    static final Messages MESSAGES = Messages.forPackageOf(CardReadCommand.class);

    @Spec
    CommandSpec spec;

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

        @ArgGroup(exclusive = false)
        Fields fields;

        @Option(names = "--can", paramLabel = "NNNNNN", description = "The card access number printed on the card.")
        String can;
    }

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

    @Override
    public Integer call() throws Exception {
        CliOutput out = ResidentIdCli.output(spec);
        TrustStore.Builder trustBuilder = TrustStore.builder();
        for (Path p : trust) {
            try {
                trustBuilder.addPath(p);
            } catch (PkiException | IllegalArgumentException e) {
                throw CliException.usage(out.text(MESSAGES, "read.badTrust", p, e.getMessage()));
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
        try {
            ChipReadResult result;
            io.residentid.kyc.ActiveAuthenticationTranscript[] transcript = new io.residentid.kyc.ActiveAuthenticationTranscript[1];
            try {
                ChipReader.Builder readerBuilder = ChipReader.builder().trustStore(trustStore);
                if (evidenceOut != null) {
                    readerBuilder.activeAuthenticationTranscript((challenge, signature) -> transcript[0] =
                            new io.residentid.kyc.ActiveAuthenticationTranscript(challenge, signature));
                }
                result = readerBuilder.build().read(channel, accessKey);
            } catch (AccessControlException e) {
                out.err().println(out.text(MESSAGES, "read.accessDenied", e.getMessage()));
                out.err().flush();
                return ExitCodes.INVALID;
            } catch (ChipReadException e) {
                throw CliException.environment(out.text(MESSAGES, "read.interrupted", e.getMessage()), e);
            }
            if (evidenceOut != null) {
                try {
                    io.residentid.kyc.ChipEvidence.fromChipRead(result, transcript[0]).write(evidenceOut);
                } catch (io.residentid.kyc.KycException e) {
                    throw CliException.environment(e.message(out.locale()), e);
                }
            }
            if (faceOut != null && result.dg2().isPresent()) {
                FaceImage face = result.dg2().get().faces().get(0);
                Files.write(faceOut, face.image());
            }
            HolderAuthenticationResult holder = null;
            if (pinAuth) {
                char[] pin = readPin(out);
                try {
                    holder = HolderAuthenticator.builder().trustStore(trustStore).build().authenticate(channel, pin);
                } finally {
                    Arrays.fill(pin, '\0');
                }
            }
            out.json(ChipJson.of(result, holder, out.locale()));
            return result.authentic() ? ExitCodes.OK : ExitCodes.INVALID;
        } catch (CardTransportException e) {
            throw CliException.environment(out.text(MESSAGES, "read.interrupted", e.getMessage()), e);
        } finally {
            if (pcscCard != null) {
                pcscCard.close();
            }
        }
    }

    private AccessKey accessKey(CliOutput out) {
        try {
            if (key.can != null) {
                return AccessKey.can(key.can);
            }
            if (key.mrz != null) {
                return mrzKey(out, MrzParser.builder().build().parse(key.mrz.replace("\\n", "\n")));
            }
            return AccessKey.mrz(key.fields.documentNumber, key.fields.birth, key.fields.expiry);
        } catch (MrzParseException e) {
            throw CliException.usage(out.text(MESSAGES, "read.badMrz", e.message(out.locale())));
        } catch (IllegalArgumentException e) {
            throw CliException.usage(out.text(MESSAGES, "read.badKey"));
        }
    }

    /**
     * The access key from the MRZ's printed characters (ICAO 9303-11 derives it from what is printed, not from
     * interpreted dates): a date field that is not a calendar date still forms a key when it is six digits; anything
     * else is a usage error.
     */
    static AccessKey mrzKey(CliOutput out, Mrz mrz) {
        String info = mrz.accessKeyInformation(); // number + cd, birth (6) + cd, expiry (6) + cd
        int numberLength = info.length() - 15;
        String number = mrz.documentNumber();
        if (numberLength < 1 || number == null || number.isEmpty()) {
            throw CliException.usage(out.text(MESSAGES, "read.mrzUnusable"));
        }
        String birth = info.substring(numberLength + 1, numberLength + 7);
        String expiry = info.substring(numberLength + 8, numberLength + 14);
        try {
            return AccessKey.mrz(number, birth, expiry);
        } catch (IllegalArgumentException e) {
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
            throw CliException.environment(out.text(MESSAGES, "read.noReader", e.getMessage()), e);
        }
    }

    private char[] readPin(CliOutput out) throws IOException {
        if (!pinStdin && System.console() != null) {
            char[] pin = System.console().readPassword("%s", out.text(MESSAGES, "read.pinPrompt"));
            if (pin == null) {
                throw CliException.usage(out.text(MESSAGES, "read.noPin"));
            }
            return pin;
        }
        InputStream in = System.in;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n' && buffer.size() < 16) {
            if (b != '\r') {
                buffer.write(b);
            }
        }
        byte[] bytes = buffer.toByteArray();
        char[] pin = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            pin[i] = (char) bytes[i];
        }
        Arrays.fill(bytes, (byte) 0);
        if (pin.length == 0) {
            throw CliException.usage(out.text(MESSAGES, "read.noPin"));
        }
        return pin;
    }
}
