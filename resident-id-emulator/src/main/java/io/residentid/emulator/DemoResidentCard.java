package io.residentid.emulator;

import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import io.residentid.pcsc.apdu.StatusWord;
import io.residentid.pcsc.pin.PinFormat;
import io.residentid.pcsc.pin.PinReference;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The built-in profile "demo resident card": test data only, no real person.
 *
 * <pre>
 * MF 3F00
 * ├── EF.DIR 2F00 (SFI 1)     application template for the demo applet
 * ├── DF 5000
 * │   ├── EF 5001 (SFI 2)     1,024 bytes of card data (a file larger than 255 bytes)
 * │   └── EF 5002             40,000 bytes (for odd-INS READ BINARY above offset 32767)
 * applet F0 52 45 53 49 44 01 ("RESID"), its own DF 7000
 *     └── EF 7001             protected data, readable after PIN 81
 *     command 80 CA 01 00 Le  READ PROTECTED DATA (needs PIN 81)
 * PIN 81: 6 digits, ASCII padded with FF to 8 bytes, 3 tries, value 123456
 * PUK 82: 8 digits, ASCII, 10 tries, value 12345678 (unblocks PIN 81)
 * </pre>
 */
public final class DemoResidentCard {

    /** Profile name for {@code card emulate --profile}. */
    public static final String PROFILE_NAME = "demo";

    /** The demo applet's AID. */
    private static final byte[] APPLET_AID = {(byte) 0xF0, 0x52, 0x45, 0x53, 0x49, 0x44, 0x01};

    /**
     * EF.DIR: the application template of the demo applet.
     */
    public static final int EF_DIR = 0x2F00;
    /**
     * The DF holding the card data files.
     */
    public static final int DATA_DF = 0x5000;
    /**
     * A card data file larger than 255 bytes (SFI 2).
     */
    public static final int DATA_FILE = 0x5001;
    /**
     * A large file, for odd-INS READ BINARY above offset 32767.
     */
    public static final int LARGE_FILE = 0x5002;
    /**
     * Size of {@link #DATA_FILE} in bytes.
     */
    public static final int DATA_FILE_SIZE = 1024;
    /**
     * Size of {@link #LARGE_FILE} in bytes.
     */
    public static final int LARGE_FILE_SIZE = 40_000;
    /**
     * The applet's file readable only after PIN verification.
     */
    public static final int PROTECTED_FILE = 0x7001;

    /** The PIN: reference 81, 6 digits, ASCII padded with FF to 8 bytes. */
    public static final PinReference PIN = PinReference.builder(0x81).format(PinFormat.ASCII).length(6, 6)
            .paddedLength(8).label("PIN").build();
    /** The PUK: reference 82, 8 digits, ASCII. */
    public static final PinReference PUK = PinReference.builder(0x82).format(PinFormat.ASCII).length(8, 8)
            .label("PUK").build();
    /**
     * Tries of the demo PIN.
     */
    public static final int PIN_TRIES = 3;
    /**
     * Tries of the demo PUK.
     */
    public static final int PUK_TRIES = 10;

    /** The applet's READ PROTECTED DATA instruction (CLA 80). */
    public static final int INS_READ_PROTECTED = 0xCA;

    private static final String PROTECTED_TEXT = "resident-id demo: protected data, released after PIN verification";

    private DemoResidentCard() {
    }

    /** {@return the demo applet's AID (a copy)} */
    public static byte[] appletAid() {
        return APPLET_AID.clone();
    }

    /** {@return the test PIN "123456" (a new array; wipe it after use)} */
    public static char[] demoPin() {
        return "123456".toCharArray();
    }

    /** {@return the test PUK "12345678" (a new array; wipe it after use)} */
    public static char[] demoPuk() {
        return "12345678".toCharArray();
    }

    /** {@return the content of EF 5001 (deterministic)} */
    public static byte[] dataFileContent() {
        return pattern("RESIDENT-ID DEMO CARD DATA FILE ", DATA_FILE_SIZE);
    }

    /** {@return the content of EF 5002 (deterministic)} */
    public static byte[] largeFileContent() {
        return pattern("LARGE FILE ", LARGE_FILE_SIZE);
    }

    /** {@return the protected data returned by READ PROTECTED DATA and EF 7001} */
    public static byte[] protectedData() {
        return PROTECTED_TEXT.getBytes(StandardCharsets.US_ASCII);
    }

    /** {@return EF.DIR: one application template {@code 61 { 4F AID, 50 label }}} */
    public static byte[] efDirContent() {
        byte[] label = "RESIDENT DEMO".getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[2 + 2 + APPLET_AID.length + 2 + label.length];
        int i = 0;
        out[i++] = 0x61;
        out[i++] = (byte) (out.length - 2);
        out[i++] = 0x4F;
        out[i++] = (byte) APPLET_AID.length;
        System.arraycopy(APPLET_AID, 0, out, i, APPLET_AID.length);
        i += APPLET_AID.length;
        out[i++] = 0x50;
        out[i++] = (byte) label.length;
        System.arraycopy(label, 0, out, i, label.length);
        return out;
    }

    /** {@return a new card in its initial state (full tries)} */
    public static SoftCard create() {
        return builder().build();
    }

    /** {@return a builder preloaded with the demo profile (tests may change e.g. extended length or chunking)} */
    public static SoftCard.Builder builder() {
        DedicatedFile mf = DedicatedFile.master()
                .add(ElementaryFile.transparent(EF_DIR, efDirContent()).withShortId(1))
                .add(DedicatedFile.of(DATA_DF)
                        .add(ElementaryFile.transparent(DATA_FILE, dataFileContent()).withShortId(2))
                        .add(ElementaryFile.transparent(LARGE_FILE, largeFileContent())));
        char[] pin = demoPin();
        char[] puk = demoPuk();
        try {
            return SoftCard.builder().masterFile(mf)
                    .pin(PIN, pin, PIN_TRIES)
                    .puk(PUK, puk, PUK_TRIES, PIN)
                    .applet(new DemoApplet());
        } finally {
            java.util.Arrays.fill(pin, '\0');
            java.util.Arrays.fill(puk, '\0');
        }
    }

    private static byte[] pattern(String text, int size) {
        byte[] unit = text.getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[size];
        for (int i = 0; i < size; i++) {
            out[i] = unit[i % unit.length];
        }
        return out;
    }

    /** The PIN-protected demo applet. */
    private static final class DemoApplet implements Applet {
        private final DedicatedFile files = DedicatedFile.named(0x7000, APPLET_AID)
                .add(ElementaryFile.transparent(PROTECTED_FILE, protectedData()).readProtectedBy(PIN.reference()));

        @Override
        public byte[] aid() {
            return APPLET_AID.clone();
        }

        @Override
        public Optional<DedicatedFile> files() {
            return Optional.of(files);
        }

        @Override
        public ResponseApdu process(CommandApdu command, CardContext context) {
            if (command.cla() != 0x80) {
                return null;
            }
            if (command.ins() != INS_READ_PROTECTED) {
                return ResponseApdu.of(StatusWord.INS_NOT_SUPPORTED);
            }
            if (command.p1() != 0x01 || command.p2() != 0x00) {
                return ResponseApdu.of(StatusWord.INCORRECT_P1_P2);
            }
            if (!context.isVerified(PIN.reference())) {
                return ResponseApdu.of(StatusWord.SECURITY_STATUS_NOT_SATISFIED);
            }
            byte[] data = protectedData();
            if (command.ne() < data.length) {
                return ResponseApdu.of(StatusWord.of(0x6C00 | (data.length & 0xFF)));
            }
            return ResponseApdu.of(data, StatusWord.OK);
        }
    }
}
