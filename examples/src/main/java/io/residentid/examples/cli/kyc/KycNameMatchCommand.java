package io.residentid.examples.cli.kyc;

import io.residentid.examples.cli.CliCommand;
import io.residentid.examples.cli.CliException;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.ExitCodes;
import io.residentid.kyc.names.NameInputException;
import io.residentid.kyc.names.NameMatchOutcome;
import io.residentid.kyc.names.NameMatchResult;
import io.residentid.kyc.names.NameMatcher;
import io.residentid.kyc.names.TokenMatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code resident-id kyc name-match NAME1 NAME2}: compares two names (Latin, Arabic or MRZ form) and prints
 * {@code {result, score, explanation:[{name1, name2, rule, score, message}]}}. Exit 0 MATCH, 1 PARTIAL or NO_MATCH,
 * 2 for a name that cannot be compared (too long, too many parts).
 */
@Command(name = "name-match", mixinStandardHelpOptions = true,
        description = {"Compare two names across Latin and Arabic script (and MRZ form) and explain the result part by part.",
            "Exit codes: 0 MATCH, 1 PARTIAL or NO_MATCH, 2 unreadable input."})
final class KycNameMatchCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "NAME1", description = "The first name, e.g. KUMAR<<RAVI.")
    String name1;

    @Parameters(index = "1", paramLabel = "NAME2", description = "The second name, e.g. the Arabic name.")
    String name2;

    @Option(names = "--match-threshold", paramLabel = "0..1",
            description = "Name score from which the result is MATCH (default 0.85).")
    Double matchThreshold;

    @Option(names = "--partial-threshold", paramLabel = "0..1",
            description = "Name score from which the result is PARTIAL rather than NO_MATCH (default 0.6).")
    Double partialThreshold;

    @Override
    public Integer call() {
        CliOutput out = output();
        NameMatcher.Builder builder = NameMatcher.builder();
        if (matchThreshold != null) {
            builder.matchThreshold(matchThreshold);
        }
        if (partialThreshold != null) {
            builder.partialThreshold(partialThreshold);
        }
        NameMatchResult result;
        try {
            result = builder.build().match(name1, name2);
        } catch (NameInputException e) {
            throw CliException.usage(e.message(out.locale()));
        }
        out.json(json(result, out));
        return result.outcome() == NameMatchOutcome.MATCH ? ExitCodes.OK : ExitCodes.INVALID;
    }

    /** The JSON form: the names' parts are echoed because the caller supplied them. */
    static Map<String, Object> json(NameMatchResult result, CliOutput out) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("result", result.outcome().name());
        m.put("score", result.score());
        List<Map<String, Object>> lines = new ArrayList<>();
        for (TokenMatch t : result.matches()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("name1", t.name1Part().orElse(null));
            line.put("name2", t.name2Part().orElse(null));
            line.put("rule", t.rule().code());
            line.put("score", t.score());
            line.put("message", t.message(out.locale()));
            lines.add(line);
        }
        m.put("explanation", lines);
        return m;
    }
}
