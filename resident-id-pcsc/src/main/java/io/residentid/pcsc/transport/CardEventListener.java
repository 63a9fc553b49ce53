package io.residentid.pcsc.transport;

/** Receives card events on the monitor's background thread; must return quickly and not block. */
@FunctionalInterface
public interface CardEventListener {

    void onEvent(CardEvent event);
}
