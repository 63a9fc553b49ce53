package io.residentid.emulator.mdoc;

import io.residentid.mdoc.cose.CoseSign1;
import io.residentid.mdoc.response.IssuerSignedItem;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An issued mdoc as the holder stores it: its docType, the IssuerSignedItems per namespace (each with its exact
 * bytes) and the issuerAuth over the MSO.
 *
 * @param docType    the docType
 * @param namespaces namespace → items
 * @param issuerAuth the issuer's COSE_Sign1 over MobileSecurityObjectBytes
 */
public record IssuedMdoc(String docType, Map<String, List<IssuerSignedItem>> namespaces, CoseSign1 issuerAuth) {
    /**
     * Copies the map.
     *
     * @param docType the docType
     * @param namespaces namespace → items
     * @param issuerAuth the issuer's COSE_Sign1 over MobileSecurityObjectBytes
     */
    public IssuedMdoc {
        Map<String, List<IssuerSignedItem>> copy = new LinkedHashMap<>();
        namespaces.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        namespaces = Collections.unmodifiableMap(copy);
    }

    @Override
    public String toString() {
        return "IssuedMdoc[" + docType + "]";
    }
}
