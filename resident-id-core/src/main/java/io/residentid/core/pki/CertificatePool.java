package io.residentid.core.pki;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;

/** Untrusted certificates indexed by subject, optionally on top of a shared base pool. */
final class CertificatePool {

    static final CertificatePool EMPTY = new CertificatePool(null, List.of());

    private final CertificatePool base;
    private final Map<X500Name, List<CertificateInfo>> bySubject = new HashMap<>();

    CertificatePool(CertificatePool base, List<CertificateInfo> certificates) {
        this.base = base;
        for (CertificateInfo info : certificates) {
            if (base != null && base.contains(info)) {
                continue;
            }
            List<CertificateInfo> list = bySubject.computeIfAbsent(info.subject, k -> new ArrayList<>());
            if (!list.contains(info)) {
                list.add(info);
            }
        }
    }

    boolean contains(CertificateInfo info) {
        List<CertificateInfo> list = bySubject.get(info.subject);
        return list != null && list.contains(info) || base != null && base.contains(info);
    }

    /** Certificates whose subject is exactly {@code subject} (RDN order significant). */
    List<CertificateInfo> withSubject(X500Name subject) {
        List<CertificateInfo> out = new ArrayList<>();
        if (base != null) {
            out.addAll(base.withSubject(subject));
        }
        for (CertificateInfo info : bySubject.getOrDefault(subject, List.of())) {
            if (Names.same(info.subject, subject)) {
                out.add(info);
            }
        }
        return out;
    }
}
