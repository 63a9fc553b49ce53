package io.residentid.mdoc.cose;

import io.residentid.core.model.Bytes;
import io.residentid.mdoc.cbor.CborArray;
import io.residentid.mdoc.cbor.CborDecoder;
import io.residentid.mdoc.cbor.CborItem;
import io.residentid.mdoc.cbor.CborMap;
import io.residentid.mdoc.cbor.CborTag;

/**
 * The four members COSE_Sign1 and COSE_Mac0 share (RFC 9052 §4.2, §6.2): the protected header (as bytes and
 * decoded), the unprotected header, the payload ({@code null} when detached) and the signature or tag.
 */
record CoseStructure(Bytes protectedHeader, CborMap protectedMap, CborMap unprotected, Bytes payload, Bytes last) {

    /**
     * Reads the array, optionally wrapped in its CBOR tag.
     *
     * @param cborTag  the message's tag (18 for COSE_Sign1, 17 for COSE_Mac0)
     * @param lastName the last member's name in error paths ({@code signature} or {@code tag})
     */
    static CoseStructure parse(CborItem item, String path, long cborTag, String lastName) {
        CborItem body = item instanceof CborTag t && t.tag() == cborTag ? t.content() : item;
        CborArray a = body.asArray(path).requireSize(4, path);
        Bytes prot = a.get(0, path).asBytes(path + ".protected");
        CborMap protMap = prot.isEmpty() ? CborMap.builder().build()
                : CborDecoder.strict().decode(prot).asMap(path + ".protected");
        CborMap unprot = a.get(1, path).asMap(path + ".unprotected");
        CborItem p = a.get(2, path);
        Bytes payload = p.isNull() ? null : p.asBytes(path + ".payload");
        Bytes last = a.get(3, path).asBytes(path + "." + lastName);
        return new CoseStructure(prot, protMap, unprot, payload, last);
    }
}
