package io.residentid.core.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.residentid.core.json.ResidentIdJson;
import io.residentid.core.model.IssuingCountry;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class RenewalPropertiesTest {

    static final RenewalCalculator CALC = RenewalCalculator.bundled();
    static final LocalDate EXPIRY = LocalDate.of(2027, 6, 30);
    static final List<String> PACK_FILES = List.of("OM-2025.1.json", "SA-2024.1.json", "QA-2020.1.json",
            "AE-2024.1.json", "KW-2023.1.json", "BH-2024.1.json");

    @Provide
    Arbitrary<ResidentFacts> facts() {
        Arbitrary<Boolean> b = Arbitraries.of(Boolean.TRUE, Boolean.FALSE).injectNull(0.3);
        Arbitrary<Integer> offences = Arbitraries.integers().between(0, 5).injectNull(0.3);
        Arbitrary<String> category = Arbitraries.of("FAMILY", "COMPANY", "PERSONAL", "OTHER").injectNull(0.2);
        Arbitrary<LocalDate> dob = Arbitraries.integers().between(0, 90 * 365)
                .map(d -> EXPIRY.minusDays(d)).injectNull(0.3);
        return Combinators.combine(b, b, b, b, offences, category, dob).as((inCountry, fines, sponsored, prints,
                                                                            off, cat, birth) ->
                ResidentFacts.builder().inCountry(inCountry).unpaidFines(fines).sponsoredWorker(sponsored)
                        .workContractValid(inCountry).fingerprintsOnFile(prints).priorOffences(off)
                        .sponsorCategory(cat).dateOfBirth(birth).build());
    }

    static BigDecimal fines(RenewalAssessment a) {
        BigDecimal sum = BigDecimal.ZERO;
        for (ChargeLine l : a.fines()) {
            sum = sum.add(l.amount());
        }
        return sum;
    }

    @Property(tries = 300)
    void finesNeverDecreaseAsDaysLateGrow(@ForAll IssuingCountry country, @ForAll("facts") ResidentFacts facts,
                                          @ForAll @IntRange(min = -200, max = 2000) int d1,
                                          @ForAll @IntRange(min = 0, max = 400) int more) {
        RenewalAssessment a = CALC.assess(country, EXPIRY, facts, EXPIRY.plusDays(d1));
        RenewalAssessment b = CALC.assess(country, EXPIRY, facts, EXPIRY.plusDays(d1 + (long) more));
        assertTrue(fines(a).compareTo(fines(b)) <= 0, country + " " + d1 + "+" + more);
        assertTrue(a.status().ordinal() <= b.status().ordinal(), a.status() + " then " + b.status());
    }

    @Property(tries = 300)
    void totalIsTheSumOfTheLinesAtTheCurrencyScale(@ForAll IssuingCountry country,
                                                   @ForAll("facts") ResidentFacts facts,
                                                   @ForAll @IntRange(min = -400, max = 3000) int days) {
        RenewalAssessment a = CALC.assess(country, EXPIRY, facts, EXPIRY.plusDays(days));
        int scale = country.currencyMinorUnits();
        BigDecimal sum = BigDecimal.ZERO.setScale(scale);
        List<ChargeLine> all = new ArrayList<>(a.fees());
        all.addAll(a.fines());
        for (ChargeLine l : all) {
            assertEquals(scale, l.amount().scale(), l.toString());
            assertEquals(country.currencyCode(), l.currency());
            assertTrue(a.fees().contains(l) || l.amount().signum() >= 0);
            sum = sum.add(l.amount());
        }
        assertEquals(sum, a.total().amount());
        assertEquals(scale, a.total().amount().scale());
        assertTrue(a.total().amount().signum() >= 0);
    }

    @Property(tries = 200)
    void lostCardAmountsAreAtScale(@ForAll IssuingCountry country, @ForAll("facts") ResidentFacts facts,
                                   @ForAll @IntRange(min = 0, max = 400) int daysSinceLoss) {
        LostCardAssessment a = CALC.assessLost(country, RenewalProcess.LOST, EXPIRY, facts,
                EXPIRY.plusDays(daysSinceLoss));
        BigDecimal sum = BigDecimal.ZERO.setScale(country.currencyMinorUnits());
        for (ChargeLine l : a.fees()) {
            assertEquals(country.currencyMinorUnits(), l.amount().scale());
            sum = sum.add(l.amount());
        }
        assertEquals(sum, a.total().amount());
        if (a.reportBy() != null) {
            assertEquals(EXPIRY.plusDays(daysSinceLoss).isAfter(a.reportBy()), a.reportOverdue());
        }
    }

    @Property(tries = 500)
    void arbitraryTextNeverThrowsAnythingButRulePackException(@ForAll @StringLength(max = 300) String text) {
        try {
            RulePack.parse(text);
        } catch (RulePackException expected) {
            assertTrue(expected.getMessage().startsWith("$"), expected.getMessage());
        }
    }

    @Property(tries = 600)
    void mutatedPacksNeverThrowAnythingButRulePackException(@ForAll("packFiles") String file,
                                                            @ForAll long seed) throws Exception {
        JsonNode pack;
        try (InputStream in = RulePacks.class.getResourceAsStream("packs/" + file)) {
            pack = ResidentIdJson.mapper().readTree(in);
        }
        Random random = new Random(seed);
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            mutate(pack, random);
        }
        String json = pack.toString();
        if (random.nextInt(5) == 0) {
            json = json.substring(0, random.nextInt(json.length())); // truncation
        }
        RulePack p;
        try {
            p = RulePack.parse(json);
        } catch (RulePackException expected) {
            assertTrue(expected.path().orElseThrow().startsWith("$"));
            return;
        }
        // A pack that loads must be usable: at worst an argument error (e.g. no default validity left).
        try {
            new RenewalCalculator(RulePacks.builder().add(p).build())
                    .assess(p.country(), EXPIRY, ResidentFacts.none(), p.effectiveFrom().plusDays(random.nextInt(900)));
        } catch (IllegalArgumentException possible) {
            assertTrue(possible.getMessage() != null);
        }
    }

    @Provide
    Arbitrary<String> packFiles() {
        return Arbitraries.of(PACK_FILES);
    }

    private static final JsonNode[] VALUES = {
        JsonNodeFactory.instance.numberNode(-1), JsonNodeFactory.instance.numberNode(new BigDecimal("1.23456")),
        JsonNodeFactory.instance.textNode("P-3D"), JsonNodeFactory.instance.textNode("bogus"),
        JsonNodeFactory.instance.nullNode(), JsonNodeFactory.instance.booleanNode(true),
        JsonNodeFactory.instance.arrayNode(), JsonNodeFactory.instance.objectNode(),
        JsonNodeFactory.instance.textNode("2027-02-30"), JsonNodeFactory.instance.numberNode(1e300),
        JsonNodeFactory.instance.textNode("P1Y"), JsonNodeFactory.instance.numberNode(0),
        JsonNodeFactory.instance.numberNode(Long.MAX_VALUE), JsonNodeFactory.instance.textNode("RENEWAL"),
    };

    private static void mutate(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode o && o.size() > 0) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(4)) {
                case 0 -> o.remove(name);
                case 1 -> o.set(name, VALUES[random.nextInt(VALUES.length)]);
                case 2 -> o.set("x" + name, VALUES[random.nextInt(VALUES.length)]);
                default -> o.set(name, o.get(name).deepCopy());
            }
        } else if (target instanceof ArrayNode a && a.size() > 0) {
            int i = random.nextInt(a.size());
            switch (random.nextInt(3)) {
                case 0 -> a.remove(i);
                case 1 -> a.add(a.get(i).deepCopy());
                default -> a.set(i, VALUES[random.nextInt(VALUES.length)]);
            }
        }
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainerNode()) {
            out.add(n);
            Iterator<JsonNode> it = n.elements();
            while (it.hasNext()) {
                collect(it.next(), out);
            }
        }
    }

    @Property(tries = 300)
    void factsAndApplicationParsersOnlyThrowIllegalArgument(@ForAll @StringLength(max = 200) String text,
                                                            @ForAll @IntRange(min = 0, max = 3) int shape) {
        String input = switch (shape) {
            case 0 -> text;
            case 1 -> "{\"inCountry\": " + text + "}";
            case 2 -> "{\"history\": [" + text + "]}";
            default -> "[".repeat(text.length() * 50) + text;
        };
        try {
            ResidentFacts.parse(input);
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().startsWith("facts"), expected.getMessage());
        }
        try {
            RenewalApplication.parse(input);
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().startsWith("application"), expected.getMessage());
        }
    }

    @Property(tries = 200)
    void applicationJsonRoundTripsAfterAnyLegalActions(@ForAll @IntRange(min = 0, max = 12) int steps,
                                                       @ForAll long seed) {
        Random random = new Random(seed);
        Instant t = Instant.parse("2027-06-01T00:00:00Z");
        RenewalApplication app = RenewalApplication.draft("A-" + seed, IssuingCountry.QATAR, "2020.1",
                RenewalProcess.LOST, Set.of("POLICE_REPORT"), random.nextBoolean(), "portal", t);
        for (int i = 0; i < steps; i++) {
            t = t.plusSeconds(random.nextInt(1000));
            try {
                app = switch (random.nextInt(10)) {
                    case 0 -> app.payFees("holder", t);
                    case 1 -> app.attachDocuments(Set.of("POLICE_REPORT"), "holder", t);
                    case 2 -> app.bookBiometrics(t.plusSeconds(86_400), "holder", t);
                    case 3 -> app.submit("holder", t);
                    case 4 -> app.startReview("officer", t);
                    case 5 -> app.returnForModification("officer", t, "fix");
                    case 6 -> app.approve("officer", t);
                    case 7 -> app.issue("officer", t);
                    case 8 -> app.deliver("courier", t);
                    default -> random.nextInt(4) == 0 ? app.cancel("holder", t, null) : app;
                };
            } catch (IllegalTransitionException refused) {
                // the state is unchanged: applications are immutable
            }
            RenewalApplication back = RenewalApplication.parse(app.toJson());
            assertEquals(app, back);
            assertEquals(app.state(), back.state());
        }
    }
}
