package io.residentid.mdoc.engagement;

import io.residentid.mdoc.cbor.CborItem;
import io.residentid.mdoc.cbor.CborMap;
import java.util.Optional;
import java.util.UUID;

/**
 * One DeviceRetrievalMethod of a DeviceEngagement: {@code [type, version, options]}.
 *
 * @param type    1 NFC, 2 BLE, 3 Wi-Fi Aware (other values kept as read)
 * @param version the method's version
 * @param options the options map as read
 */
public record RetrievalMethod(int type, long version, CborMap options) {
    /** Type NFC. */
    public static final int NFC = 1;
    /** Type BLE. */
    public static final int BLE = 2;
    /** Type Wi-Fi Aware. */
    public static final int WIFI_AWARE = 3;

    /** {@return the name of the type: NFC, BLE, WIFI_AWARE or TYPE_n} */
    public String typeName() {
        switch (type) {
            case NFC: return "NFC";
            case BLE: return "BLE";
            case WIFI_AWARE: return "WIFI_AWARE";
            default: return "TYPE_" + type;
        }
    }

    /**
     * BLE: whether mdoc peripheral server mode is supported (option 0).
     *
     * @return whether the mode is supported
     */
    public boolean blePeripheralServerMode() {
        return options.get(0).map(i -> i.asBoolean("ble.0")).orElse(false);
    }

    /**
     * BLE: whether mdoc central client mode is supported (option 1).
     *
     * @return whether the mode is supported
     */
    public boolean bleCentralClientMode() {
        return options.get(1).map(i -> i.asBoolean("ble.1")).orElse(false);
    }

    /**
     * BLE: the peripheral server mode UUID (option 10).
     *
     * @return the UUID, when given
     */
    public Optional<UUID> blePeripheralServerUuid() {
        return options.get(10).map(i -> uuid(i, "ble.10"));
    }

    /**
     * BLE: the central client mode UUID (option 11).
     *
     * @return the UUID, when given
     */
    public Optional<UUID> bleCentralClientUuid() {
        return options.get(11).map(i -> uuid(i, "ble.11"));
    }

    /**
     * NFC: the maximum command data length (option 0).
     *
     * @return the length, when given
     */
    public Optional<Long> nfcMaxCommandLength() {
        return options.get(0).map(i -> i.asLong("nfc.0"));
    }

    /**
     * NFC: the maximum response data length (option 1).
     *
     * @return the length, when given
     */
    public Optional<Long> nfcMaxResponseLength() {
        return options.get(1).map(i -> i.asLong("nfc.1"));
    }

    private static UUID uuid(CborItem item, String path) {
        byte[] b = item.asBytes(path).toByteArray();
        if (b.length != 16) {
            throw io.residentid.mdoc.MdocFormatException.structure(path, "a 16-byte UUID");
        }
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b);
        return new UUID(buf.getLong(), buf.getLong());
    }

    /** {@return the method as CBOR} */
    public CborItem toCbor() {
        return CborItem.array(CborItem.integer(type), CborItem.integer(version), options);
    }
}
