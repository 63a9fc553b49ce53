package io.residentid.qr.image;

import io.residentid.qr.testing.Fixtures;
import io.residentid.qr.testing.Fuzzing;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzz target for the image decoder: mutated PNG files of a rendered credential and the corpus images (uniform
 * canvases among them). Only {@link ImageDecodeException}, each input in under a second.
 */
class QrImageFuzz {

    private static final QrImageDecoder DECODER = QrImageDecoder.builder().build();

    private static List<byte[]> seeds() {
        List<byte[]> seeds = new ArrayList<>(Fuzzing.corpus("image"));
        seeds.add(QrRenderer.builder().moduleSize(1).build().png(Fixtures.reference().qrText()));
        return seeds;
    }

    private static void check(byte[] image) {
        Fuzzing.check("QrImageDecoder.decode", () -> DECODER.decode(image), ImageDecodeException.class);
    }

    @Example
    void corpusReplays() {
        seeds().forEach(QrImageFuzz::check);
    }

    @Property(tries = 40)
    void mutatedImagesOnlyFailAsDocumented(@ForAll("mutants") byte[] image) {
        Fuzzing.campaign(image, QrImageFuzz::check);
    }

    @Provide
    Arbitrary<byte[]> mutants() {
        return Fuzzing.mutants(seeds());
    }
}
