package io.residentid.mdoc.transport;

import io.residentid.core.model.Bytes;
import io.residentid.mdoc.MdocCode;
import io.residentid.mdoc.MdocFormatException;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** A transport that hands each message to an in-process mdoc (a function from request to reply). */
public final class InMemoryTransport implements MdocTransport {
    private final UnaryOperator<Bytes> mdoc;
    private volatile boolean closed;
    private long exchanges;

    /**
     * A transport to {@code mdoc}.
     *
     * @param mdoc answers each message
     */
    public InMemoryTransport(UnaryOperator<Bytes> mdoc) {
        this.mdoc = Objects.requireNonNull(mdoc, "mdoc");
    }

    @Override
    public synchronized Bytes exchange(Bytes message) {
        if (closed) {
            throw new MdocFormatException(MdocCode.TRANSPORT_FAILED, -1, null, null, "closed");
        }
        exchanges++;
        Bytes reply = mdoc.apply(message);
        return reply == null ? Bytes.empty() : reply;
    }

    /** {@return the number of exchanges so far} */
    public synchronized long exchanges() {
        return exchanges;
    }

    @Override
    public void close() {
        closed = true;
    }
}
