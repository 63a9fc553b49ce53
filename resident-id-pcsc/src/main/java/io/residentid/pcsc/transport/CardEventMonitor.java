package io.residentid.pcsc.transport;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches readers and cards and tells listeners when a reader is added or removed and when a card is inserted or
 * removed. Events are delivered in order from one background daemon thread; a listener that throws is logged and
 * skipped. Survives readers appearing and disappearing and the PC/SC service going away (reported once as
 * {@link CardEvent.Type#SERVICE_UNAVAILABLE}, every reader then removed; polling continues with back-off).
 *
 * <pre>{@code
 * try (CardEventMonitor monitor = Pcsc.open().monitor().listener(e -> queue.add(e)).start()) {
 *     ...
 * }
 * }</pre>
 */
public final class CardEventMonitor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CardEventMonitor.class);

    private final ReaderSource source;
    private final long pollMillis;
    private final boolean reportInitialState;
    private final List<CardEventListener> listeners = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean ready;
    private Map<String, Boolean> known = new LinkedHashMap<>();

    private CardEventMonitor(Builder b) {
        this.source = b.source;
        this.pollMillis = b.pollInterval.toMillis();
        this.reportInitialState = b.reportInitialState;
        this.listeners.addAll(b.listeners);
        this.thread = new Thread(this::run, "resident-id-card-events");
        this.thread.setDaemon(true);
    }

    static Builder builder(ReaderSource source) {
        return new Builder(source);
    }

    /**
     * Adds a listener for the events that follow.
     *
     * @param listener the listener
     */
    public void addListener(CardEventListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Removes a listener; it receives no further events.
     *
     * @param listener the listener
     */
    public void removeListener(CardEventListener listener) {
        listeners.remove(listener);
    }

    /** {@return whether the first reader listing is done (initial state known)} */
    public boolean isReady() {
        return ready;
    }

    /** {@return whether the background thread still runs} */
    public boolean isRunning() {
        return thread.isAlive();
    }

    /** Stops the background thread and waits for it (bounded by one poll interval plus a margin). Idempotent. */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(pollMillis + 2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        boolean serviceDown = false;
        boolean first = true;
        long backoff = pollMillis;
        while (running) {
            try {
                Map<String, Boolean> now = source.snapshot();
                serviceDown = false;
                backoff = pollMillis;
                if (first && !reportInitialState) {
                    known = new LinkedHashMap<>(now);
                } else {
                    diff(now);
                }
                first = false;
                ready = true;
                source.awaitChange(pollMillis);
            } catch (InterruptedException e) {
                if (!running) {
                    break;
                }
            } catch (PcscUnavailableException e) {
                if (!serviceDown) {
                    serviceDown = true;
                    diff(Map.of());
                    emit(new CardEvent(CardEvent.Type.SERVICE_UNAVAILABLE, ""));
                    LOG.debug("PC/SC service unavailable: {}", e.getMessage());
                }
                first = false;
                ready = true;
                backoff = Math.min(backoff * 2, Math.max(pollMillis, 5000));
                sleep(backoff);
            } catch (RuntimeException e) {
                LOG.debug("Card event poll failed, retrying: {}", e.toString());
                sleep(pollMillis);
            }
        }
    }

    private void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            // close() interrupts: the loop condition decides
        }
    }

    private void diff(Map<String, Boolean> now) {
        for (Map.Entry<String, Boolean> old : known.entrySet()) {
            if (!now.containsKey(old.getKey())) {
                if (old.getValue()) {
                    emit(new CardEvent(CardEvent.Type.CARD_REMOVED, old.getKey()));
                }
                emit(new CardEvent(CardEvent.Type.READER_REMOVED, old.getKey()));
            }
        }
        for (Map.Entry<String, Boolean> cur : now.entrySet()) {
            Boolean before = known.get(cur.getKey());
            if (before == null) {
                emit(new CardEvent(CardEvent.Type.READER_ADDED, cur.getKey()));
                if (cur.getValue()) {
                    emit(new CardEvent(CardEvent.Type.CARD_INSERTED, cur.getKey()));
                }
            } else if (!before && cur.getValue()) {
                emit(new CardEvent(CardEvent.Type.CARD_INSERTED, cur.getKey()));
            } else if (before && !cur.getValue()) {
                emit(new CardEvent(CardEvent.Type.CARD_REMOVED, cur.getKey()));
            }
        }
        known = new LinkedHashMap<>(now);
    }

    private void emit(CardEvent event) {
        for (CardEventListener l : listeners) {
            try {
                l.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("Card event listener failed on {}: {}", event.type(), e.toString());
            }
        }
    }

    /** Configures and starts a {@link CardEventMonitor}. */
    public static final class Builder {
        private final ReaderSource source;
        private Duration pollInterval = Duration.ofMillis(500);
        private boolean reportInitialState = true;
        private final List<CardEventListener> listeners = new java.util.ArrayList<>();

        private Builder(ReaderSource source) {
            this.source = source;
        }

        /**
         * Upper bound on how long a change can go unnoticed (10 ms .. 60 s, default 500 ms).
         *
         * @param interval upper bound on how long a change can go unnoticed (10 ms 
         * @return this builder
         */
        public Builder pollInterval(Duration interval) {
            if (interval == null || interval.toMillis() < 10 || interval.toMillis() > 60_000) {
                throw new IllegalArgumentException("poll interval must be 10 ms .. 60 s");
            }
            this.pollInterval = interval;
            return this;
        }

        /**
         * Whether readers and cards present at start are reported as added/inserted (default true).
         *
         * @param report whether readers and cards present at start are reported as added/inserted
         * @return this builder
         */
        public Builder reportInitialState(boolean report) {
            this.reportInitialState = report;
            return this;
        }

        /**
         * Adds a listener that receives events from the start.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(CardEventListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Starts the background thread.
         *
         * @return this monitor, now polling
         */
        public CardEventMonitor start() {
            CardEventMonitor monitor = new CardEventMonitor(this);
            monitor.thread.start();
            return monitor;
        }
    }
}
