package io.residentid.emulator;

import static io.residentid.pcsc.apdu.Hex.bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The vpcd wire protocol against a fake vpcd (a local server socket). */
@Timeout(30)
class VpcdClientTest {

    private static void send(DataOutputStream out, byte[] message) throws Exception {
        out.writeShort(message.length);
        out.write(message);
        out.flush();
    }

    private static byte[] receive(DataInputStream in) throws Exception {
        byte[] m = new byte[in.readUnsignedShort()];
        in.readFully(m);
        return m;
    }

    @Test
    void answersControlMessagesAndApdusAndDisconnectsOnClose() throws Exception {
        SoftCard card = DemoResidentCard.create();
        try (ServerSocket vpcd = new ServerSocket(0)) {
            VpcdClient client = VpcdClient.builder(card).host("127.0.0.1").port(vpcd.getLocalPort())
                    .reconnect(false).start();
            try (Socket s = vpcd.accept()) {
                assertTrue(client.awaitConnected(Duration.ofSeconds(5)));
                DataInputStream in = new DataInputStream(s.getInputStream());
                DataOutputStream out = new DataOutputStream(s.getOutputStream());
                send(out, new byte[] {4});
                assertArrayEquals(card.atr(), receive(in));
                send(out, new byte[] {1});
                send(out, bytes("00A4040C07F0524553494401"));
                assertArrayEquals(bytes("9000"), receive(in));
                send(out, bytes("0020008108313233343536FFFF"));
                assertArrayEquals(bytes("9000"), receive(in));
                send(out, new byte[] {2}); // reset forgets the PIN
                send(out, bytes("00200081"));
                assertArrayEquals(bytes("63C3"), receive(in));
                send(out, new byte[] {0});
                client.close();
                assertEquals(-1, in.read(), "the client closed the connection");
            } finally {
                client.close();
            }
            assertFalse(client.isRunning());
        }
    }

    @Test
    void reconnectsAfterVpcdDropsTheConnection() throws Exception {
        SoftCard card = DemoResidentCard.create();
        try (ServerSocket vpcd = new ServerSocket(0)) {
            try (VpcdClient client = VpcdClient.builder(card).host("127.0.0.1").port(vpcd.getLocalPort())
                    .retryDelay(Duration.ofMillis(50)).start()) {
                assertTrue(client.isRunning());
                try (Socket first = vpcd.accept()) {
                    DataOutputStream out = new DataOutputStream(first.getOutputStream());
                    send(out, new byte[] {4});
                    receive(new DataInputStream(first.getInputStream()));
                }
                try (Socket second = vpcd.accept()) {
                    DataOutputStream out = new DataOutputStream(second.getOutputStream());
                    send(out, new byte[] {4});
                    assertArrayEquals(card.atr(), receive(new DataInputStream(second.getInputStream())));
                }
            }
        }
    }

    @Test
    void connectionRefusedWithoutReconnectEndsTheClient() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        VpcdClient client = VpcdClient.builder(DemoResidentCard.create()).host("127.0.0.1").port(port)
                .reconnect(false).start();
        client.join();
        assertFalse(client.isConnected());
        assertTrue(client.lastError() != null);
    }

    @Test
    void servesTheEmulatedResidentCardToo() throws Exception {
        ResidentCard card = ResidentCard.demo();
        try (ServerSocket vpcd = new ServerSocket(0)) {
            try (VpcdClient client = VpcdClient.builder(card).host("127.0.0.1").port(vpcd.getLocalPort())
                    .reconnect(false).start();
                 Socket s = vpcd.accept()) {
                DataInputStream in = new DataInputStream(s.getInputStream());
                DataOutputStream out = new DataOutputStream(s.getOutputStream());
                send(out, new byte[] {1});
                send(out, new byte[] {4});
                assertArrayEquals(card.atr(), receive(in));
                send(out, bytes("00A4040C07A0000002471001"));
                assertArrayEquals(bytes("9000"), receive(in));
                send(out, new byte[] {0});
            }
        }
    }
}
