package io.residentid.pcsc.sm;

final class Hex {
    private Hex() {
    }

    static byte[] of(String hex) {
        return org.bouncycastle.util.encoders.Hex.decode(hex.replaceAll("\\s", ""));
    }

    static String str(byte[] b) {
        return org.bouncycastle.util.encoders.Hex.toHexString(b).toUpperCase(java.util.Locale.ROOT);
    }
}
