package io.residentid.pcsc.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CardEventMonitorTest {

    /** Reader state set by the test; optionally failing like a stopped pcscd. */
    static final class FakeSource implements ReaderSource {
        volatile Map<String, Boolean> state = new LinkedHashMap<>();
        volatile boolean down;

        @Override
        public Map<String, Boolean> snapshot() {
            if (down) {
                throw new PcscUnavailableException("no service", null);
            }
            return new LinkedHashMap<>(state);
        }

        @Override
        public void awaitChange(long millis) throws InterruptedException {
            Thread.sleep(millis);
        }

        /** A source whose readers are given as name, presence pairs, e.g. {@code "R1", "true"}. */
        static FakeSource with(String... readerAndPresence) {
            FakeSource source = new FakeSource();
            source.set(readerAndPresence);
            return source;
        }

        void set(String... readerAndPresence) {
            Map<String, Boolean> m = new LinkedHashMap<>();
            for (int i = 0; i < readerAndPresence.length; i += 2) {
                m.put(readerAndPresence[i], Boolean.parseBoolean(readerAndPresence[i + 1]));
            }
            state = m;
        }
    }

    private static List<CardEvent> take(BlockingQueue<CardEvent> q, int n) throws InterruptedException {
        List<CardEvent> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            CardEvent e = q.poll(5, TimeUnit.SECONDS);
            if (e == null) {
                break;
            }
            out.add(e);
        }
        return out;
    }

    /** A monitor of {@code source} that polls every 10 ms. */
    private static CardEventMonitor.Builder polling(ReaderSource source) {
        return CardEventMonitor.builder(source).pollInterval(Duration.ofMillis(10));
    }

    private static CardEvent ev(CardEvent.Type t, String r) {
        return new CardEvent(t, r);
    }

    @Test
    void reportsReadersAndCardsComingAndGoing() throws Exception {
        FakeSource source = FakeSource.with("R1", "false");
        BlockingQueue<CardEvent> q = new LinkedBlockingQueue<>();
        try (CardEventMonitor m = polling(source).listener(q::add).start()) {
            assertTrue(m.isRunning());
            assertEquals(List.of(ev(CardEvent.Type.READER_ADDED, "R1")), take(q, 1));
            source.set("R1", "true");
            assertEquals(List.of(ev(CardEvent.Type.CARD_INSERTED, "R1")), take(q, 1));
            source.set("R1", "true", "R2", "true");
            assertEquals(List.of(ev(CardEvent.Type.READER_ADDED, "R2"), ev(CardEvent.Type.CARD_INSERTED, "R2")),
                    take(q, 2));
            source.set("R2", "true");
            assertEquals(List.of(ev(CardEvent.Type.CARD_REMOVED, "R1"), ev(CardEvent.Type.READER_REMOVED, "R1")),
                    take(q, 2));
            source.set("R2", "false");
            assertEquals(List.of(ev(CardEvent.Type.CARD_REMOVED, "R2")), take(q, 1));
        }
    }

    @Test
    void survivesTheServiceGoingAwayAndComingBack() throws Exception {
        FakeSource source = FakeSource.with("R1", "true");
        BlockingQueue<CardEvent> q = new LinkedBlockingQueue<>();
        try (CardEventMonitor m = polling(source).listener(q::add).start()) {
            assertTrue(m.isRunning());
            assertEquals(2, take(q, 2).size());
            source.down = true;
            assertEquals(List.of(ev(CardEvent.Type.CARD_REMOVED, "R1"), ev(CardEvent.Type.READER_REMOVED, "R1"),
                    ev(CardEvent.Type.SERVICE_UNAVAILABLE, "")), take(q, 3));
            source.down = false;
            assertEquals(List.of(ev(CardEvent.Type.READER_ADDED, "R1"), ev(CardEvent.Type.CARD_INSERTED, "R1")),
                    take(q, 2));
        }
    }

    @Test
    void initialStateCanBeSilentAndAFailingListenerDoesNotStopOthers() throws Exception {
        FakeSource source = FakeSource.with("R1", "true");
        BlockingQueue<CardEvent> q = new LinkedBlockingQueue<>();
        try (CardEventMonitor m = polling(source).reportInitialState(false).listener(e -> {
                    throw new IllegalStateException("listener bug");
                }).listener(q::add).start()) {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!m.isReady() && System.nanoTime() < until) {
                Thread.sleep(5);
            }
            assertTrue(m.isReady());
            source.set("R1", "false");
            assertEquals(List.of(ev(CardEvent.Type.CARD_REMOVED, "R1")), take(q, 1));
        }
    }

    @Test
    void closeStopsTheDaemonThread() throws Exception {
        FakeSource source = new FakeSource();
        CardEventMonitor m = CardEventMonitor.builder(source).pollInterval(Duration.ofMillis(50)).start();
        assertTrue(m.isRunning());
        m.close();
        m.close();
        assertFalse(m.isRunning());
    }
}
