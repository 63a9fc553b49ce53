package io.residentid.kyc;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mutations of a real evidence manifest: loading ends in evidence or a {@link KycException}, quickly. */
class ChipEvidenceFuzz {

    private static final Path SEED;
    private static final byte[] MANIFEST;

    static {
        try {
            SEED = Files.createTempDirectory("kyc-fuzz");
            KycFixtures.demoEvidence().write(SEED.resolve("seed"));
            MANIFEST = Files.readAllBytes(SEED.resolve("seed").resolve(ChipEvidence.MANIFEST));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<byte[]> mutatedManifests() {
        Arbitrary<byte[]> flips = Arbitraries.integers().between(0, MANIFEST.length - 1).list().ofMinSize(1)
                .ofMaxSize(8).flatMap(positions -> Arbitraries.bytes().list().ofSize(positions.size()).map(values -> {
                    byte[] m = MANIFEST.clone();
                    for (int i = 0; i < positions.size(); i++) {
                        m[positions.get(i)] = values.get(i);
                    }
                    return m;
                }));
        Arbitrary<byte[]> cuts = Arbitraries.integers().between(0, MANIFEST.length).map(n -> java.util.Arrays
                .copyOf(MANIFEST, n));
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        return Arbitraries.oneOf(flips, cuts, noise);
    }

    @Property(tries = 150)
    void mutatedManifestsLoadOrFailWithTheDocumentedException(@ForAll("mutatedManifests") byte[] manifest)
            throws IOException {
        Path dir = Files.createTempDirectory(SEED, "m");
        try (var files = Files.list(SEED.resolve("seed"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Files.write(dir.resolve(ChipEvidence.MANIFEST), manifest);
        long start = System.nanoTime();
        try {
            ChipEvidence.load(dir);
        } catch (KycException expected) {
            assertTrue(expected.code().startsWith("EVIDENCE_"));
        }
        assertTrue(System.nanoTime() - start < 1_000_000_000L);
    }
}
