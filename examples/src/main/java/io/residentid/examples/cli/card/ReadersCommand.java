package io.residentid.examples.cli.card;

import io.residentid.core.report.Messages;
import io.residentid.examples.cli.CliCommand;
import io.residentid.examples.cli.CliException;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.ExitCodes;
import io.residentid.pcsc.transport.CardTransportException;
import io.residentid.pcsc.transport.Pcsc;
import io.residentid.pcsc.transport.PcscUnavailableException;
import io.residentid.pcsc.transport.ReaderInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/**
 * {@code resident-id readers}: prints {@code {readers:[{name, cardPresent, atr}]}}; exit 3 with a clear message when
 * no PC/SC service runs.
 */
@Command(name = "readers", mixinStandardHelpOptions = true,
        description = "List PC/SC card readers with card presence and the card's ATR.")
public final class ReadersCommand extends CliCommand {

    static final Messages MESSAGES = Messages.forPackageOf(ReadersCommand.class);

    @Override
    public Integer call() {
        CliOutput out = output();
        List<ReaderInfo> readers;
        try {
            readers = Pcsc.open().readers();
        } catch (PcscUnavailableException e) {
            throw CliException.environment(out.text(MESSAGES, "readers.noService"), e);
        } catch (CardTransportException e) {
            throw CliException.environment(out.text(MESSAGES, "readers.failed", e.getMessage()), e);
        }
        List<Map<String, Object>> list = new ArrayList<>();
        for (ReaderInfo r : readers) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", r.name());
            m.put("cardPresent", r.cardPresent());
            r.atr().ifPresent(atr -> m.put("atr", atr.toHex()));
            r.atr().map(io.residentid.core.model.Bytes::toByteArray).flatMap(io.residentid.pcsc.atr.GccCards::identify)
                    .ifPresent(card -> m.put("card",
                    Map.of("country", card.country().alpha2(), "family", card.family())));
            list.add(m);
        }
        out.json(Map.of("readers", list));
        return ExitCodes.OK;
    }
}
