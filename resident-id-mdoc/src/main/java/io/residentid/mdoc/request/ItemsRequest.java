package io.residentid.mdoc.request;

import io.residentid.mdoc.MdocFormatException;
import io.residentid.mdoc.cbor.CborItem;
import io.residentid.mdoc.cbor.CborMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a reader asks one document for: the docType and, per namespace, the data element identifiers with their
 * intent-to-retain flag.
 *
 * @param docType    the requested docType
 * @param namespaces namespace → element identifier → intent to retain
 */
public record ItemsRequest(String docType, Map<String, Map<String, Boolean>> namespaces) {
    /** The most elements in one request. */
    public static final int MAX_ELEMENTS = 1024;

    /**
     * Copies the maps, keeping their order.
     *
     * @param docType the document type, e.g. {@code org.iso.18013.5.1.mDL}
     * @param namespaces for each namespace, the element identifiers and whether the reader intends to retain them
     */
    public ItemsRequest {
        java.util.Objects.requireNonNull(docType, "docType");
        Map<String, Map<String, Boolean>> copy = new LinkedHashMap<>();
        namespaces.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        namespaces = Collections.unmodifiableMap(copy);
    }

    /**
     * {@return whether {@code element} in {@code namespace} is requested}
     *
     * @param namespace the namespace, e.g. {@code org.iso.18013.5.1}
     * @param element the element identifier
     */
    public boolean requests(String namespace, String element) {
        Map<String, Boolean> ns = namespaces.get(namespace);
        return ns != null && ns.containsKey(element);
    }

    /** {@return the ItemsRequest map} */
    public CborMap toCbor() {
        CborMap.Builder ns = CborMap.builder();
        namespaces.forEach((name, elements) -> {
            CborMap.Builder e = CborMap.builder();
            elements.forEach((id, retain) -> e.put(id, CborItem.bool(retain)));
            ns.put(name, e.build());
        });
        return CborMap.builder().put("docType", CborItem.text(docType)).put("nameSpaces", ns.build()).build();
    }

    /**
     * Reads an ItemsRequest map.
     *
     * @param item the CBOR data item
     * @param path where this item sits in the structure, for error messages
     * @return the request
     */
    public static ItemsRequest parse(CborItem item, String path) {
        CborMap m = item.asMap(path);
        String docType = m.require("docType", path).asText(path + ".docType");
        Map<String, Map<String, Boolean>> out = new LinkedHashMap<>();
        int count = 0;
        for (Map.Entry<CborItem, CborItem> ns : m.require("nameSpaces", path).asMap(path + ".nameSpaces")
                .entries().entrySet()) {
            String name = ns.getKey().asText(path + ".nameSpaces");
            Map<String, Boolean> elements = new LinkedHashMap<>();
            for (Map.Entry<CborItem, CborItem> e : ns.getValue().asMap(path + ".nameSpaces." + name).entries()
                    .entrySet()) {
                if (++count > MAX_ELEMENTS) {
                    throw MdocFormatException.structure(path + ".nameSpaces", "at most " + MAX_ELEMENTS);
                }
                elements.put(e.getKey().asText(path + ".nameSpaces." + name),
                        e.getValue().asBoolean(path + ".nameSpaces." + name));
            }
            out.put(name, elements);
        }
        return new ItemsRequest(docType, out);
    }
}
