package io.residentid.pcsc.transport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;

/**
 * Reader state from {@code javax.smartcardio}. {@code waitForChange} only watches the readers known when it is
 * called (pcsc-lite does not signal new readers to it) and throws when there are none, so the monitor always
 * re-lists with {@code list(State.ALL)} after a bounded wait.
 */
final class PcscReaderSource implements ReaderSource {

    private final CardTerminals terminals;

    PcscReaderSource(CardTerminals terminals) {
        this.terminals = terminals;
    }

    @Override
    public Map<String, Boolean> snapshot() {
        List<CardTerminal> list;
        try {
            list = terminals.list(CardTerminals.State.ALL);
        } catch (CardException e) {
            if ("SCARD_E_NO_READERS_AVAILABLE".equals(PcscErrors.pcscCode(e))) {
                return Map.of();
            }
            throw PcscErrors.translate("listing readers", e);
        }
        Map<String, Boolean> state = new LinkedHashMap<>();
        for (CardTerminal t : list) {
            try {
                state.put(t.getName(), t.isCardPresent());
            } catch (CardException e) {
                String code = PcscErrors.pcscCode(e);
                if (PcscErrors.isNoService(e)) {
                    throw PcscErrors.translate("checking reader " + t.getName(), e);
                }
                // the reader vanished between list and status: leave it out of this snapshot
                if (code == null || !code.startsWith("SCARD_E_UNKNOWN_READER")) {
                    state.put(t.getName(), false);
                }
            }
        }
        return state;
    }

    @Override
    public void awaitChange(long millis) throws InterruptedException {
        try {
            terminals.waitForChange(millis);
        } catch (IllegalStateException e) {
            Thread.sleep(millis); // no readers at all: nothing to wait on
        } catch (CardException e) {
            if (PcscErrors.isNoService(e)) {
                throw PcscErrors.translate("waiting for reader changes", e);
            }
            Thread.sleep(Math.min(millis, 200)); // reader list changed under the JDK's feet: re-list soon
        }
    }
}
