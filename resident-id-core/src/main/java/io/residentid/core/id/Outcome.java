package io.residentid.core.id;

import io.residentid.core.model.Nationality;
import io.residentid.core.report.Finding;
import io.residentid.core.report.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the checks of one validation found, collected by the country rules; turned into an immutable
 * {@link IdValidationResult} at the end. Findings without arguments are shared constants, so a valid number costs
 * no finding allocation. Not thread-safe: one per call.
 */
final class Outcome {

    static final Messages MESSAGES = Messages.forPackageOf(Outcome.class);

    private static final Finding[] CONSTANT = new Finding[IdFindingCode.values().length];

    static {
        for (IdFindingCode code : IdFindingCode.values()) {
            CONSTANT[code.ordinal()] = Finding.of(MESSAGES, code.name(), code.severity());
        }
    }

    private static final List<Finding> FORMAT_ONLY =
            List.of(CONSTANT[IdFindingCode.FORMAT_ONLY_NO_PUBLIC_CHECKSUM.ordinal()]);

    String normalized;
    HolderType holderType;
    int birthYear;
    LocalDate birthDate;
    Nationality nationality;

    private Finding single;
    private List<Finding> several;

    /** Adds a finding without message arguments (a shared constant). */
    void add(IdFindingCode code) {
        add(CONSTANT[code.ordinal()]);
    }

    /** Adds a finding whose message takes arguments (strings, never personal data). */
    void add(IdFindingCode code, String... arguments) {
        add(Finding.of(MESSAGES, code.name(), code.severity(), (Object[]) arguments));
    }

    private void add(Finding finding) {
        if (single == null) {
            single = finding;
        } else {
            if (several == null) {
                several = new ArrayList<>(4);
                several.add(single);
            }
            several.add(finding);
        }
    }

    List<Finding> findings() {
        if (several != null) {
            return List.copyOf(several);
        }
        if (single == null) {
            return List.of();
        }
        if (single == FORMAT_ONLY.get(0)) {
            return FORMAT_ONLY;
        }
        return List.of(single);
    }
}
