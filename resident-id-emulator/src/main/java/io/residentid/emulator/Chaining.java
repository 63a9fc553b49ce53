package io.residentid.emulator;

import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import io.residentid.pcsc.apdu.StatusWord;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Command chaining (CLA b5: the links' data are joined, at most 65535 bytes, all with one INS) and response chaining
 * (responses longer than the chunk size: the first part with {@code 61xx}, the rest through GET RESPONSE) of a
 * {@link SoftCard}. Joined data of a sensitive command is wiped once the command ran. Not thread-safe: the card
 * serialises.
 */
final class Chaining {

    private static final int MAX_CHAIN = 65535;

    /** What a command link gives: either a response to return now, or the complete command to run. */
    record Step(ResponseApdu early, CommandApdu full) {
    }

    private final int responseChunk;
    private final ByteArrayOutputStream chain = new ByteArrayOutputStream();
    private int chainIns = -1;
    private byte[] pendingResponse;
    private int pendingOffset;

    Chaining(int responseChunk) {
        this.responseChunk = responseChunk;
    }

    /** Forgets a half-received chain and any pending response (power off, reset). */
    void reset() {
        chain.reset();
        chainIns = -1;
        pendingResponse = null;
    }

    /** A new command (not GET RESPONSE) drops what GET RESPONSE could still have fetched. */
    void dropPendingResponse() {
        pendingResponse = null;
    }

    /** Takes one command: a link of a chain is kept (9000), the last link gives the joined command. */
    Step link(CommandApdu command) {
        if (command.isChained()) {
            if (chainIns >= 0 && chainIns != command.ins() || chain.size() + command.nc() > MAX_CHAIN) {
                chain.reset();
                chainIns = -1;
                return new Step(ResponseApdu.of(StatusWord.LAST_COMMAND_OF_CHAIN_EXPECTED), null);
            }
            chainIns = command.ins();
            chain.writeBytes(command.data());
            return new Step(ResponseApdu.of(StatusWord.OK), null);
        }
        if (chainIns < 0) {
            return new Step(null, command);
        }
        if (chainIns != command.ins() || chain.size() + command.nc() > MAX_CHAIN) {
            chain.reset();
            chainIns = -1;
            return new Step(ResponseApdu.of(StatusWord.LAST_COMMAND_OF_CHAIN_EXPECTED), null);
        }
        chain.writeBytes(command.data());
        byte[] data = chain.toByteArray();
        chain.reset();
        chainIns = -1;
        CommandApdu full = command.toBuilder().data(data).sensitive(command.isSensitive()).build();
        Arrays.fill(data, (byte) 0);
        return new Step(null, full);
    }

    ResponseApdu chunk(ResponseApdu response) {
        if (responseChunk <= 0 || response.nr() <= responseChunk) {
            return response;
        }
        byte[] all = response.encode(); // data || SW
        byte[] first = Arrays.copyOf(all, responseChunk);
        pendingResponse = all;
        pendingOffset = responseChunk;
        int remaining = all.length - 2 - pendingOffset;
        return ResponseApdu.of(first, StatusWord.of(0x6100 | Math.min(remaining, 256) & 0xFF));
    }

    ResponseApdu getResponse(CommandApdu c) {
        if (pendingResponse == null) {
            return ResponseApdu.of(StatusWord.CONDITIONS_NOT_SATISFIED);
        }
        if (c.p1() != 0 || c.p2() != 0) {
            return ResponseApdu.of(StatusWord.INCORRECT_P1_P2);
        }
        int dataEnd = pendingResponse.length - 2;
        int n = Math.min(Math.min(c.ne() == 0 ? 256 : c.ne(), responseChunk), dataEnd - pendingOffset);
        byte[] part = Arrays.copyOfRange(pendingResponse, pendingOffset, pendingOffset + n);
        pendingOffset += n;
        int remaining = dataEnd - pendingOffset;
        if (remaining > 0) {
            return ResponseApdu.of(part, StatusWord.of(0x6100 | Math.min(remaining, 256) & 0xFF));
        }
        StatusWord finalSw = StatusWord.of(pendingResponse[dataEnd] & 0xFF, pendingResponse[dataEnd + 1] & 0xFF);
        pendingResponse = null;
        return ResponseApdu.of(part, finalSw);
    }
}
