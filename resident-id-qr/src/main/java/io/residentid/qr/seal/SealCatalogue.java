package io.residentid.qr.seal;

import com.fasterxml.jackson.databind.JsonNode;
import io.residentid.core.json.StrictJson;
import io.residentid.core.report.ResidentIdException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The data-driven catalogue of seal document types and their features: VDS types by document feature definition
 * reference and type category, TR-03171 profiles by profile number, IDB message types and national document types.
 * The standard catalogue is {@code seal-catalogue.json} in this package; integrators add or override entries with
 * {@link #with(String)} (same JSON shape, later entries win). Immutable and thread-safe.
 */
public final class SealCatalogue {

    /** Most entries of one kind a catalogue may hold. */
    public static final int MAX_ENTRIES = 4096;

    private static final SealCatalogue STANDARD = load();

    private final Map<Integer, DocumentType> vdsTypes;
    private final Map<String, DocumentType> vdsTypesByName;
    private final Map<String, Profile> profiles;
    private final Map<Integer, Feature> idbMessages;
    private final Map<Integer, String> idbDocumentTypes;

    private SealCatalogue(Map<Integer, DocumentType> vdsTypes, Map<String, Profile> profiles,
                          Map<Integer, Feature> idbMessages, Map<Integer, String> idbDocumentTypes) {
        this.vdsTypes = Map.copyOf(vdsTypes);
        Map<String, DocumentType> byName = new LinkedHashMap<>();
        for (DocumentType t : vdsTypes.values()) {
            byName.put(t.name(), t);
        }
        this.vdsTypesByName = Map.copyOf(byName);
        this.profiles = Map.copyOf(profiles);
        this.idbMessages = Map.copyOf(idbMessages);
        this.idbDocumentTypes = Map.copyOf(idbDocumentTypes);
    }

    /** {@return the standard catalogue shipped with the SDK} */
    public static SealCatalogue standard() {
        return STANDARD;
    }

    /**
     * This catalogue with the entries of {@code json} added (an entry with the same key replaces the old one).
     *
     * @param json the JSON text
     * @return a new catalogue with the entries added or replaced
     * @throws SealException {@link SealCode#BAD_CATALOGUE} when the JSON is malformed
     */
    public SealCatalogue with(String json) {
        Map<Integer, DocumentType> types = new LinkedHashMap<>(vdsTypes);
        Map<String, Profile> prof = new LinkedHashMap<>(profiles);
        Map<Integer, Feature> idb = new LinkedHashMap<>(idbMessages);
        Map<Integer, String> idbTypes = new LinkedHashMap<>(idbDocumentTypes);
        JsonNode root;
        try {
            root = StrictJson.parse(json);
        } catch (ResidentIdException e) {
            throw new SealException(SealCode.BAD_CATALOGUE, -1, e, e.getMessage());
        }
        if (!root.isObject()) {
            throw bad("root must be an object");
        }
        for (JsonNode t : array(root, "vdsTypes")) {
            int ref = hexByte(t, "featureRef");
            int cat = hexByte(t, "category");
            types.put(ref << 8 | cat, new DocumentType(text(t, "name"), ref, cat,
                    t.path("keyValuePairs").asBoolean(false), t.path("profiles").asBoolean(false),
                    features(t.path("features"))));
        }
        for (JsonNode p : array(root, "vdsProfiles")) {
            String uuid = text(p, "profile").toLowerCase(Locale.ROOT);
            if (!uuid.matches("[0-9a-f]{32}")) {
                throw bad("profile must be 32 hex digits");
            }
            prof.put(uuid, new Profile(uuid, text(p, "name"), features(p.path("features"))));
        }
        for (Feature f : features(root.path("idbMessages"))) {
            idb.put(f.tag(), f);
        }
        for (JsonNode d : array(root, "idbDocumentTypes")) {
            idbTypes.put(d.path("id").asInt(-1), text(d, "name"));
        }
        if (types.size() > MAX_ENTRIES || prof.size() > MAX_ENTRIES || idb.size() > MAX_ENTRIES
                || idbTypes.size() > MAX_ENTRIES) {
            throw bad("too many entries");
        }
        return new SealCatalogue(types, prof, idb, idbTypes);
    }

    /**
     * {@return the VDS document type with this feature reference and category}
     *
     * @param featureRef the feature reference byte
     * @param category the document category byte
     */
    public Optional<DocumentType> vdsType(int featureRef, int category) {
        return Optional.ofNullable(vdsTypes.get((featureRef & 0xFF) << 8 | (category & 0xFF)));
    }

    /**
     * {@return the VDS document type with this name}
     *
     * @param name the document type name
     */
    public Optional<DocumentType> vdsType(String name) {
        return Optional.ofNullable(vdsTypesByName.get(name));
    }

    /**
     * {@return the TR-03171 profile with this 16-byte profile number (hex)}
     *
     * @param profileNumberHex the profile number as hexadecimal text
     */
    public Optional<Profile> profile(String profileNumberHex) {
        return Optional.ofNullable(profiles.get(profileNumberHex.toLowerCase(Locale.ROOT)));
    }

    /**
     * {@return the IDB message type with this tag}
     *
     * @param tag the IDB message tag
     */
    public Optional<Feature> idbMessage(int tag) {
        return Optional.ofNullable(idbMessages.get(tag));
    }

    /**
     * {@return the IDB message type with this name}
     *
     * @param name the IDB message name
     */
    public Optional<Feature> idbMessage(String name) {
        return idbMessages.values().stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /**
     * {@return the name of an IDB national document type}
     *
     * @param id the IDB message or document type id
     */
    public Optional<String> idbDocumentType(int id) {
        return Optional.ofNullable(idbDocumentTypes.get(id));
    }

    /**
     * {@return the id of an IDB national document type by name}
     *
     * @param name the document type name
     */
    public Optional<Integer> idbDocumentTypeId(String name) {
        return idbDocumentTypes.entrySet().stream().filter(e -> e.getValue().equals(name)).map(Map.Entry::getKey)
                .findFirst();
    }

    /** {@return the names of every VDS document type} */
    public List<String> vdsTypeNames() {
        return List.copyOf(vdsTypesByName.keySet());
    }

    /**
     * A VDS document type.
     *
     * @param name          the stable name
     * @param featureRef    the document feature definition reference byte
     * @param category      the document type category byte
     * @param keyValuePairs whether odd/even tags are name/value pairs (general-purpose seals)
     * @param profiles      whether tag 0 holds a TR-03171 profile number that selects further features
     * @param features      the features by tag
     */
    public record DocumentType(String name, int featureRef, int category, boolean keyValuePairs, boolean profiles,
                               List<Feature> features) {
        /**
         * Copies the list.
         *
         * @param name the stable name
         * @param featureRef the document feature definition reference byte
         * @param category the document type category byte
         * @param keyValuePairs whether odd/even tags are name/value pairs (general-purpose seals)
         * @param profiles whether tag 0 holds a TR-03171 profile number that selects further features
         * @param features the features by tag
         */
        public DocumentType {
            features = List.copyOf(features);
        }

        /**
         * {@return the feature with this tag}
         *
         * @param tag the feature tag
         */
        public Optional<Feature> feature(int tag) {
            return features.stream().filter(f -> f.tag() == tag).findFirst();
        }

        /**
         * {@return the feature with this name or alias}
         *
         * @param name the feature name or alias
         */
        public Optional<Feature> feature(String name) {
            return features.stream().filter(f -> f.name().equals(name) || f.aliases().contains(name)).findFirst();
        }
    }

    /**
     * A TR-03171 profile (administrative documents).
     *
     * @param profileNumber the 16-byte profile number, hex
     * @param name          the document type name the profile gives the seal
     * @param features      its content features
     */
    public record Profile(String profileNumber, String name, List<Feature> features) {
        /**
         * Copies the list.
         *
         * @param profileNumber the 16-byte profile number, hex
         * @param name the document type name the profile gives the seal
         * @param features its content features
         */
        public Profile {
            features = List.copyOf(features);
        }
    }

    /**
     * A feature definition.
     *
     * @param tag        the TLV tag
     * @param name       the stable name
     * @param coding     how its bytes are decoded
     * @param lineLength MRZ line length (0 otherwise)
     * @param mrzChars   MRZ characters kept (0: all); the ICAO visa seal carries MRV-A without its optional data
     * @param maxBytes   the most value bytes accepted when encoding (0: no limit beyond the seal's)
     * @param aliases    other names other implementations use
     * @param metadata   whether the feature describes the seal rather than the holder
     * @param group      for {@link FeatureCoding#MESSAGES}: the VDS document type whose features it nests
     */
    public record Feature(int tag, String name, FeatureCoding coding, int lineLength, int mrzChars, int maxBytes,
                          List<String> aliases, boolean metadata, String group) {
        /**
         * Checks the fields.
         *
         * @param tag the TLV tag
         * @param name the stable name
         * @param coding how its bytes are decoded
         * @param lineLength MRZ line length (0 otherwise)
         * @param mrzChars MRZ characters kept (0: all); the ICAO visa seal carries MRV-A without its optional data
         * @param maxBytes the most value bytes accepted when encoding (0: no limit beyond the seal's)
         * @param aliases other names other implementations use
         * @param metadata whether the feature describes the seal rather than the holder
         * @param group for {@link FeatureCoding#MESSAGES}: the VDS document type whose features it nests
         */
        public Feature {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(coding, "coding");
            aliases = List.copyOf(aliases);
        }
    }

    private static List<Feature> features(JsonNode node) {
        List<Feature> out = new ArrayList<>();
        if (node.isMissingNode()) {
            return out;
        }
        if (!node.isArray() || node.size() > MAX_ENTRIES) {
            throw bad("features must be an array");
        }
        for (JsonNode f : node) {
            int tag = f.path("tag").asInt(-1);
            if (tag < 0 || tag > 0xFE) {
                throw bad("tag out of range");
            }
            FeatureCoding coding;
            try {
                coding = FeatureCoding.valueOf(text(f, "coding"));
            } catch (IllegalArgumentException e) {
                throw bad("unknown coding");
            }
            List<String> aliases = new ArrayList<>();
            for (JsonNode a : f.path("aliases")) {
                aliases.add(a.asText());
            }
            out.add(new Feature(tag, text(f, "name"), coding, f.path("lineLength").asInt(0), f.path("mrzChars").asInt(0),
                    f.path("maxBytes").asInt(0), aliases, f.path("metadata").asBoolean(false),
                    f.path("group").asText("")));
        }
        return out;
    }

    private static Iterable<JsonNode> array(JsonNode root, String field) {
        JsonNode node = root.path(field);
        if (node.isMissingNode()) {
            return List.of();
        }
        if (!node.isArray() || node.size() > MAX_ENTRIES) {
            throw bad(field + " must be an array");
        }
        return node;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        if (!v.isTextual() || v.asText().isEmpty() || v.asText().length() > 200) {
            throw bad(field + " must be a non-empty string");
        }
        return v.asText();
    }

    private static int hexByte(JsonNode node, String field) {
        String s = text(node, field);
        if (!s.matches("[0-9a-fA-F]{2}")) {
            throw bad(field + " must be two hex digits");
        }
        return HexFormat.fromHexDigits(s);
    }

    private static SealException bad(String detail) {
        return new SealException(SealCode.BAD_CATALOGUE, -1, detail);
    }

    private static SealCatalogue load() {
        try (InputStream in = SealCatalogue.class.getResourceAsStream("seal-catalogue.json")) {
            if (in == null) {
                throw new IllegalStateException("seal-catalogue.json missing from the classpath");
            }
            return new SealCatalogue(Map.of(), Map.of(), Map.of(), Map.of())
                    .with(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("seal-catalogue.json unreadable", e);
        }
    }
}
