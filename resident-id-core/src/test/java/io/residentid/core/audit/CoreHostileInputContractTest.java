package io.residentid.core.audit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.fail;

import io.residentid.core.id.IdNumbers;
import io.residentid.core.model.Address;
import io.residentid.core.model.HijriDates;
import io.residentid.core.model.IssuingCountry;
import io.residentid.core.model.Nationality;
import io.residentid.core.mrz.Mrz;
import io.residentid.core.mrz.MrzParseException;
import io.residentid.core.renewal.ApplicationState;
import io.residentid.core.renewal.RenewalApplication;
import io.residentid.core.renewal.RenewalProcess;
import io.residentid.core.renewal.ResidentFacts;
import io.residentid.core.renewal.RulePack;
import io.residentid.core.renewal.RulePackException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * The public parsers and validators of core, fed null, empty, random and truncated input: each may only fail with
 * its documented exception (MRZ: {@link MrzParseException}; rule packs: {@link RulePackException}; facts,
 * applications, Hijri dates, model values: {@link IllegalArgumentException}); identifier validation never throws.
 */
class CoreHostileInputContractTest {

    private static final String TD1 = "I<UTOD231458907<<<<<<<<<<<<<<<\n"
            + "7408122F1204159UTO<<<<<<<<<<<6\n"
            + "ERIKSSON<<ANNA<MARIA<<<<<<<<<<";
    private static final String FACTS = "{\"inCountry\":true,\"passportValid\":true,\"unpaidFines\":\"0\"}";
    private static final String APPLICATION = RenewalApplication.draft("A-1", IssuingCountry.OMAN, "2025.1",
            RenewalProcess.RENEWAL, Set.of("passport"), false, "clerk", Instant.EPOCH).toJson();

    private static final List<Entry> ENTRIES = List.of(
            new Entry("Mrz.parse", MrzParseException.class, Mrz::parse),
            new Entry("IdNumbers.validate", null, s -> {
                for (IssuingCountry c : IssuingCountry.values()) {
                    IdNumbers.validate(c, s);
                }
            }),
            new Entry("RulePack.parse(String)", RulePackException.class, s -> parsePack(s)),
            new Entry("RulePack.parse(InputStream)", RulePackException.class,
                    s -> parsePack(s == null ? null : new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)))),
            new Entry("ResidentFacts.parse", IllegalArgumentException.class, ResidentFacts::parse),
            new Entry("RenewalApplication.parse", IllegalArgumentException.class, RenewalApplication::parse),
            new Entry("HijriDates.parse", IllegalArgumentException.class, HijriDates::parse),
            new Entry("HijriDates.parseToGregorian", IllegalArgumentException.class, HijriDates::parseToGregorian),
            new Entry("Nationality.of", IllegalArgumentException.class, Nationality::of),
            new Entry("IssuingCountry.of", IllegalArgumentException.class, IssuingCountry::of),
            new Entry("IssuingCountry.fromCode", null, IssuingCountry::fromCode),
            new Entry("Address.of", IllegalArgumentException.class, s -> Address.of(s == null ? null : s.split("\n"))));

    /** A public entry point and the only exception type it may throw ({@code null}: none). */
    private record Entry(String name, Class<? extends Exception> allowed, Consumer<String> call) {
        void check(String input) {
            try {
                call.accept(input);
            } catch (Exception e) {
                if (allowed == null || !allowed.isInstance(e)) {
                    fail(name + " threw " + e.getClass().getName() + " for input of "
                            + (input == null ? "null" : input.length() + " chars"), e);
                }
            }
        }
    }

    private static void parsePack(String s) {
        try {
            RulePack.parse(s);
        } catch (RulePackException e) {
            throw new WrappedChecked(e);
        }
    }

    private static void parsePack(InputStream in) {
        try {
            RulePack.parse(in);
        } catch (RulePackException e) {
            throw new WrappedChecked(e);
        }
    }

    /** Carries a checked exception through {@link Consumer}; unwrapped by {@link #check}. */
    private static final class WrappedChecked extends RuntimeException {
        WrappedChecked(Exception cause) {
            super(cause);
        }
    }

    private static void checkAll(String input) {
        for (Entry entry : ENTRIES) {
            Entry unwrapping = new Entry(entry.name(), entry.allowed(), s -> {
                try {
                    entry.call().accept(s);
                } catch (WrappedChecked w) {
                    sneakyThrow(w.getCause());
                }
            });
            unwrapping.check(input);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
        throw (T) t;
    }

    @Test
    void nullAndEmptyInputFailOnlyWithDocumentedExceptions() {
        checkAll(null);
        checkAll("");
        checkAll(" ");
        checkAll("\u0000");
    }

    @Test
    void nullPackPathIsARulePackException() {
        Entry load = new Entry("RulePack.load(null)", RulePackException.class, s -> {
            try {
                RulePack.load(null);
            } catch (RulePackException e) {
                sneakyThrow(e);
            }
        });
        load.check(null);
    }

    @Test
    void nullCountryIsAnIllegalArgument() {
        new Entry("IdNumbers.validate(null, ...)", IllegalArgumentException.class,
                s -> IdNumbers.validate(null, s)).check("2000000008");
    }

    @Property(tries = 300)
    void randomTextFailsOnlyWithDocumentedExceptions(@ForAll @StringLength(max = 300) String text) {
        checkAll(text);
    }

    @Property(tries = 200)
    void randomBytesAsTextFailOnlyWithDocumentedExceptions(@ForAll @Size(max = 400) byte[] bytes) {
        checkAll(new String(bytes, StandardCharsets.ISO_8859_1));
    }

    @Property(tries = 300)
    void truncatedAndMutatedValidInputFailsOnlyWithDocumentedExceptions(@ForAll("mutatedSeeds") String text) {
        checkAll(text);
    }

    @Test
    void everyPrefixOfTheBundledPacksFailsOnlyWithRulePackException() throws IOException {
        String pack;
        try (InputStream in = RulePack.class.getResourceAsStream("packs/OM-2025.1.json")) {
            pack = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertDoesNotThrow(() -> RulePack.parse(pack));
        Entry parse = ENTRIES.get(2);
        for (int cut = 0; cut < pack.length(); cut += Math.max(1, pack.length() / 400)) {
            String prefix = pack.substring(0, cut);
            new Entry(parse.name(), RulePackException.class, s -> {
                try {
                    RulePack.parse(s);
                } catch (RulePackException e) {
                    sneakyThrow(e);
                }
            }).check(prefix);
        }
    }

    @Provide
    Arbitrary<String> mutatedSeeds() {
        List<String> seeds = new ArrayList<>(List.of(TD1, FACTS, APPLICATION, "1447/05/30", "OMN", "OM"));
        for (ApplicationState s : ApplicationState.values()) {
            seeds.add(APPLICATION.replace("DRAFT", s.name()));
        }
        return Arbitraries.of(seeds).flatMap(seed -> Arbitraries.integers().between(0, seed.length())
                .flatMap(cut -> Arbitraries.chars().all().list().ofMaxSize(3)
                        .map(noise -> {
                            StringBuilder sb = new StringBuilder(seed.substring(0, cut));
                            noise.forEach(sb::append);
                            return sb.toString();
                        })));
    }
}
