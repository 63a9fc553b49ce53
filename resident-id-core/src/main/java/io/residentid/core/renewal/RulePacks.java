package io.residentid.core.renewal;

import io.residentid.core.model.IssuingCountry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A set of rule packs, several versions per country; {@link #inForce(IssuingCountry, LocalDate)} picks the
 * version in force on a date. Immutable and thread-safe.
 *
 * <pre>{@code
 * RulePacks packs = RulePacks.builder()
 *         .addBundled()
 *         .add(RulePack.load(Path.of("OM-2026.1.json")))   // a newer decision, in force from its effectiveFrom
 *         .build();
 * }</pre>
 * A pack with the same country and {@code effectiveFrom} as an earlier one replaces it (integrators override
 * bundled figures that way).
 */
public final class RulePacks {

    private static final String BUNDLE_DIR = "packs/";
    private static volatile RulePacks bundled;

    private final Map<IssuingCountry, List<RulePack>> byCountry;

    private RulePacks(Map<IssuingCountry, List<RulePack>> byCountry) {
        this.byCountry = byCountry;
    }

    /** {@return the packs shipped with the SDK (one per country), loaded once} */
    public static RulePacks bundled() {
        RulePacks packs = bundled;
        if (packs == null) {
            synchronized (RulePacks.class) {
                packs = bundled;
                if (packs == null) {
                    packs = builder().addBundled().build();
                    bundled = packs;
                }
            }
        }
        return packs;
    }

    /** {@return an empty builder (add the bundled packs with {@link Builder#addBundled()})} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The version in force on {@code date}: the latest whose {@code effectiveFrom} is on or before it.
     *
     * @return empty when no pack for the country is in force yet (see {@link #earliest(IssuingCountry)})
     * @param country the issuing country
     * @param date the day the rules apply to
     */
    public Optional<RulePack> inForce(IssuingCountry country, LocalDate date) {
        List<RulePack> versions = byCountry.get(country);
        if (versions == null) {
            return Optional.empty();
        }
        // Newest first: the first one that has started wins.
        for (RulePack pack : versions) {
            if (!pack.effectiveFrom().isAfter(date)) {
                return Optional.of(pack);
            }
        }
        return Optional.empty();
    }

    /**
     * {@return the oldest version for a country}
     *
     * @param country the issuing country
     */
    public Optional<RulePack> earliest(IssuingCountry country) {
        List<RulePack> versions = byCountry.get(country);
        return versions == null ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /** {@return every pack, by country then newest first} */
    public List<RulePack> all() {
        List<RulePack> out = new ArrayList<>();
        byCountry.values().forEach(out::addAll);
        return List.copyOf(out);
    }

    /**
     * {@return every version for one country, newest first}
     *
     * @param country the issuing country
     */
    public List<RulePack> versions(IssuingCountry country) {
        return byCountry.getOrDefault(country, List.of());
    }

    /** Builds a {@link RulePacks}. */
    public static final class Builder {
        private final List<RulePack> packs = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds the packs shipped with the SDK.
         *
         * @return this builder
         */
        public Builder addBundled() {
            for (String name : bundledNames()) {
                try (InputStream in = RulePacks.class.getResourceAsStream(BUNDLE_DIR + name)) {
                    if (in == null) {
                        throw new IllegalStateException("bundled rule pack missing: " + name);
                    }
                    packs.add(RulePack.parse(in));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (RulePackException e) {
                    throw new IllegalStateException("bundled rule pack " + name + " is invalid: " + e.getMessage(), e);
                }
            }
            return this;
        }

        /**
         * Adds a pack; a later pack with the same country and {@code effectiveFrom} replaces an earlier one.
         *
         * @param pack the rule pack
         * @return this builder
         */
        public Builder add(RulePack pack) {
            packs.removeIf(p -> p.country() == pack.country() && p.effectiveFrom().equals(pack.effectiveFrom()));
            packs.add(pack);
            return this;
        }

        /** {@return the packs, grouped by country, newest version first} */
        public RulePacks build() {
            Map<IssuingCountry, List<RulePack>> map = new EnumMap<>(IssuingCountry.class);
            for (RulePack pack : packs) {
                map.computeIfAbsent(pack.country(), c -> new ArrayList<>()).add(pack);
            }
            map.replaceAll((c, list) -> {
                list.sort(Comparator.comparing(RulePack::effectiveFrom).reversed());
                return List.copyOf(list);
            });
            return new RulePacks(java.util.Collections.unmodifiableMap(map));
        }

        private static List<String> bundledNames() {
            List<String> names = new ArrayList<>();
            try (InputStream in = RulePacks.class.getResourceAsStream(BUNDLE_DIR + "index.txt")) {
                if (in == null) {
                    throw new IllegalStateException("bundled rule pack index missing");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    line = line.strip();
                    if (!line.isEmpty() && !line.startsWith("#")) {
                        names.add(line);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return names;
        }
    }
}
