package io.residentid.pcsc.transport;

/** Receives card events on the monitor's background thread; must return quickly and not block. */
@FunctionalInterface
public interface CardEventListener {

    /**
     * Called for each event, in the order they happened.
     *
     * @param event what happened and in which reader
     */
    void onEvent(CardEvent event);
}
