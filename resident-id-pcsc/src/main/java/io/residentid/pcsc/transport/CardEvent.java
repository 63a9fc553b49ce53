package io.residentid.pcsc.transport;

/**
 * Something that happened to a reader or card.
 *
 * @param type   what happened
 * @param reader the reader's name (empty for service events)
 */
public record CardEvent(Type type, String reader) {

    /** Kinds of events. */
    public enum Type {
        READER_ADDED,
        READER_REMOVED,
        CARD_INSERTED,
        CARD_REMOVED,
        /** The PC/SC service stopped answering (reported once per outage). */
        SERVICE_UNAVAILABLE
    }
}
