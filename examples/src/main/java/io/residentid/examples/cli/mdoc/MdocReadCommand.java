package io.residentid.examples.cli.mdoc;

import io.residentid.core.pki.TrustStore;
import io.residentid.emulator.mdoc.EmulatedPhone;
import io.residentid.emulator.mdoc.MdocNfcCard;
import io.residentid.examples.cli.CliCommand;
import io.residentid.examples.cli.CliException;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.ExitCodes;
import io.residentid.mdoc.MdocFormatException;
import io.residentid.mdoc.reader.MdocReader;
import io.residentid.mdoc.request.ItemsRequest;
import io.residentid.mdoc.response.DeviceResponseVerifier;
import io.residentid.mdoc.response.MdocDocTypes;
import io.residentid.mdoc.transport.ApduExchanger;
import io.residentid.mdoc.transport.NfcEngagement;
import io.residentid.mdoc.transport.NfcTransport;
import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.transport.CardTransportException;
import io.residentid.pcsc.transport.Pcsc;
import io.residentid.pcsc.transport.PcscCard;
import io.residentid.pcsc.transport.Protocol;
import io.residentid.pcsc.transport.ReaderInfo;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mdoc read [--reader NAME] --iaca FILE... [--doctype T] [--namespace NS] [--elements a,b,c]}: NFC engagement
 * (static handover) and retrieval over PC/SC, then verification; prints the verify JSON plus the APDU count.
 * {@code --emulated} reads a fresh in-process emulated phone instead (its test IACA is trusted).
 */
@Command(name = "read", mixinStandardHelpOptions = true,
        description = {"Read an mdoc over NFC (PC/SC): engagement, session, request, verification.",
                "Exit codes: 0 valid, 1 not valid, 2 usage or unreadable reply, 3 no reader or card."})
final class MdocReadCommand extends CliCommand {

    @Option(names = "--reader", paramLabel = "NAME", description = "PC/SC reader (default: the first with a card).")
    String reader;

    @Option(names = "--iaca", paramLabel = "FILE", description = "A trusted IACA root certificate (PEM or DER); repeatable.")
    List<Path> iaca;

    @Option(names = "--doctype", paramLabel = "DOCTYPE", defaultValue = MdocDocTypes.MDL,
            description = "The docType to request (default: ${DEFAULT-VALUE}).")
    String docType;

    @Option(names = "--namespace", paramLabel = "NAMESPACE",
            description = "The namespace of the elements (default: the docType's own).")
    String namespace;

    @Option(names = "--elements", paramLabel = "LIST", split = ",",
            defaultValue = "family_name,given_name,birth_date,portrait",
            description = "Element identifiers to request (default: ${DEFAULT-VALUE}).")
    List<String> elements;

    @Option(names = "--emulated", description = "Read a fresh in-process emulated phone (its test IACA is trusted).")
    boolean emulated;

    @Override
    public Integer call() {
        CliOutput out = output();
        String ns = namespace != null ? namespace : MdocDocTypes.MDL.equals(docType) ? MdocDocTypes.MDL_NAMESPACE
                : docType;
        Map<String, Boolean> ids = new LinkedHashMap<>();
        elements.forEach(e -> ids.put(e.strip(), false));
        ItemsRequest request = new ItemsRequest(docType, Map.of(ns, ids));
        TrustStore trust;
        ApduExchanger card;
        PcscCard pcscCard = null;
        if (emulated) {
            EmulatedPhone phone = EmulatedPhone.demo();
            trust = iaca == null ? phone.pki().trustStore() : MdocFiles.iacas(out, iaca);
            MdocNfcCard nfc = new MdocNfcCard(phone.holder(), 1024);
            card = nfc::process;
        } else {
            if (iaca == null || iaca.isEmpty()) {
                throw CliException.usage(out.text(MdocFiles.MESSAGES, "mdoc.iaca.none"));
            }
            trust = MdocFiles.iacas(out, iaca);
            pcscCard = connect(out);
            PcscCard c = pcscCard;
            card = command -> c.transmit(CommandApdu.parse(command)).encode();
        }
        try {
            NfcEngagement engagement = NfcEngagement.read(card);
            NfcTransport transport = NfcTransport.open(card, 65535);
            MdocReader.ReadResult result = MdocReader.builder()
                    .verifier(DeviceResponseVerifier.builder().trustStore(trust).build()).build()
                    .read(engagement.engagement(), engagement.handover(), transport, List.of(request));
            Map<String, Object> json = MdocJson.report(result.report(), out);
            json.put("apdus", transport.apduCount());
            out.json(json);
            return result.report().isValid() ? ExitCodes.OK : ExitCodes.INVALID;
        } catch (MdocFormatException e) {
            throw MdocFiles.unreadable(out, "mdoc", e);
        } catch (CardTransportException e) {
            throw CliException.environment(out.text(MdocFiles.MESSAGES, "mdoc.noReader", e.getMessage()), e);
        } finally {
            if (pcscCard != null) {
                pcscCard.close();
            }
        }
    }

    private PcscCard connect(CliOutput out) {
        try {
            Pcsc pcsc = Pcsc.open();
            String name = reader;
            if (name == null) {
                name = pcsc.readers().stream().filter(ReaderInfo::cardPresent).map(ReaderInfo::name).findFirst()
                        .orElseThrow(() -> CliException.environment(out.text(MdocFiles.MESSAGES, "mdoc.noCard"),
                                null));
            }
            return pcsc.connect(name, Protocol.ANY);
        } catch (CardTransportException e) {
            throw CliException.environment(out.text(MdocFiles.MESSAGES, "mdoc.noReader", e.getMessage()), e);
        }
    }
}
