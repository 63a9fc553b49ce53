package io.residentid.kyc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.residentid.core.json.ResidentIdJson;
import io.residentid.core.model.Bytes;
import io.residentid.pcsc.icao.ChipReadResult;
import io.residentid.pcsc.icao.LdsFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Chip evidence: what a chip read produced, as bytes, so that KYC can verify passive and active authentication again
 * from them and never trusts an earlier "PASSED". On disk it is a directory:
 *
 * <pre>
 * manifest.json        {"format":"resident-id-chip-evidence","version":1,"accessProtocol":"PACE …",
 *                       "chipAuthentication":"VALID","files":[{"item":"EF.SOD","size":1234,"sha256":"…"},…]}
 * EF.COM.bin, EF.SOD.bin, DG1.bin, DG2.bin, … EF.CardAccess.bin, EF.CardSecurity.bin
 * AA.challenge.bin, AA.signature.bin   the active-authentication transcript
 * </pre>
 *
 * Loading checks every listed file's size bound and SHA-256 against the manifest and rejects unknown items; files
 * in the directory the manifest does not list are reported ({@link #unlistedFiles()}), not read. Immutable and
 * thread-safe; {@link #toString()} shows items and sizes only.
 */
public final class ChipEvidence {

    /** The manifest's file name. */
    public static final String MANIFEST = "manifest.json";
    /** The manifest's {@code format} value. */
    public static final String FORMAT = "resident-id-chip-evidence";
    /** The manifest version this class writes and reads. */
    public static final int VERSION = 1;
    /** Upper bound on the manifest's size. */
    public static final int MAX_MANIFEST_BYTES = 64 * 1024;
    /** Upper bound on the directory entries examined. */
    public static final int MAX_DIRECTORY_ENTRIES = 256;

    private static final Set<String> MANIFEST_MEMBERS = Set.of("format", "version", "accessProtocol",
            "chipAuthentication", "files");
    private static final Set<String> FILE_MEMBERS = Set.of("item", "size", "sha256");
    private static final HexFormat HEX = HexFormat.of();

    private final Map<EvidenceFile, Bytes> files;
    private final String accessProtocol;
    private final String chipAuthentication;
    private final byte[] manifest;
    private final List<String> unlistedFiles;

    private ChipEvidence(Map<EvidenceFile, Bytes> files, String accessProtocol, String chipAuthentication,
            byte[] manifest, List<String> unlistedFiles) {
        this.files = Collections.unmodifiableMap(new EnumMap<>(files));
        this.accessProtocol = accessProtocol;
        this.chipAuthentication = chipAuthentication;
        this.manifest = manifest != null ? manifest : manifestOf(this.files, accessProtocol, chipAuthentication);
        this.unlistedFiles = List.copyOf(unlistedFiles);
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The evidence of a chip read: every file read, exactly as read, the access protocol, the chip-authentication
     * result as the reader reported it, and the active-authentication transcript when active authentication ran.
     *
     * @param result the read
     * @return the evidence of a chip read: every file read, exactly as read, the access protocol, the
     *         chip-authentication result as the reader reported it, and the active-authentication transcript when active
     *         authentication ran
     */
    public static ChipEvidence fromChipRead(ChipReadResult result) {
        Objects.requireNonNull(result, "result");
        Builder b = builder().accessProtocol(result.accessControl())
                .chipAuthentication(result.chipAuthentication().map(Enum::name).orElse("NOT_OFFERED"));
        for (Map.Entry<LdsFile, Bytes> e : result.files().entrySet()) {
            EvidenceFile.of(e.getKey()).ifPresent(f -> b.file(f, e.getValue()));
        }
        result.activeAuthenticationTranscript().ifPresent(t -> b.activeAuthentication(
                new ActiveAuthenticationTranscript(t.challenge(), t.signature())));
        return b.build();
    }

    /**
     * Loads and checks an evidence directory.
     *
     * @param directory the evidence directory
     * @return the evidence, every file checked against the manifest
     * @throws KycException when the manifest is missing or malformed, names an unknown item, or a listed file is
     *                      missing, too large or does not match its SHA-256
     */
    public static ChipEvidence load(Path directory) {
        Objects.requireNonNull(directory, "directory");
        if (!Files.isDirectory(directory)) {
            throw new KycException(KycCode.EVIDENCE_IO, directory.toString(), null, "not a directory");
        }
        Path manifestPath = directory.resolve(MANIFEST);
        if (!Files.isRegularFile(manifestPath, LinkOption.NOFOLLOW_LINKS)) {
            throw new KycException(KycCode.EVIDENCE_MANIFEST_MISSING, MANIFEST, null);
        }
        byte[] manifest = readBounded(manifestPath, MAX_MANIFEST_BYTES, MANIFEST, KycCode.EVIDENCE_MANIFEST_MALFORMED);
        ObjectNode root = KycJson.object(manifest, MAX_MANIFEST_BYTES, KycCode.EVIDENCE_MANIFEST_MALFORMED);
        KycCode bad = KycCode.EVIDENCE_MANIFEST_MALFORMED;
        KycJson.onlyKnown(root, MANIFEST_MEMBERS, "$", bad);
        if (!FORMAT.equals(KycJson.requiredString(root, "format", 64, "$", bad))) {
            throw new KycException(bad, "$.format", null, "format must be " + FORMAT);
        }
        if (KycJson.integer(root, "version", 1, 1, -1, "$", bad) != VERSION) {
            throw new KycException(bad, "$.version", null, "version must be " + VERSION);
        }
        String protocol = KycJson.string(root, "accessProtocol", 128, "$", bad);
        String ca = KycJson.string(root, "chipAuthentication", 32, "$", bad);
        JsonNode list = root.get("files");
        if (list == null || !list.isArray() || list.size() > EvidenceFile.values().length) {
            throw new KycException(bad, "$.files", null, "files must be an array of at most "
                    + EvidenceFile.values().length + " items");
        }
        Map<EvidenceFile, Bytes> files = new EnumMap<>(EvidenceFile.class);
        for (int i = 0; i < list.size(); i++) {
            String path = "$.files[" + i + "]";
            JsonNode entry = list.get(i);
            if (!entry.isObject()) {
                throw new KycException(bad, path, null, "each file must be an object");
            }
            KycJson.onlyKnown(entry, FILE_MEMBERS, path, bad);
            String item = KycJson.requiredString(entry, "item", 32, path, bad);
            EvidenceFile file = EvidenceFile.ofItem(item).orElseThrow(
                    () -> new KycException(KycCode.EVIDENCE_UNKNOWN_ITEM, path + ".item", null, KycJson.safe(item)));
            if (files.containsKey(file)) {
                throw new KycException(bad, path + ".item", null, "item listed twice");
            }
            long size = KycJson.integer(entry, "size", 0, file.maxBytes(), -1, path, bad);
            String sha = KycJson.requiredString(entry, "sha256", 64, path, bad);
            if (size < 0 || !sha.matches("[0-9a-fA-F]{64}")) {
                throw new KycException(bad, path, null, "size and a 64-digit hex sha256 are required");
            }
            Path p = directory.resolve(file.fileName());
            if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                throw new KycException(KycCode.EVIDENCE_FILE_MISSING, file.fileName(), null, file.item());
            }
            byte[] content = readBounded(p, file.maxBytes(), file.fileName(), KycCode.EVIDENCE_FILE_TOO_LARGE);
            Bytes value = Bytes.personal(content);
            if (content.length != size || !value.sha256().constantTimeEquals(Bytes.fromHex(sha))) {
                throw new KycException(KycCode.EVIDENCE_HASH_MISMATCH, file.fileName(), null, file.item());
            }
            files.put(file, value);
        }
        if (files.containsKey(EvidenceFile.AA_CHALLENGE) != files.containsKey(EvidenceFile.AA_SIGNATURE)) {
            throw new KycException(bad, "$.files", null, "AA.challenge and AA.signature come together");
        }
        return new ChipEvidence(files, protocol, ca, manifest, unlisted(directory, files.keySet()));
    }

    private static List<String> unlisted(Path directory, Set<EvidenceFile> listed) {
        List<String> out = new ArrayList<>();
        int seen = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path p : entries) {
                if (++seen > MAX_DIRECTORY_ENTRIES) {
                    out.add("…");
                    break;
                }
                String name = p.getFileName().toString();
                if (name.equals(MANIFEST)) {
                    continue;
                }
                boolean known = listed.stream().anyMatch(f -> f.fileName().equals(name));
                if (!known) {
                    out.add(KycJson.safe(name));
                }
            }
        } catch (IOException e) {
            throw new KycException(KycCode.EVIDENCE_IO, directory.toString(), e, "directory not listable");
        }
        Collections.sort(out);
        return out;
    }

    private static byte[] readBounded(Path file, int max, String name, KycCode tooLarge) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] data = in.readNBytes(max + 1);
            if (data.length > max) {
                throw new KycException(tooLarge, name, null, name);
            }
            return data;
        } catch (IOException e) {
            throw new KycException(KycCode.EVIDENCE_IO, name, e, name + " not readable");
        }
    }

    /**
     * Writes the evidence into {@code directory} (created when absent; must hold no evidence yet): every file,
     * then the manifest last, so a directory with a manifest is complete.
     *
     * @param directory the directory to write into
     * @throws KycException when the directory already holds a manifest or cannot be written
     */
    public void write(Path directory) {
        Objects.requireNonNull(directory, "directory");
        try {
            Files.createDirectories(directory);
            if (Files.exists(directory.resolve(MANIFEST), LinkOption.NOFOLLOW_LINKS)) {
                throw new KycException(KycCode.EVIDENCE_IO, MANIFEST, null, "the directory already holds evidence");
            }
            for (Map.Entry<EvidenceFile, Bytes> e : files.entrySet()) {
                Files.write(directory.resolve(e.getKey().fileName()), e.getValue().toByteArray());
            }
            Files.write(directory.resolve(MANIFEST), manifest);
        } catch (IOException e) {
            throw new KycException(KycCode.EVIDENCE_IO, directory.toString(), e, "cannot write the evidence");
        }
    }

    private static byte[] manifestOf(Map<EvidenceFile, Bytes> files, String protocol, String ca) {
        ObjectNode root = ResidentIdJson.mapper().createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        if (protocol != null) {
            root.put("accessProtocol", protocol);
        }
        if (ca != null) {
            root.put("chipAuthentication", ca);
        }
        ArrayNode list = root.putArray("files");
        for (Map.Entry<EvidenceFile, Bytes> e : files.entrySet()) {
            ObjectNode f = list.addObject();
            f.put("item", e.getKey().item());
            f.put("size", e.getValue().length());
            f.put("sha256", HEX.formatHex(e.getValue().sha256().toByteArray()));
        }
        try {
            return ResidentIdJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root)
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("manifest serialisation", e);
        }
    }

    /**
     * {@return the item's bytes, when present}
     *
     * @param item the CBOR data item
     */
    public Optional<Bytes> file(EvidenceFile item) {
        return Optional.ofNullable(files.get(item));
    }

    /** {@return every item, in the order of {@link EvidenceFile}} */
    public Map<EvidenceFile, Bytes> files() {
        return files;
    }

    /** {@return the access protocol that ran, e.g. {@code PACE ECDH-GM brainpoolP256r1 AES_128} or {@code BAC TDES}} */
    public Optional<String> accessProtocol() {
        return Optional.ofNullable(accessProtocol);
    }

    /**
     * {@return the chip-authentication result as the reader reported it: a {@link io.residentid.core.report.Verdict}
     * name or {@code NOT_OFFERED} ({@code PASSED}, {@code FAILED}, {@code NOT_COUNTED}, {@code NOT_SUPPORTED} in
     * evidence written before release 0.3)}
     */
    public Optional<String> chipAuthentication() {
        return Optional.ofNullable(chipAuthentication);
    }

    /** {@return the active-authentication transcript, when kept} */
    public Optional<ActiveAuthenticationTranscript> activeAuthentication() {
        Bytes c = files.get(EvidenceFile.AA_CHALLENGE);
        Bytes s = files.get(EvidenceFile.AA_SIGNATURE);
        return c == null || s == null ? Optional.empty() : Optional.of(new ActiveAuthenticationTranscript(c, s));
    }

    /** {@return the manifest's bytes (as read, or as written)} */
    public Bytes manifest() {
        return Bytes.of(manifest);
    }

    /** {@return the SHA-256 of the manifest, which binds every file through their digests} */
    public Bytes manifestSha256() {
        return Bytes.of(manifest).sha256();
    }

    /**
     * Names of files in the directory that the manifest does not list (sorted; never read).
     *
     * @return the names of the unlisted files, sorted
     */
    public List<String> unlistedFiles() {
        return unlistedFiles;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("ChipEvidence[");
        files.forEach((k, v) -> b.append(k.item()).append('=').append(v.length()).append(" bytes, "));
        return b.append("accessProtocol=").append(accessProtocol).append(", unlisted=").append(unlistedFiles.size())
                .append(']').toString();
    }

    /** Builder of chip evidence (for readers other than {@code ChipReader}, and for tests). */
    public static final class Builder {
        private final Map<EvidenceFile, Bytes> files = new EnumMap<>(EvidenceFile.class);
        private String accessProtocol;
        private String chipAuthentication;

        private Builder() {
        }

        /**
         * Sets an item's bytes (bounded by {@link EvidenceFile#maxBytes()}).
         *
         * @param item the CBOR data item
         * @param content the item's bytes
         * @return this builder
         */
        public Builder file(EvidenceFile item, Bytes content) {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(content, "content");
            if (content.length() > item.maxBytes()) {
                throw new KycException(KycCode.EVIDENCE_FILE_TOO_LARGE, item.item(), null, item.item());
            }
            files.put(item, content);
            return this;
        }

        /**
         * The access protocol that ran.
         *
         * @param protocol the protocol name, e.g. PACE or BAC
         * @return this builder
         */
        public Builder accessProtocol(String protocol) {
            this.accessProtocol = protocol;
            return this;
        }

        /**
         * The chip-authentication result as reported by the reader.
         *
         * @param status the status code
         * @return this builder
         */
        public Builder chipAuthentication(String status) {
            this.chipAuthentication = status;
            return this;
        }

        /**
         * The active-authentication transcript.
         *
         * @param transcript the session transcript both sides hash
         * @return this builder
         */
        public Builder activeAuthentication(ActiveAuthenticationTranscript transcript) {
            file(EvidenceFile.AA_CHALLENGE, transcript.challenge());
            return file(EvidenceFile.AA_SIGNATURE, transcript.signature());
        }

        /** {@return the evidence} */
        public ChipEvidence build() {
            return new ChipEvidence(files, accessProtocol, chipAuthentication, null, List.of());
        }
    }
}
