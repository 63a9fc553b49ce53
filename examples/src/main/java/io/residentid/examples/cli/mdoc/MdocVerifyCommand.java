package io.residentid.examples.cli.mdoc;

import io.residentid.core.model.Bytes;
import io.residentid.examples.cli.CliCommand;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.ExitCodes;
import io.residentid.mdoc.MdocFormatException;
import io.residentid.mdoc.cose.MdocKeyPair;
import io.residentid.mdoc.response.DeviceResponseVerifier;
import io.residentid.mdoc.response.MdocReport;
import io.residentid.mdoc.response.VerificationInput;
import io.residentid.mdoc.session.SessionTranscript;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mdoc verify --device-response F --session-transcript F [--reader-key F] (--iaca F)... [--at INSTANT]}:
 * prints {@code {valid, documents:[{docType, issuerAuth, deviceAuth, validity, elements, findings}]}}; exit 0 valid,
 * 1 not valid, 2 unreadable.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verify an ISO/IEC 18013-5 DeviceResponse: issuer signature and IACA chain, validity, digests, "
                + "device authentication.", "Exit codes: 0 valid, 1 not valid, 2 unreadable input."})
final class MdocVerifyCommand extends CliCommand {

    @Option(names = "--device-response", required = true, paramLabel = "FILE",
            description = "The DeviceResponse (CBOR, binary or hex text).")
    Path deviceResponse;

    @Option(names = "--session-transcript", required = true, paramLabel = "FILE",
            description = "The SessionTranscript (CBOR, binary or hex, with or without its tag-24 wrapper).")
    Path sessionTranscript;

    @Option(names = "--reader-key", paramLabel = "FILE",
            description = "The reader's ephemeral private key (JWK or PKCS#8 PEM), needed for deviceMac.")
    Path readerKey;

    @Option(names = "--iaca", required = true, paramLabel = "FILE",
            description = "A trusted IACA root certificate (PEM or DER); repeatable.")
    List<Path> iaca;

    @Option(names = "--at", paramLabel = "INSTANT", description = "Verify as of this instant (default: now).")
    Instant at;

    @Override
    public Integer call() {
        CliOutput out = output();
        DeviceResponseVerifier verifier = DeviceResponseVerifier.builder()
                .trustStore(MdocFiles.iacas(out, iaca)).build();
        SessionTranscript transcript;
        try {
            transcript = SessionTranscript.parse(MdocFiles.cbor(out, sessionTranscript));
        } catch (MdocFormatException e) {
            throw MdocFiles.unreadable(out, "session transcript", e);
        }
        Optional<MdocKeyPair> key = readerKey == null ? Optional.empty()
                : Optional.of(MdocFiles.readerKey(out, readerKey));
        Bytes response = MdocFiles.cbor(out, deviceResponse);
        MdocReport report;
        try {
            report = verifier.verify(response, new VerificationInput(transcript, key, Optional.empty(),
                    at != null ? at : Instant.now()));
        } catch (MdocFormatException e) {
            throw MdocFiles.unreadable(out, "device response", e);
        }
        out.json(MdocJson.report(report, out));
        return report.isValid() ? ExitCodes.OK : ExitCodes.INVALID;
    }
}
