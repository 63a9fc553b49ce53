package io.residentid.examples.cli.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.residentid.examples.cli.CliRunner;
import io.residentid.examples.cli.DemoContext;
import io.residentid.examples.cli.CliOutput;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class CardCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void apduDecodeShowsEveryField() throws Exception {
        CliRunner.Result r = CliRunner.run("apdu", "decode", "00A40400 07 A0000002471001 00");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode n = JSON.readTree(r.out());
        assertEquals(4, n.get("case").asInt());
        assertFalse(n.get("extended").asBoolean());
        assertEquals("00", n.get("cla").asText());
        assertEquals("A4", n.get("ins").asText());
        assertEquals("04", n.get("p1").asText());
        assertEquals("00", n.get("p2").asText());
        assertEquals(7, n.get("nc").asInt());
        assertEquals("A0000002471001", n.get("data").asText());
        assertEquals(256, n.get("ne").asInt());
    }

    @Test
    void apduDecodeHandlesExtendedLength() throws Exception {
        CliRunner.Result r = CliRunner.run("apdu", "decode", "00B00000000000");
        JsonNode n = JSON.readTree(r.out());
        assertEquals(2, n.get("case").asInt());
        assertTrue(n.get("extended").asBoolean());
        assertEquals(65536, n.get("ne").asInt());
        assertEquals("", n.get("data").asText());
    }

    @Test
    void apduDecodeRedactsPinData() throws Exception {
        CliRunner.Result r = CliRunner.run("apdu", "decode", "0020008108313233343536FFFF");
        assertEquals("[redacted 8 bytes]", JSON.readTree(r.out()).get("data").asText());
        assertFalse(r.out().contains("313233"));
        CliRunner.Result shown = CliRunner.run("apdu", "decode", "--show-secrets", "0020008108313233343536FFFF");
        assertEquals("313233343536FFFF", JSON.readTree(shown.out()).get("data").asText());
    }

    @Test
    void malformedApdusAreUsageErrorsOnOneLine() {
        for (String bad : new String[] {"00A4", "zz", "00A4040C08A0", "FFA40000"}) {
            CliRunner.Result r = CliRunner.run("apdu", "decode", bad);
            assertEquals(2, r.exitCode(), bad);
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().startsWith("resident-id: "), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void readersWithoutPcscServiceExitsWithCode3() {
        Assumptions.assumeFalse(daemonAnswers(), "a pcscd is running here");
        CliRunner.Result r = CliRunner.run("readers");
        if (r.exitCode() == 0 && daemonAnswers()) {
            return; // another build on this machine started a pcscd meanwhile
        }
        assertEquals(3, r.exitCode(), r.err());
        assertTrue(r.err().contains("No PC/SC service is running (pcscd)"), r.err());
    }

    private static boolean daemonAnswers() {
        Path socket = Paths.get("/run/pcscd/pcscd.comm");
        if (!Files.exists(socket)) {
            return false;
        }
        try (SocketChannel ch = SocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            ch.connect(UnixDomainSocketAddress.of(socket));
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Runs {@code card emulate ARGS --vpcd <fake vpcd>} for 2 s and sends it {@code messages} (hex); the answers. */
    private static String[] emulateAgainstFakeVpcd(CliRunner.Result[] result, String[] args, String... messages)
            throws Exception {
        String[] answers = new String[messages.length];
        try (ServerSocket vpcd = new ServerSocket(0)) {
            String[] all = new String[args.length + 6];
            all[0] = "card";
            all[1] = "emulate";
            System.arraycopy(args, 0, all, 2, args.length);
            System.arraycopy(new String[] {"--vpcd", "127.0.0.1:" + vpcd.getLocalPort(), "--stop-after", "2"}, 0, all,
                    args.length + 2, 4);
            CompletableFuture<CliRunner.Result> run = CompletableFuture.supplyAsync(() -> CliRunner.run(all));
            try (Socket s = vpcd.accept()) {
                DataOutputStream out = new DataOutputStream(s.getOutputStream());
                DataInputStream in = new DataInputStream(s.getInputStream());
                for (int i = 0; i < messages.length; i++) {
                    byte[] message = HexFormat.of().parseHex(messages[i]);
                    out.writeShort(message.length);
                    out.write(message);
                    out.flush();
                    byte[] answer = new byte[in.readUnsignedShort()];
                    in.readFully(answer);
                    answers[i] = HexFormat.of().withUpperCase().formatHex(answer);
                }
            }
            result[0] = run.get();
        }
        return answers;
    }

    @Test
    @Timeout(30)
    void cardEmulateServesVpcdUntilStopped() throws Exception {
        CliRunner.Result[] r = new CliRunner.Result[1];
        String[] answers = emulateAgainstFakeVpcd(r, new String[] {"--profile", "demo"}, "04",
                "00A4040C07F0524553494401");
        assertEquals("3B888131FE458073B401C082900017", answers[0]); // 04: get ATR
        assertEquals("9000", answers[1]);
        assertEquals(0, r[0].exitCode(), r[0].err());
        assertTrue(r[0].out().contains("Emulating the demo card"), r[0].out());
    }

    @Test
    @Timeout(60)
    void cardEmulateServesTheResidentCardByDefaultAndPrintsMrzAndCan() throws Exception {
        CliRunner.Result[] r = new CliRunner.Result[1];
        String[] answers = emulateAgainstFakeVpcd(r, new String[0], "00A4040C07A0000002471001"); // ICAO application
        assertEquals("9000", answers[0]);
        assertEquals(0, r[0].exitCode(), r[0].err());
        assertTrue(r[0].out().contains("Emulating the resident card"), r[0].out());
        assertTrue(r[0].out().contains("IDOMNRC1234567"), r[0].out());
        assertTrue(r[0].out().contains("Card access number (CAN)"), r[0].out());
    }

    @Test
    void cardEmulateRejectsResidentOptionsWithTheDemoProfile(@TempDir Path dir) {
        CliRunner.Result r = CliRunner.run("card", "emulate", "--profile", "demo", "--export-trust", dir.toString(),
                "--no-vpcd");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--export-trust"), r.err());
        assertEquals(0, CliRunner.run("card", "emulate", "--profile", "demo", "--no-vpcd").exitCode());
        assertEquals(0, CliRunner.run("card", "emulate", "--profile", "resident", "--no-vpcd").exitCode());
    }

    @Test
    void cardEmulateRejectsBadArguments() {
        assertEquals(2, CliRunner.run("card", "emulate", "--vpcd", "localhost", "--stop-after", "0").exitCode());
        assertEquals(2, CliRunner.run("card", "emulate", "--vpcd", "localhost:99999", "--stop-after", "0")
                .exitCode());
        CliRunner.Result r = CliRunner.run("card", "emulate", "--profile", "nope", "--stop-after", "0");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("unknown card profile"), r.err());
        assertEquals(2, CliRunner.run("card").exitCode(), "a group without subcommand shows usage");
    }

    /** Under --digits arab the counts turn Arabic-Indic, but APDU hex and status words keep their digits. */
    @Test
    void demoStepKeepsHexDigitsWhenArabicIndicDigitsAreAsked(@TempDir Path dir) throws Exception {
        Locale arab = Locale.forLanguageTag("ar-u-nu-arab");
        StringWriter out = new StringWriter();
        CliOutput output = new CliOutput(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), arab);
        assertTrue(new CardDemoStep().run(output, new DemoContext(dir)), out::toString);
        String text = out.toString();
        assertTrue(text.contains("> 00200081 08 [٨ بايتات محجوبة]"), text);
        assertTrue(text.contains("> 00B00000 00  < ٢٥٦ بايتًا، 9000 "), text);
        assertFalse(text.contains("٩٠٠٠"), text);
    }

    @Test
    void demoStepRunsInEnglishAndArabic(@TempDir Path dir) throws Exception {
        for (Locale locale : new Locale[] {Locale.ENGLISH, new Locale("ar")}) {
            StringWriter out = new StringWriter();
            CliOutput output = new CliOutput(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                    locale);
            CardDemoStep step = new CardDemoStep();
            assertTrue(step.run(output, new DemoContext(dir)), out::toString);
            assertFalse(step.title(locale).isBlank());
            String text = out.toString();
            // The redaction marker reads in the user's language (issue 12); the PIN never appears in either.
            assertTrue(text.contains(locale.getLanguage().equals("ar") ? "[8 بايتات محجوبة]" : "[redacted 8 bytes]"),
                    text);
            assertFalse(text.contains("redacted") && locale.getLanguage().equals("ar"), text);
            assertFalse(text.contains("313233343536"), "the PIN never appears");
            assertTrue(text.contains("63C2"), text);
            if (locale.getLanguage().equals("ar")) {
                assertTrue(text.contains("فشل التحقق"), text);
            } else {
                assertTrue(text.contains("63C2 verification failed, 2 tries left"), text);
            }
        }
    }

    @Test
    void arabicBundleTranslatesEveryKey() throws Exception {
        Properties en = load("messages.properties");
        Properties ar = load("messages_ar.properties");
        assertEquals(en.keySet(), ar.keySet());
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (Reader reader = new InputStreamReader(CardCommandsTest.class.getResourceAsStream(name),
                StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }
}
