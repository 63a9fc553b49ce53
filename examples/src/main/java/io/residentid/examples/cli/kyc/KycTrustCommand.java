package io.residentid.examples.cli.kyc;

import io.residentid.examples.cli.CliCommand;
import io.residentid.examples.cli.CliException;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.ExitCodes;
import io.residentid.kyc.KycTrust;
import io.residentid.kyc.TrustAnchor;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kyc trust --masterlist FILE}: per GCC country, how many CSCAs, their validity, which expire soon. */
@Command(name = "trust", mixinStandardHelpOptions = true,
        description = "Summarise the CSCAs of master lists per GCC country: how many, their validity, which expire soon.")
final class KycTrustCommand extends CliCommand {

    @Option(names = "--masterlist", paramLabel = "FILE", description = "An ICAO CSCA master list (repeatable).")
    List<Path> masterLists = new ArrayList<>();

    @Option(names = "--csca", paramLabel = "FILE", description = "A CSCA certificate file, PEM or DER (repeatable).")
    List<Path> cscas = new ArrayList<>();

    @Option(names = "--days", paramLabel = "N", defaultValue = "90", description = "Warn about CSCAs expiring within N days (default: 90).")
    int days;

    @Option(names = "--at", paramLabel = "ISO-INSTANT", description = "Evaluate validity as of this instant (default: now).")
    Instant at;

    @Option(names = "--all-countries", description = "List every country, not only the GCC states.")
    boolean allCountries;

    @Override
    public Integer call() {
        CliOutput out = output();
        if (masterLists.isEmpty() && cscas.isEmpty()) {
            throw CliException.usage(out.text(KycCliSupport.MESSAGES, "kyc.trust.none"));
        }
        if (days < 0 || days > 3650) {
            throw CliException.usage(out.text(KycCliSupport.MESSAGES, "kyc.trust.days"));
        }
        KycTrust trust = KycCliSupport.trust(out, masterLists, cscas, List.of()).build();
        Instant now = at != null ? at : Instant.now();
        List<Map<String, Object>> countries = new ArrayList<>();
        for (KycTrust.CountrySummary s : trust.summary(now, days, !allCountries)) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("country", s.country());
            c.put("cscas", s.cscas());
            c.put("validNow", s.validNow());
            c.put("latestExpiry", s.latestExpiry().map(Instant::toString).orElse(null));
            List<Map<String, Object>> soon = new ArrayList<>();
            for (TrustAnchor a : s.expiringSoon()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("subject", a.subject());
                m.put("sha256", a.sha256());
                m.put("notAfter", a.notAfter().toString());
                soon.add(m);
            }
            c.put("expiringSoon", soon);
            countries.add(c);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("at", now.toString());
        json.put("withinDays", days);
        json.put("cscas", trust.anchors().size());
        json.put("countries", countries);
        out.json(json);
        return ExitCodes.OK;
    }
}
