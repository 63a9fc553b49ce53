package io.residentid.pcsc.icao;

import io.residentid.core.model.Bytes;
import io.residentid.core.model.IdentityDocument;
import io.residentid.core.report.Finding;
import io.residentid.core.report.Report;
import io.residentid.core.report.Severity;
import io.residentid.core.report.Verdict;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Everything read from the chip and what could be verified. Data groups that were absent, refused or malformed are
 * empty (the latter two with a finding). {@link #files()} holds the exact bytes of every file read (as hashed by
 * passive authentication) and {@link #activeAuthenticationTranscript()} the challenge and signature of active
 * authentication, so the read can be archived as evidence. {@link #toString()} shows statuses, finding codes and
 * sizes but no personal data: the data groups print masked and finding descriptions (which may quote malformed
 * content) are left out.
 *
 * @param accessControl        protocol used, e.g. {@code PACE ECDH-GM brainpoolP256r1 AES_128}
 * @param com                  EF.COM
 * @param dg1                  the MRZ
 * @param dg2                  the face images
 * @param dg11                 additional personal details
 * @param dg12                 additional document details
 * @param dg13                 optional details (national)
 * @param dg14                 security options
 * @param dg15                 active-authentication key
 * @param passiveAuthentication passive authentication: VALID, INVALID or INDETERMINATE (e.g. no trusted CSCA)
 * @param documentSigner       subject DN of the document signer, when found
 * @param activeAuthentication active authentication, empty when the chip does not offer it, its algorithm is not
 *                             supported or it was turned off (a finding says which); a pass counts as VALID only
 *                             when passive authentication passed, else INDETERMINATE
 * @param chipAuthentication   chip authentication, empty and counted as for {@code activeAuthentication}
 * @param findings             coded findings ({@link ChipFindingCode} codes)
 * @param files                exact bytes read per file (personal: print only their length)
 * @param activeAuthenticationTranscript challenge and signature of active authentication, when it ran
 * @param transfer             APDUs, bytes and time of the whole read
 */
public record ChipReadResult(String accessControl, Optional<EfCom> com, Optional<Dg1> dg1, Optional<Dg2> dg2,
        Optional<Dg11> dg11, Optional<Dg12> dg12, Optional<Dg13> dg13, Optional<Dg14> dg14, Optional<Dg15> dg15,
        Verdict passiveAuthentication, Optional<String> documentSigner,
        Optional<Verdict> activeAuthentication, Optional<Verdict> chipAuthentication, List<Finding> findings,
        Map<LdsFile, Bytes> files, Optional<ActiveAuthenticationTranscript> activeAuthenticationTranscript,
        Transfer transfer) implements Report {

    /**
     * Transfer statistics.
     *
     * @param apdus       command APDUs sent (wire level of the caller's channel)
     * @param readBinary  READ BINARY commands among them
     * @param bytes       command + response bytes
     * @param millis      wall time of the read
     */
    public record Transfer(int apdus, int readBinary, long bytes, long millis) {
    }

    /**
     * Copies the collections; every component is required.
     *
     * @param accessControl protocol used, e.g. {@code PACE ECDH-GM brainpoolP256r1 AES_128}
     * @param com EF.COM
     * @param dg1 the MRZ
     * @param dg2 the face images
     * @param dg11 additional personal details
     * @param dg12 additional document details
     * @param dg13 optional details (national)
     * @param dg14 security options
     * @param dg15 active-authentication key
     * @param passiveAuthentication passive authentication: VALID, INVALID or INDETERMINATE (e.g. no trusted CSCA)
     * @param documentSigner subject DN of the document signer, when found
     * @param activeAuthentication active authentication, empty when the chip does not offer it, its algorithm is not
     *     supported or it was turned off (a finding says which); a pass counts as VALID only when passive
     *     authentication passed, else INDETERMINATE
     * @param chipAuthentication chip authentication, empty and counted as for {@code activeAuthentication}
     * @param findings coded findings ({@link ChipFindingCode} codes)
     * @param files exact bytes read per file (personal: print only their length)
     * @param activeAuthenticationTranscript challenge and signature of active authentication, when it ran
     * @param transfer APDUs, bytes and time of the whole read
     */
    public ChipReadResult {
        Objects.requireNonNull(accessControl, "accessControl");
        Objects.requireNonNull(com, "com");
        Objects.requireNonNull(dg1, "dg1");
        Objects.requireNonNull(dg2, "dg2");
        Objects.requireNonNull(dg11, "dg11");
        Objects.requireNonNull(dg12, "dg12");
        Objects.requireNonNull(dg13, "dg13");
        Objects.requireNonNull(dg14, "dg14");
        Objects.requireNonNull(dg15, "dg15");
        Objects.requireNonNull(documentSigner, "documentSigner");
        Objects.requireNonNull(transfer, "transfer");
        Objects.requireNonNull(passiveAuthentication, "passiveAuthentication");
        Objects.requireNonNull(activeAuthentication, "activeAuthentication");
        Objects.requireNonNull(chipAuthentication, "chipAuthentication");
        Objects.requireNonNull(activeAuthenticationTranscript, "activeAuthenticationTranscript");
        findings = List.copyOf(findings);
        files = Map.copyOf(files);
    }

    /**
     * Whether the data is as signed by a trusted issuer and was read without a protocol downgrade: passive
     * authentication passed and there is no {@link ChipFindingCode#PACE_DOWNGRADE} error.
     *
     * @return true when the read data can be relied on
     */
    public boolean authentic() {
        return passiveAuthentication == Verdict.VALID && !downgraded();
    }

    /**
     * The exact bytes read of a file.
     *
     * @param file the file
     * @return its bytes as read, or empty when it was not read
     */
    public Optional<Bytes> file(LdsFile file) {
        return Optional.ofNullable(files.get(file));
    }

    /**
     * The identity document the chip holds, in the core model: built from DG1's MRZ (document type, number, names,
     * nationality, sex, dates) and enriched from DG11 (personal number, full name in Arabic script, address,
     * profession) and DG12 (issuing authority, date of issue) where present. Empty when DG1 is missing, its MRZ is
     * unreadable or the issuing state is not one of the GCC states the model knows. This says nothing about
     * authenticity: check {@link #verdict()} or {@link #authentic()} first.
     *
     * @return the document, masked in {@code toString()}
     */
    public Optional<IdentityDocument> document() {
        return ChipDocuments.toIdentityDocument(dg1, dg11, dg12);
    }

    /**
     * The verdict: INVALID when passive, active or chip authentication failed or the read was downgraded (as an
     * error), INDETERMINATE when passive authentication could not be established, VALID otherwise.
     *
     * @return the overall verdict of the read
     */
    @Override
    public Verdict verdict() {
        if (passiveAuthentication == Verdict.INVALID || downgraded()
                || activeAuthentication.filter(v -> v == Verdict.INVALID).isPresent()
                || chipAuthentication.filter(v -> v == Verdict.INVALID).isPresent()) {
            return Verdict.INVALID;
        }
        return passiveAuthentication == Verdict.VALID ? Verdict.VALID : Verdict.INDETERMINATE;
    }

    private boolean downgraded() {
        for (Finding f : findings) {
            if (f.code().equals(ChipFindingCode.PACE_DOWNGRADE.code()) && f.severity() == Severity.ERROR) {
                return true;
            }
        }
        return false;
    }

    /** {@return statuses, finding codes and file sizes; data groups masked, no personal data} */
    @Override
    public String toString() {
        StringJoiner fileSizes = new StringJoiner(", ", "{", "}");
        files.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> fileSizes.add(e.getKey() + "=" + e.getValue().length() + " bytes"));
        return "ChipReadResult[accessControl=" + accessControl + ", com=" + com + ", dg1=" + dg1 + ", dg2=" + dg2
                + ", dg11=" + dg11 + ", dg12=" + dg12 + ", dg13=" + dg13 + ", dg14=" + dg14.isPresent() + ", dg15="
                + dg15.isPresent() + ", passiveAuthentication=" + passiveAuthentication + ", documentSigner="
                + documentSigner + ", activeAuthentication=" + activeAuthentication.map(Verdict::name).orElse("NOT_OFFERED")
                + ", chipAuthentication=" + chipAuthentication.map(Verdict::name).orElse("NOT_OFFERED") + ", findings=" + findings.stream().map(f -> f.severity() + " " + f.code())
                        .toList()
                + ", files=" + fileSizes + ", activeAuthenticationTranscript="
                + activeAuthenticationTranscript.isPresent() + ", transfer=" + transfer + "]";
    }
}
