package io.residentid.kyc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.ECKey;
import io.residentid.core.report.Finding;
import io.residentid.core.report.Messages;
import io.residentid.core.report.Severity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Re-verifies stored evidence records against new trust data (a CSCA later revoked, a new CRL): for each record,
 * its signature, then its chip evidence (found as {@code <evidence root>/<caseId>/}, its manifest's SHA-256 as the
 * record states), then passive, active and access-control checks again as at the record's own verification time.
 * The other checks keep their recorded findings; the policy decides again, and records whose decision changed are
 * reported. Streams: one record in memory at a time, whatever the count.
 */
public final class Reverifier {

    /** Checks re-run from the chip evidence. */
    static final Set<String> CHIP_CHECKS = Set.of(EvidenceIntegrityCheck.ID, DocumentAuthenticityCheck.ID,
            ChipGenuinenessCheck.ID, AccessControlCheck.ID);
    private static final Messages MESSAGES = Messages.forPackageOf(Reverifier.class);

    private final KycVerifier verifier;
    private final Path evidenceRoot;
    private final Es256Verifier recordKey;

    private Reverifier(KycVerifier verifier, Path evidenceRoot, ECKey recordKey) {
        this.verifier = verifier;
        this.evidenceRoot = evidenceRoot;
        this.recordKey = Es256Verifier.of(recordKey);
    }

    /**
     * {@return a re-verifier}
     *
     * @param verifier     a verifier with the new trust data and the policy to decide with
     * @param evidenceRoot the directory holding one chip-evidence directory per case id
     * @param recordKey    the bank's public key the records are signed with
     */
    public static Reverifier of(KycVerifier verifier, Path evidenceRoot, ECKey recordKey) {
        return new Reverifier(Objects.requireNonNull(verifier, "verifier"),
                Objects.requireNonNull(evidenceRoot, "evidenceRoot"), Objects.requireNonNull(recordKey, "recordKey"));
    }

    /**
     * A record whose decision changed, or that could not be re-verified.
     *
     * @param index  the record's position (0-based) in the input
     * @param caseId the case id, when readable
     * @param before the recorded decision, when readable
     * @param after  the new decision ({@code FAIL} when the record or its evidence is unusable)
     * @param reason the codes that explain the new decision
     */
    public record Change(long index, String caseId, String before, String after, List<String> reason) {
    }

    /**
     * Totals of a run.
     *
     * @param records    records read
     * @param changed    records whose decision changed (unusable ones included)
     * @param unusable   records or evidence that could not be re-verified
     */
    public record Summary(long records, long changed, long unusable) {
    }

    /**
     * Re-verifies a {@code .jsonl} file (one compact JWS per line) or every {@code *.jws} file of a directory.
     *
     * @param input    the file or directory
     * @param onChange receives each change, in input order
     * @param progress receives the count of records done, every 1,000 records and at the end
     * @return the counts
     * @throws IOException when the file or directory cannot be read
     */
    public Summary reverify(Path input, Consumer<Change> onChange, LongConsumer progress) throws IOException {
        if (Files.isDirectory(input)) {
            long[] counts = new long[3];
            try (DirectoryStream<Path> files = Files.newDirectoryStream(input, "*.jws")) {
                for (Path f : files) {
                    String text;
                    try (InputStream in = Files.newInputStream(f)) {
                        text = new String(in.readNBytes(EvidenceRecord.MAX_CHARS + 1), StandardCharsets.US_ASCII);
                    }
                    one(counts, text, onChange);
                    if (counts[0] % 1000 == 0) {
                        progress.accept(counts[0]);
                    }
                }
            }
            progress.accept(counts[0]);
            return new Summary(counts[0], counts[1], counts[2]);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(input),
                StandardCharsets.US_ASCII), 1 << 16)) {
            return reverify(reader, onChange, progress);
        }
    }

    /**
     * Re-verifies records given one per line (blank lines skipped; a line is bounded to the record limit).
     *
     * @param lines the records, one per line
     * @param onChange receives each change
     * @param progress receives the number of records done
     * @return the counts
     * @throws IOException when the records cannot be read
     */
    public Summary reverify(BufferedReader lines, Consumer<Change> onChange, LongConsumer progress)
            throws IOException {
        long[] counts = new long[3];
        LineReader reader = new LineReader(lines);
        String line;
        while ((line = reader.next()) != null) {
            if (line.isBlank()) {
                continue;
            }
            one(counts, line, onChange);
            if (counts[0] % 1000 == 0) {
                progress.accept(counts[0]);
            }
        }
        progress.accept(counts[0]);
        return new Summary(counts[0], counts[1], counts[2]);
    }

    /**
     * Lines read in blocks, each bounded: the part of an overlong line beyond the record limit is skipped (the cut
     * line is then rejected as malformed), so one hostile line cannot exhaust memory.
     */
    private static final class LineReader {
        private final java.io.Reader in;
        private final char[] buffer = new char[1 << 16];
        private int position;
        private int limit;

        LineReader(java.io.Reader in) {
            this.in = in;
        }

        String next() throws IOException {
            StringBuilder line = null;
            while (true) {
                if (position == limit) {
                    limit = in.read(buffer, 0, buffer.length);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        return line == null ? null : line.toString();
                    }
                }
                int start = position;
                while (position < limit && buffer[position] != '\n') {
                    position++;
                }
                if (line == null) {
                    line = new StringBuilder(Math.min(position - start + 16, 8192));
                }
                int room = EvidenceRecord.MAX_CHARS + 1 - line.length();
                line.append(buffer, start, Math.max(0, Math.min(room, position - start)));
                if (position < limit) {
                    position++; // the line feed
                    return line.toString();
                }
            }
        }
    }

    private void one(long[] counts, String text, Consumer<Change> onChange) {
        long index = counts[0]++;
        Change change;
        try {
            change = reverifyOne(index, text);
        } catch (KycException e) {
            change = new Change(index, null, null, KycDecision.FAIL.name(), List.of(e.code()));
        }
        if (change != null) {
            counts[1]++;
            if (change.before() == null || change.reason().stream().anyMatch(r -> r.startsWith("RECORD_")
                    || r.startsWith("EVIDENCE_"))) {
                counts[2]++;
            }
            onChange.accept(change);
        }
    }

    /** Re-verifies one record; null when its decision is unchanged. */
    Change reverifyOne(long index, String compact) {
        EvidenceRecord.Verification v = EvidenceRecord.verify(compact, recordKey);
        if (!v.signatureValid()) {
            return new Change(index, null, null, KycDecision.FAIL.name(),
                    List.of(KycCode.RECORD_SIGNATURE_INVALID.code()));
        }
        ObjectNode report = v.report().orElseThrow();
        String caseId = report.path("caseId").asText(null);
        String before = report.path("verdict").asText("");
        if (caseId == null || !caseId.matches("[A-Za-z0-9._-]{1,64}")) {
            return new Change(index, null, before, KycDecision.FAIL.name(), List.of(KycCode.EVIDENCE_IO.code()));
        }
        Instant at;
        try {
            at = Instant.parse(report.path("verifiedAt").asText(""));
        } catch (DateTimeParseException e) {
            throw new KycException(KycCode.REPORT_MALFORMED, "$.verifiedAt", null, "verifiedAt is not an instant");
        }
        ChipEvidence chip;
        try {
            chip = ChipEvidence.load(evidenceRoot.resolve(caseId));
        } catch (KycException e) {
            return new Change(index, caseId, before, KycDecision.FAIL.name(), List.of(e.code()));
        }
        String recorded = null;
        for (JsonNode e : report.path("evidence")) {
            if (("chip/" + ChipEvidence.MANIFEST).equals(e.path("item").asText())) {
                recorded = e.path("sha256").asText();
            }
        }
        if (recorded == null || !recorded.equalsIgnoreCase(HexFormat.of().formatHex(chip.manifestSha256()
                .toByteArray()))) {
            return new Change(index, caseId, before, KycDecision.FAIL.name(),
                    List.of(KycCode.EVIDENCE_HASH_MISMATCH.code()));
        }
        java.util.Map<String, CheckOutcome> fresh = new java.util.HashMap<>();
        for (CheckOutcome o : verifier.runChecks(KycEvidence.builder().chip(chip).build(), at, CHIP_CHECKS)) {
            fresh.put(o.check(), o);
        }
        List<CheckOutcome> merged = new ArrayList<>();
        for (JsonNode check : report.path("checks")) {
            String id = check.path("check").asText();
            if (CHIP_CHECKS.contains(id)) {
                if (fresh.containsKey(id)) {
                    merged.add(fresh.get(id));
                }
            } else {
                List<Finding> findings = new ArrayList<>();
                for (JsonNode f : check.path("findings")) {
                    Severity s;
                    try {
                        s = Severity.valueOf(f.path("severity").asText());
                    } catch (IllegalArgumentException e) {
                        throw new KycException(KycCode.REPORT_MALFORMED, "$.checks", null, "unknown severity");
                    }
                    findings.add(new Finding(f.path("code").asText(), s, List.of(), MESSAGES));
                }
                merged.add(new CheckOutcome(id, CheckStatus.PASS, findings));
            }
        }
        KycDecision after = KycVerifier.decide(verifier.policy(), merged);
        if (after.name().equals(before)) {
            return null;
        }
        List<String> reason = new ArrayList<>();
        for (CheckOutcome o : merged) {
            if (CHIP_CHECKS.contains(o.check())) {
                o.findings().stream().filter(f -> verifier.policy().actionFor(f.code(), f.severity())
                        != KycPolicy.Action.ACCEPT).forEach(f -> reason.add(f.code()));
            }
        }
        return new Change(index, caseId, before, after.name(), reason);
    }
}
