package io.residentid.examples.cli.id;

import io.residentid.core.id.IdFindingCode;
import io.residentid.core.id.IdNumberValidator;
import io.residentid.core.id.IdValidationResult;
import io.residentid.core.model.IssuingCountry;
import io.residentid.core.report.Finding;
import io.residentid.core.report.Messages;
import io.residentid.examples.cli.CliCommand;
import io.residentid.examples.cli.CliException;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.ExitCodes;
import java.util.EnumSet;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code resident-id id validate --country CC NUMBER}: validates one identity number and prints
 * {@code {country, input, normalized, valid, findings, holderType, birthYear, birthDate, nationality}}.
 * Exit 0 when valid, 1 when invalid, 2 for input that is not a number at all (empty, too long, control or
 * non-ASCII characters) or an unknown country.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate an identity number: format, check digit and encoded facts. Prints JSON.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {
            "0:valid (warnings such as FORMAT_ONLY_NO_PUBLIC_CHECKSUM allowed)",
            "1:invalid; the JSON lists the finding codes",
            "2:unknown country, missing argument, or a NUMBER that is empty, over 64 characters, or has control characters or non-ASCII characters other than Arabic-Indic digits",
        })
final class IdValidateCommand extends CliCommand {

    static final Messages MESSAGES = Messages.forPackageOf(IdValidateCommand.class);

    /** Findings that mean the argument is unreadable rather than a wrong number: usage errors (exit 2). */
    private static final Set<IdFindingCode> UNREADABLE = EnumSet.of(IdFindingCode.EMPTY, IdFindingCode.TOO_LONG,
            IdFindingCode.CONTROL_CHARACTER, IdFindingCode.NON_ASCII);

    @Option(names = {"--country", "-c"}, required = true, paramLabel = "CC",
            description = "Issuing country: SA, AE, KW, QA, BH or OM (ISO alpha-2, alpha-3 or numeric code).")
    String country;

    @Parameters(index = "0", paramLabel = "NUMBER",
            description = "The number; spaces and dashes are ignored, Arabic-Indic digits accepted.")
    String number;

    @Override
    public Integer call() {
        CliOutput out = output();
        IssuingCountry issuingCountry = IssuingCountry.fromCode(country).orElseThrow(() ->
                CliException.usage(out.text(MESSAGES, "id.unknownCountry", printable(country))));
        IdValidationResult result = IdNumberValidator.forCountry(issuingCountry).validate(number);
        for (Finding finding : result.findings()) {
            if (UNREADABLE.contains(IdFindingCode.valueOf(finding.code()))) {
                throw CliException.usage(out.text(MESSAGES, "id.unreadable", finding.message(out.locale())));
            }
        }
        out.json(IdValidationJson.of(result));
        return result.isValid() ? ExitCodes.OK : ExitCodes.INVALID;
    }

    /** A country argument fit to echo on one terminal line: printable ASCII only, at most 16 characters. */
    static String printable(String value) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < value.length() && sb.length() < 16; i++) {
            char c = value.charAt(i);
            sb.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return value.length() > 16 ? sb + "…" : sb.toString();
    }
}
