package io.residentid.qr.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.residentid.core.audit.BundleParity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every English message bundle of this module has a complete Arabic twin. */
class QrBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void everyEnglishKeyHasAnArabicText() throws IOException {
        assertFalse(BundleParity.englishBundles(RESOURCES).isEmpty());
        assertEquals(List.of(), BundleParity.problems(RESOURCES));
    }
}
