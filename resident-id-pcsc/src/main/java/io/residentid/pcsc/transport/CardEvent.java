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
        /** A reader was connected. */
        READER_ADDED,
        /** A reader was disconnected. */
        READER_REMOVED,
        /** A card was put in a reader. */
        CARD_INSERTED,
        /** A card was taken out of a reader. */
        CARD_REMOVED,
        /** The PC/SC service stopped answering (reported once per outage). */
        SERVICE_UNAVAILABLE
    }
}
