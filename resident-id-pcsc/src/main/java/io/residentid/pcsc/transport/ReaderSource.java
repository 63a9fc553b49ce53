package io.residentid.pcsc.transport;

import java.util.Map;

/** Where a monitor gets reader state from (PC/SC, or a script in tests). */
interface ReaderSource {

    /** Reader name to card presence, in listing order. */
    Map<String, Boolean> snapshot();

    /** Blocks at most {@code millis} or until the source notices a change among the readers it knows. */
    void awaitChange(long millis) throws InterruptedException;
}
