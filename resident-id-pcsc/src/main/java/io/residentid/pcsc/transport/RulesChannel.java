package io.residentid.pcsc.transport;

import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.OptionalInt;

/** Applies {@link TransmissionRules} over another channel. */
final class RulesChannel extends ForwardingApduChannel {

    private static final int INS_GET_RESPONSE = 0xC0;

    private final TransmissionRules rules;

    RulesChannel(ApduChannel inner, TransmissionRules rules) {
        super(inner);
        this.rules = rules;
    }

    @Override
    public ResponseApdu transmit(CommandApdu command) {
        int nc = command.nc();
        int limit = Math.min(rules.maxCommandData(), rules.extendedLength() ? 65535 : 255);
        if (nc > limit) {
            if (!rules.chaining()) {
                throw new CardTransportException("command data of " + nc + " bytes exceeds the card's limit of "
                        + limit + " and chaining is off");
            }
            return transmitChained(command, limit);
        }
        CommandApdu fitted = fitLengths(command);
        try {
            return transmitSingle(fitted);
        } finally {
            if (fitted != command && fitted.isSensitive()) {
                fitted.wipe();
            }
        }
    }

    /** Short form when the card has no extended length: Ne above 256 asks for 256 and GET RESPONSE fetches the rest. */
    private CommandApdu fitLengths(CommandApdu command) {
        if (rules.extendedLength() || !command.isExtended()) {
            return command;
        }
        CommandApdu.Builder b = command.toBuilder().extended(false);
        if (command.ne() > 256) {
            b.ne(256);
        }
        return b.build();
    }

    private ResponseApdu transmitChained(CommandApdu command, int chunk) {
        byte[] data = command.data();
        try {
            int offset = 0;
            while (true) {
                int n = Math.min(chunk, data.length - offset);
                boolean last = offset + n == data.length;
                byte[] part = Arrays.copyOfRange(data, offset, offset + n);
                CommandApdu.Builder b = command.toBuilder().data(part).chaining(!last).extended(false);
                Arrays.fill(part, (byte) 0);
                if (!last) {
                    b.ne(0);
                } else if (!rules.extendedLength() && command.ne() > 256) {
                    b.ne(256);
                }
                if (rules.extendedLength() && (n > 255 || (last && command.ne() > 256))) {
                    b.extended(true);
                }
                CommandApdu piece = b.sensitive(command.isSensitive()).build();
                ResponseApdu r;
                try {
                    if (last) {
                        return transmitSingle(piece);
                    }
                    r = inner.transmit(piece);
                } finally {
                    piece.wipe();
                }
                if (!r.isSuccess()) {
                    return r; // the card refused a link of the chain: the caller sees why
                }
                offset += n;
            }
        } finally {
            Arrays.fill(data, (byte) 0);
        }
    }

    private ResponseApdu transmitSingle(CommandApdu command) {
        ResponseApdu response = inner.transmit(command);
        OptionalInt correctLe = response.statusWord().correctLe();
        if (correctLe.isPresent() && !command.isSensitive()) {
            // 6Cxx: repeat once with the length the card asks for. Never for a PIN or authentication command: a
            // second VERIFY would present the PIN twice (two tries spent) for one call; the caller gets the 6Cxx.
            response = inner.transmit(command.withNe(correctLe.getAsInt()));
        }
        return collectGetResponse(command, response);
    }

    private ResponseApdu collectGetResponse(CommandApdu command, ResponseApdu first) {
        OptionalInt available = first.statusWord().bytesAvailable();
        if (available.isEmpty()) {
            return first;
        }
        ByteArrayOutputStream collected = new ByteArrayOutputStream(first.nr() + available.getAsInt());
        collected.writeBytes(first.data());
        ResponseApdu current = first;
        int channel = command.logicalChannel(); // GET RESPONSE: interindustry, same channel, plain, not chained
        for (int i = 0; i < rules.maxGetResponse(); i++) {
            int le = current.statusWord().bytesAvailable().getAsInt();
            current = inner.transmit(CommandApdu.builder(INS_GET_RESPONSE).logicalChannel(channel).ne(le).build());
            if (collected.size() + current.nr() > CommandApdu.MAX_NE * 16) {
                throw new CardTransportException("response grew beyond " + (CommandApdu.MAX_NE * 16)
                        + " bytes through GET RESPONSE");
            }
            collected.writeBytes(current.data());
            if (current.statusWord().bytesAvailable().isEmpty()) {
                return ResponseApdu.of(collected.toByteArray(), current.statusWord());
            }
        }
        throw new CardTransportException("card still answered " + current.statusWord() + " after "
                + rules.maxGetResponse() + " GET RESPONSE commands");
    }
}
