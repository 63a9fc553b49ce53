package io.residentid.core.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Structure-unaware mutations of a seed, in the spirit of libFuzzer's: bit flips, interesting values, inserted,
 * deleted, duplicated and spliced ranges, truncation, and a few that target DER (length octets) and text formats
 * (tokens such as huge exponents). Deterministic for a given {@link Random}, so a failing case can be replayed.
 */
public final class ByteMutator {

    /** Longest output produced (inputs are truncated to it). */
    public static final int MAX_OUTPUT = 4 * 1024 * 1024;

    private static final byte[] INTERESTING = {0, 1, 0x7f, (byte) 0x80, (byte) 0x81, (byte) 0x82, (byte) 0x84,
            (byte) 0xff, 0x02, 0x04, 0x05, 0x06, 0x0c, 0x13, 0x16, 0x30, 0x31, (byte) 0xa0, (byte) 0xa3, 0x1f, 0x5f,
            0x7e, 0x3c, '"', '{', '}', '[', ']', ':', ',', '\\', '<', '%', '.', '-', 'e', 'E', '0', '9'};

    private static final String[] TOKENS = {"1e-999999999", "1e999999999", "-0", "1E+2147483647", "0.0000000001",
            "null", "true", "[]", "{}", "\"\"", "\u0000", "\uFEFF", "\u202E", "\u061C", "%00", "%2e", "<<<<<<<<<",
            "99999999999999999999999999", "NaN", "Infinity", "\\u0000", "\\ud800", "[[[[[[[[[[[[[[[[", "0x41",
            "9".repeat(70), "P999999999Y", "2038-01-19", "0000-00-00", "\r\n"};

    private ByteMutator() {
    }

    /** One mutant of {@code seed}: 1 to 4 stacked mutations, {@code others} used for splicing. */
    public static byte[] mutate(byte[] seed, Random random, List<byte[]> others) {
        byte[] data = seed.length > MAX_OUTPUT ? Arrays.copyOf(seed, MAX_OUTPUT) : seed.clone();
        int rounds = 1 + random.nextInt(4);
        for (int i = 0; i < rounds; i++) {
            data = once(data, random, others);
        }
        return data.length > MAX_OUTPUT ? Arrays.copyOf(data, MAX_OUTPUT) : data;
    }

    private static byte[] once(byte[] data, Random r, List<byte[]> others) {
        if (data.length == 0) {
            return new byte[] {INTERESTING[r.nextInt(INTERESTING.length)]};
        }
        int at = r.nextInt(data.length);
        switch (r.nextInt(12)) {
            case 0 -> data[at] ^= (byte) (1 << r.nextInt(8));
            case 1 -> data[at] = INTERESTING[r.nextInt(INTERESTING.length)];
            case 2 -> data[at] = (byte) r.nextInt(256);
            case 3 -> {
                return insert(data, at, randomBytes(r, 1 + r.nextInt(8)));
            }
            case 4 -> {
                int len = 1 + r.nextInt(Math.min(64, data.length - at));
                return delete(data, at, len);
            }
            case 5 -> {
                int len = 1 + r.nextInt(Math.min(64, data.length - at));
                return insert(data, r.nextInt(data.length + 1), Arrays.copyOfRange(data, at, at + len));
            }
            case 6 -> {
                return Arrays.copyOf(data, at);
            }
            case 7 -> {
                if (!others.isEmpty()) {
                    byte[] other = others.get(r.nextInt(others.size()));
                    if (other.length > 0) {
                        int from = r.nextInt(other.length);
                        int len = Math.min(1 + r.nextInt(256), other.length - from);
                        return insert(delete(data, at, Math.min(len, data.length - at)), at,
                                Arrays.copyOfRange(other, from, from + len));
                    }
                }
                data[at] = (byte) ~data[at];
            }
            case 8 -> derLength(data, at, r);
            case 9 -> {
                return insert(data, at, TOKENS[r.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
            }
            case 10 -> {
                // Replace a run of digits (a number in text) with a hostile one.
                int start = at;
                while (start < data.length && (data[start] < '0' || data[start] > '9')) {
                    start++;
                }
                int end = start;
                while (end < data.length && data[end] >= '0' && data[end] <= '9') {
                    end++;
                }
                if (start < data.length) {
                    byte[] token = TOKENS[r.nextInt(2) + (r.nextBoolean() ? 0 : 24)].getBytes(StandardCharsets.UTF_8);
                    return insert(delete(data, start, end - start), start, token);
                }
                data[at] = '9';
            }
            default -> {
                int len = Math.min(data.length - at, 1 + r.nextInt(8));
                for (int i = 0; i < len; i++) {
                    data[at + i] = (byte) 0xff;
                }
            }
        }
        return data;
    }

    /** Rewrites a DER length octet: short/long form, indefinite, too long, too short. */
    private static void derLength(byte[] data, int at, Random r) {
        int i = at;
        while (i + 1 < data.length && (data[i] & 0xff) != 0x30 && (data[i] & 0xff) != 0x04
                && (data[i] & 0xff) != 0x02 && (data[i] & 0xff) != 0xa0) {
            i++;
        }
        if (i + 1 < data.length) {
            byte[] choices = {(byte) 0x80, (byte) 0x84, (byte) 0x81, 0x7f, 0x00, (byte) 0x89,
                    (byte) (data[i + 1] + 1), (byte) (data[i + 1] - 1)};
            data[i + 1] = choices[r.nextInt(choices.length)];
        }
    }

    private static byte[] randomBytes(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    private static byte[] insert(byte[] data, int at, byte[] piece) {
        byte[] out = new byte[data.length + piece.length];
        System.arraycopy(data, 0, out, 0, at);
        System.arraycopy(piece, 0, out, at, piece.length);
        System.arraycopy(data, at, out, at + piece.length, data.length - at);
        return out;
    }

    private static byte[] delete(byte[] data, int at, int len) {
        byte[] out = new byte[data.length - len];
        System.arraycopy(data, 0, out, 0, at);
        System.arraycopy(data, at + len, out, at, data.length - at - len);
        return out;
    }
}
