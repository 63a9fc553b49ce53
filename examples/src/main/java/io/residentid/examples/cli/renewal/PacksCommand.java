package io.residentid.examples.cli.renewal;

import io.residentid.core.renewal.RulePack;
import io.residentid.core.renewal.RulePacks;
import io.residentid.examples.cli.CliCommand;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.ExitCodes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code resident-id renewal packs}. */
@Command(name = "packs", mixinStandardHelpOptions = true,
        description = "List the rule packs (bundled, plus any given with --pack) with versions and sources.")
final class PacksCommand extends CliCommand {

    @Option(names = "--pack", paramLabel = "FILE", description = "Extra rule pack file(s) to validate and list.")
    List<Path> packs;

    @Override
    public Integer call() throws IOException {
        CliOutput out = output();
        RulePacks all = RenewalCommand.packs(out, packs);
        RenewalCommand.printJson(out, g -> {
            g.writeStartArray();
            for (RulePack p : all.all()) {
                g.writeStartObject();
                g.writeStringField("country", p.country().alpha2());
                g.writeStringField("version", p.version());
                g.writeStringField("effectiveFrom", p.effectiveFrom().toString());
                g.writeStringField("calendar", p.calendar().name());
                g.writeStringField("currency", p.currency());
                g.writeArrayFieldStart("sources");
                for (RulePack.Source s : p.sources()) {
                    g.writeStartObject();
                    g.writeStringField("id", s.id());
                    g.writeStringField("title", s.title());
                    g.writeStringField("publisher", s.publisher());
                    g.writeStringField("kind", s.kind().jsonName());
                    g.writeStringField("retrieved", s.retrieved().toString());
                    if (s.corroborates() != null) {
                        g.writeStringField("corroborates", s.corroborates());
                    }
                    if (s.date() != null) {
                        g.writeStringField("date", s.date());
                    }
                    if (s.url() != null) {
                        g.writeStringField("url", s.url());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("lowConfidenceRules");
                for (String rule : new java.util.TreeSet<>(p.lowConfidenceRules())) {
                    g.writeString(rule);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        });
        return ExitCodes.OK;
    }
}
