package io.residentid.mdoc.response;

import io.residentid.core.model.Bytes;
import io.residentid.mdoc.MdocFormatException;
import io.residentid.mdoc.cbor.CborDecoder;
import io.residentid.mdoc.cbor.CborItem;
import io.residentid.mdoc.cbor.CborMap;
import io.residentid.mdoc.cbor.CborTag;

/**
 * One IssuerSignedItem: {@code {digestID, random, elementIdentifier, elementValue}}, with the exact
 * IssuerSignedItemBytes ({@code #6.24}) it was received as, over which its digest is computed.
 *
 * @param digestId          the digest ID in the MSO
 * @param random            the salt
 * @param elementIdentifier the data element identifier
 * @param elementValue      the value as read
 * @param itemBytes         IssuerSignedItemBytes exactly as received
 */
public record IssuerSignedItem(long digestId, Bytes random, String elementIdentifier, CborItem elementValue,
                               Bytes itemBytes) {

    /** The longest element identifier accepted. */
    public static final int MAX_IDENTIFIER = 256;

    /**
     * Reads an IssuerSignedItemBytes item.
     *
     * @param tagged the tag 24 item
     * @param path where this item sits in the structure, for error messages
     * @return the item
     */
    public static IssuerSignedItem parse(CborItem tagged, String path) {
        CborTag tag = tagged.asTag(CborTag.ENCODED_CBOR, path);
        CborMap m = CborDecoder.strict().decodeEmbedded(tag, path).asMap(path);
        long id = m.require("digestID", path).asLong(path + ".digestID");
        if (id < 0) {
            throw MdocFormatException.structure(path + ".digestID", "an unsigned integer");
        }
        Bytes random = m.require("random", path).asBytes(path + ".random");
        String identifier = m.require("elementIdentifier", path).asText(path + ".elementIdentifier");
        if (identifier.isEmpty() || identifier.length() > MAX_IDENTIFIER) {
            throw MdocFormatException.structure(path + ".elementIdentifier", "1.." + MAX_IDENTIFIER + " chars");
        }
        CborItem value = m.require("elementValue", path);
        return new IssuerSignedItem(id, random, identifier, value, tag.encoded());
    }

    /**
     * {@return a new item (issuer side); its bytes are the deterministic encoding}
     *
     * @param digestId the digest ID in the MSO
     * @param random at least 16 random bytes
     * @param elementIdentifier the element identifier
     * @param value the element value
     */
    public static IssuerSignedItem create(long digestId, Bytes random, String elementIdentifier, CborItem value) {
        CborMap m = CborMap.builder().put("digestID", CborItem.integer(digestId))
                .put("random", CborItem.bytes(random))
                .put("elementIdentifier", CborItem.text(elementIdentifier))
                .put("elementValue", value).build();
        Bytes bytes = CborItem.embedded(m).encoded();
        // Re-read so the value is a decoded item whose encoding is exactly the bytes hashed.
        return parse(CborDecoder.strict().decode(bytes), "IssuerSignedItem");
    }

    @Override
    public String toString() {
        return "IssuerSignedItem[" + digestId + ", " + elementIdentifier + "]";
    }
}
