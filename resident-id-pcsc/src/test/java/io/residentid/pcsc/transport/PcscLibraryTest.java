package io.residentid.pcsc.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PcscLibraryTest {

    @Test
    void probesTheDebianPathFirstThenMultiarchDirectories() {
        List<Path> candidates = PcscLibrary.candidates();
        assertEquals(Paths.get("/usr/lib/x86_64-linux-gnu/libpcsclite.so.1"), candidates.get(0));
        assertTrue(candidates.contains(Paths.get("/usr/lib/libpcsclite.so.1")));
        assertTrue(candidates.contains(Paths.get("/lib/libpcsclite.so.1")));
    }

    @Test
    void picksTheFirstExistingCandidate() {
        List<Path> candidates = List.of(Paths.get("/a/libpcsclite.so.1"), Paths.get("/b/libpcsclite.so.1"));
        assertEquals(Optional.of("/b/libpcsclite.so.1"),
                PcscLibrary.locate(candidates, p -> p.startsWith("/b")));
        assertEquals(Optional.empty(), PcscLibrary.locate(candidates, p -> false));
    }

    @Test
    void pcscErrorCodesBecomeTypedExceptions() {
        Exception noService = new Exception("list() failed", new Exception("SCARD_E_NO_SERVICE"));
        CardTransportException e = PcscErrors.translate("listing readers", noService);
        assertTrue(e instanceof PcscUnavailableException);
        assertTrue(e.getMessage().contains("No PC/SC service is running (pcscd)"), e.getMessage());
        assertTrue(PcscErrors.translate("x", new Exception("SCARD_W_REMOVED_CARD")) instanceof CardAbsentException);
        assertTrue(PcscErrors.translate("x", new Exception("SCARD_E_UNKNOWN_READER"))
                instanceof ReaderNotFoundException);
        CardTransportException other = PcscErrors.translate("x", new Exception("SCARD_F_INTERNAL_ERROR"));
        assertEquals(CardTransportException.class, other.getClass());
        assertTrue(other.getMessage().contains("SCARD_F_INTERNAL_ERROR"));
    }
}
