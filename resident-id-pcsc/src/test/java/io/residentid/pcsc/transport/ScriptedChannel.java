package io.residentid.pcsc.transport;

import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/** A channel answering from a script (or a function) and recording what it was sent. */
public final class ScriptedChannel implements ApduChannel {

    public final List<CommandApdu> sent = new ArrayList<>();
    public final List<byte[]> sentData = new ArrayList<>();
    private final Deque<ResponseApdu> script = new ArrayDeque<>();
    private final Function<CommandApdu, ResponseApdu> answer;
    public boolean closed;

    public ScriptedChannel(ResponseApdu... responses) {
        this.answer = null;
        script.addAll(List.of(responses));
    }

    public ScriptedChannel(Function<CommandApdu, ResponseApdu> answer) {
        this.answer = answer;
    }

    @Override
    public ResponseApdu transmit(CommandApdu command) {
        sent.add(command);
        sentData.add(command.data());
        if (answer != null) {
            return answer.apply(command);
        }
        if (script.isEmpty()) {
            throw new AssertionError("unexpected command " + command);
        }
        return script.removeFirst();
    }

    @Override
    public byte[] atr() {
        return new byte[] {0x3B, 0x00};
    }

    @Override
    public void close() {
        closed = true;
    }
}
