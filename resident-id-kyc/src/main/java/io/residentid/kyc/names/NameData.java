package io.residentid.kyc.names;

import com.fasterxml.jackson.databind.JsonNode;
import io.residentid.core.json.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The name-matching knowledge loaded once from the two JSON resources of this package (ICAO Arabic table and the
 * variant/phonetic data), through the SDK's strict JSON layer. The only class of this package that reads JSON.
 */
final class NameData {

    /** The skeleton alphabet: index 0 is the initial-vowel marker. */
    static final String SYMBOLS = "_bptdszfvkqgjlmnrhwyʃxθðɣ";
    static final byte INITIAL_VOWEL = 0;

    static final NameData INSTANCE = load();

    /** Arabic letter to its ICAO 9303 transliteration. */
    final Map<Character, String> icaoOf;
    /** ICAO code (upper case) to the Arabic letter, for reading ICAO-transliterated MRZ names back. */
    final Map<String, Character> arabicOfIcao;
    /** Arabic letter to its sound class ("V", "W", "Y", "" or one skeleton symbol). */
    final Map<Character, String> arabicSound;
    private final String[] soundByLetter = new String[0x100];
    final Set<String> connectors;
    final Set<String> articles;
    /** Parts that always join the next part into one compound name (Abdul + Rahman). */
    final Set<String> compoundPrefixes;
    /** Latin spelling rules, longest first. */
    final List<LatinRule> latinRules;
    /** The same rules indexed by their first letter (a-z), longest first. */
    final LatinRule[][] latinRulesByFirst;
    /** The skeleton symbol of a plain Latin consonant (index: letter - 'a'), or -1. */
    final byte[] latinSymbol;
    final float[][] substitution;
    final float[] indel;
    final float finalH;
    final float lBeforeSun;
    final boolean[] sunLetter;
    /** Normalised spelling to the ids of the variant groups it belongs to. */
    final Map<String, int[]> groupsOf;
    final List<String> groupIds;

    record LatinRule(String spelling, byte[] sound, boolean keepVowel) {
    }

    private NameData(Map<Character, String> icaoOf, Map<String, Character> arabicOfIcao,
            Map<Character, String> arabicSound, Set<String> connectors, Set<String> articles,
            Set<String> compoundPrefixes,
            List<LatinRule> latinRules, float[][] substitution, float[] indel, float finalH, float lBeforeSun,
            boolean[] sunLetter, Map<String, int[]> groupsOf, List<String> groupIds) {
        this.icaoOf = icaoOf;
        this.arabicOfIcao = arabicOfIcao;
        this.arabicSound = arabicSound;
        arabicSound.forEach((c, sound) -> {
            if (c >= 0x0600 && c < 0x0700) {
                soundByLetter[c - 0x0600] = sound;
            }
        });
        this.connectors = connectors;
        this.articles = articles;
        this.compoundPrefixes = compoundPrefixes;
        this.latinRules = latinRules;
        this.latinRulesByFirst = new LatinRule[26][];
        for (char c = 'a'; c <= 'z'; c++) {
            final char first = c;
            latinRulesByFirst[c - 'a'] = latinRules.stream().filter(r -> r.spelling().charAt(0) == first)
                    .toArray(LatinRule[]::new);
        }
        this.latinSymbol = new byte[26];
        for (char c = 'a'; c <= 'z'; c++) {
            int k = SYMBOLS.indexOf(c);
            latinSymbol[c - 'a'] = (byte) (k > 0 ? k : -1);
        }
        this.substitution = substitution;
        this.indel = indel;
        this.finalH = finalH;
        this.lBeforeSun = lBeforeSun;
        this.sunLetter = sunLetter;
        this.groupsOf = groupsOf;
        this.groupIds = groupIds;
    }

    /** The sound class of an Arabic letter, or {@code null} (array lookup: this runs for every letter). */
    String soundOf(char c) {
        int k = c - 0x0600;
        return k >= 0 && k < soundByLetter.length ? soundByLetter[k] : null;
    }

    static byte symbol(char c) {
        int i = SYMBOLS.indexOf(c);
        if (i < 0) {
            throw new IllegalStateException("not a skeleton symbol: " + c);
        }
        return (byte) i;
    }

    static byte[] symbols(String sounds) {
        byte[] out = new byte[sounds.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = symbol(sounds.charAt(i));
        }
        return out;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = NameData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return StrictJson.parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static NameData load() {
        JsonNode icao = read("icao-9303-arabic.json");
        Map<Character, String> icaoOf = new HashMap<>();
        Map<String, Character> arabicOfIcao = new HashMap<>();
        Map<Character, String> sound = new HashMap<>();
        for (JsonNode letter : icao.get("letters")) {
            char c = letter.get("arabic").asText().charAt(0);
            String code = letter.get("icao").asText();
            icaoOf.put(c, code);
            arabicOfIcao.putIfAbsent(code, c);
            sound.put(c, letter.get("sound").asText());
        }
        JsonNode data = read("name-variants.json");
        Set<String> connectors = new HashSet<>();
        Set<String> articles = new HashSet<>();
        collect(data.get("particles").get("connectors"), connectors);
        collect(data.get("particles").get("articles"), articles);
        Set<String> prefixes = new HashSet<>();
        collect(data.get("compoundPrefixes"), prefixes);
        List<LatinRule> rules = new ArrayList<>();
        for (JsonNode rule : data.get("latinSpellings")) {
            rules.add(new LatinRule(rule.get("spelling").asText(), symbols(rule.get("sound").asText()),
                    rule.path("keepVowel").asBoolean(false)));
        }
        rules.sort((x, y) -> Integer.compare(y.spelling().length(), x.spelling().length()));
        int n = SYMBOLS.length();
        float[][] sub = new float[n][n];
        for (float[] row : sub) {
            Arrays.fill(row, 1f);
        }
        for (int i = 0; i < n; i++) {
            sub[i][i] = 0f;
        }
        for (JsonNode eq : data.get("soundEquivalences")) {
            byte a = symbol(eq.get("a").asText().charAt(0));
            byte b = symbol(eq.get("b").asText().charAt(0));
            float cost = (float) eq.get("cost").asDouble();
            sub[a][b] = cost;
            sub[b][a] = cost;
        }
        JsonNode costs = data.get("indelCosts");
        float[] indel = new float[n];
        Arrays.fill(indel, (float) costs.get("default").asDouble());
        indel[symbol('h')] = (float) costs.get("h").asDouble();
        indel[symbol('w')] = (float) costs.get("w").asDouble();
        indel[symbol('y')] = (float) costs.get("y").asDouble();
        indel[INITIAL_VOWEL] = (float) costs.get("initialVowel").asDouble();
        boolean[] sun = new boolean[n];
        for (char c : costs.get("sunLetters").asText().toCharArray()) {
            sun[symbol(c)] = true;
        }
        Map<String, List<Integer>> groups = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (JsonNode group : data.get("groups")) {
            int id = ids.size();
            ids.add(group.get("id").asText());
            for (JsonNode spelling : group.get("latin")) {
                add(groups, NameText.foldLatin(spelling.asText()), id);
            }
            for (JsonNode spelling : group.get("arabic")) {
                add(groups, NameText.foldArabic(spelling.asText()), id);
            }
        }
        Map<String, int[]> groupsOf = new HashMap<>();
        groups.forEach((k, v) -> groupsOf.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return new NameData(Collections.unmodifiableMap(icaoOf), Collections.unmodifiableMap(arabicOfIcao),
                Collections.unmodifiableMap(sound), Set.copyOf(connectors), Set.copyOf(articles), Set.copyOf(prefixes), List.copyOf(rules),
                sub, indel, (float) costs.get("finalH").asDouble(), (float) costs.get("lBeforeSunLetter").asDouble(),
                sun, Collections.unmodifiableMap(groupsOf), List.copyOf(ids));
    }

    private static void add(Map<String, List<Integer>> groups, String key, int id) {
        if (!key.isEmpty()) {
            List<Integer> list = groups.computeIfAbsent(key, k -> new ArrayList<>(2));
            if (!list.contains(id)) {
                list.add(id);
            }
        }
    }

    private static void collect(JsonNode node, Set<String> into) {
        for (JsonNode s : node.get("latin")) {
            into.add(NameText.foldLatin(s.asText()));
        }
        for (JsonNode s : node.get("arabic")) {
            into.add(NameText.foldArabic(s.asText()));
        }
    }
}
