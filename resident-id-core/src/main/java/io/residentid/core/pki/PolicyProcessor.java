package io.residentid.core.pki;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.PolicyConstraints;
import org.bouncycastle.asn1.x509.PolicyInformation;

/**
 * RFC 5280 certificate policy processing (6.1.2 (a), (d)-(f), 6.1.3 (d)-(f), 6.1.4 (a), (b), (h)-(j), 6.1.5 (a),
 * (b), (g)) with the valid_policy_tree. The trust anchor's own extensions are not processed, as the RFC says.
 * The tree is bounded: more than {@value #MAX_NODES} nodes fail the path (policy-tree blow-up attack).
 */
final class PolicyProcessor {

    static final String ANY_POLICY = "2.5.29.32.0";
    static final int MAX_NODES = 4096;

    private static final class Node {
        final String policy;
        final Set<String> expected;
        final Node parent;
        final List<Node> children = new ArrayList<>();
        final int depth;

        Node(String policy, Set<String> expected, Node parent) {
            this.policy = policy;
            this.expected = expected;
            this.parent = parent;
            this.depth = parent == null ? 0 : parent.depth + 1;
            if (parent != null) {
                parent.children.add(this);
            }
        }
    }

    private Node root;
    private int nodes;

    /**
     * Processes the path (target first, anchor last) with the given initial settings.
     *
     * @return null when the policy requirements are met, else a description of the failure
     */
    String process(List<CertificateInfo> path, Set<String> initialPolicies, boolean explicitPolicyRequired,
                   boolean mappingInhibited, boolean anyPolicyInhibited) {
        int n = path.size() - 1;
        if (n == 0) {
            return null;
        }
        root = new Node(ANY_POLICY, Set.of(ANY_POLICY), null);
        nodes = 1;
        int explicit = explicitPolicyRequired ? 0 : n + 1;
        int inhibitAny = anyPolicyInhibited ? 0 : n + 1;
        int mapping = mappingInhibited ? 0 : n + 1;
        for (int i = 1; i <= n; i++) {
            CertificateInfo cert = path.get(n - i);
            boolean last = i == n;
            CertificatePolicies policies;
            try {
                policies = cert.extensions == null ? null : CertificatePolicies.fromExtensions(cert.extensions);
            } catch (RuntimeException e) {
                return "malformed certificatePolicies";
            }
            if (policies != null && root != null) {
                boolean anyPresent = false;
                for (PolicyInformation info : policies.getPolicyInformation()) {
                    String p = info.getPolicyIdentifier().getId();
                    if (p.equals(ANY_POLICY)) {
                        anyPresent = true;
                        continue;
                    }
                    List<Node> parents = atDepth(i - 1);
                    boolean matched = false;
                    for (Node parent : parents) {
                        if (parent.expected.contains(p)) {
                            add(p, Set.of(p), parent);
                            matched = true;
                        }
                    }
                    if (!matched) {
                        for (Node parent : parents) {
                            if (parent.policy.equals(ANY_POLICY)) {
                                add(p, Set.of(p), parent);
                            }
                        }
                    }
                }
                if (anyPresent && (inhibitAny > 0 || i < n && cert.selfIssued)) {
                    for (Node parent : atDepth(i - 1)) {
                        for (String value : parent.expected) {
                            boolean exists = parent.children.stream().anyMatch(c -> c.policy.equals(value));
                            if (!exists) {
                                add(value, Set.of(value), parent);
                            }
                        }
                    }
                }
                prune(i);
            } else {
                root = null;
            }
            if (nodes > MAX_NODES) {
                return "policy tree too large";
            }
            if (explicit <= 0 && root == null) {
                return "no acceptable policy (explicit policy required)";
            }
            if (!last) {
                String problem = mappings(cert, i, mapping);
                if (problem != null) {
                    return problem;
                }
                if (!cert.selfIssued) {
                    explicit = explicit > 0 ? explicit - 1 : 0;
                    mapping = mapping > 0 ? mapping - 1 : 0;
                    inhibitAny = inhibitAny > 0 ? inhibitAny - 1 : 0;
                }
                PolicyConstraints pc = constraints(cert);
                if (pc != null) {
                    if (pc.getRequireExplicitPolicyMapping() != null) {
                        explicit = Math.min(explicit, pc.getRequireExplicitPolicyMapping().intValue());
                    }
                    if (pc.getInhibitPolicyMapping() != null) {
                        mapping = Math.min(mapping, pc.getInhibitPolicyMapping().intValue());
                    }
                }
                Extension inhibit = cert.extensions == null ? null
                        : cert.extensions.getExtension(Extension.inhibitAnyPolicy);
                if (inhibit != null) {
                    try {
                        inhibitAny = Math.min(inhibitAny,
                                ASN1Integer.getInstance(inhibit.getParsedValue()).intValueExact());
                    } catch (RuntimeException e) {
                        return "malformed inhibitAnyPolicy";
                    }
                }
            } else {
                if (explicit > 0) {
                    explicit--;
                }
                PolicyConstraints pc = constraints(cert);
                if (pc != null && pc.getRequireExplicitPolicyMapping() != null
                        && pc.getRequireExplicitPolicyMapping().signum() == 0) {
                    explicit = 0;
                }
            }
        }
        intersect(initialPolicies, n);
        if (explicit <= 0 && root == null) {
            return "no acceptable policy (explicit policy required)";
        }
        return null;
    }

    private static PolicyConstraints constraints(CertificateInfo cert) {
        try {
            return cert.extensions == null ? null : PolicyConstraints.fromExtensions(cert.extensions);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void add(String policy, Set<String> expected, Node parent) {
        new Node(policy, new LinkedHashSet<>(expected), parent);
        nodes++;
    }

    private String mappings(CertificateInfo cert, int depth, int mapping) {
        Extension ext = cert.extensions == null ? null : cert.extensions.getExtension(Extension.policyMappings);
        if (ext == null) {
            return null;
        }
        Map<String, Set<String>> map = new HashMap<>();
        try {
            ASN1Sequence seq = ASN1Sequence.getInstance(ext.getParsedValue());
            for (int k = 0; k < seq.size(); k++) {
                ASN1Sequence pair = ASN1Sequence.getInstance(seq.getObjectAt(k));
                String issuerPolicy = pair.getObjectAt(0).toString();
                String subjectPolicy = pair.getObjectAt(1).toString();
                if (issuerPolicy.equals(ANY_POLICY) || subjectPolicy.equals(ANY_POLICY)) {
                    return "policy mapping to or from anyPolicy";
                }
                map.computeIfAbsent(issuerPolicy, x -> new LinkedHashSet<>()).add(subjectPolicy);
            }
        } catch (RuntimeException e) {
            return "malformed policyMappings";
        }
        if (root == null) {
            return null;
        }
        for (Map.Entry<String, Set<String>> e : map.entrySet()) {
            List<Node> level = atDepth(depth);
            if (mapping > 0) {
                boolean found = false;
                for (Node node : level) {
                    if (node.policy.equals(e.getKey())) {
                        node.expected.clear();
                        node.expected.addAll(e.getValue());
                        found = true;
                    }
                }
                if (!found) {
                    for (Node node : level) {
                        if (node.policy.equals(ANY_POLICY)) {
                            add(e.getKey(), e.getValue(), node.parent);
                            break;
                        }
                    }
                }
            } else {
                for (Node node : level) {
                    if (node.policy.equals(e.getKey())) {
                        node.parent.children.remove(node);
                    }
                }
                prune(depth);
            }
        }
        return null;
    }

    /** Removes childless nodes above {@code depth}, bottom up. */
    private void prune(int depth) {
        for (int d = depth - 1; d >= 0 && root != null; d--) {
            for (Node node : atDepth(d)) {
                if (node.children.isEmpty()) {
                    if (node.parent == null) {
                        root = null;
                    } else {
                        node.parent.children.remove(node);
                    }
                }
            }
        }
    }

    private void intersect(Set<String> initial, int n) {
        if (root == null || initial.isEmpty() || initial.contains(ANY_POLICY)) {
            return;
        }
        // valid_policy_node_set: nodes whose parent's policy is anyPolicy.
        List<Node> set = new ArrayList<>();
        collect(root, set);
        Set<String> present = new HashSet<>();
        for (Node node : set) {
            if (!node.policy.equals(ANY_POLICY) && !initial.contains(node.policy)) {
                node.parent.children.remove(node);
            } else {
                present.add(node.policy);
            }
        }
        for (Node leaf : new ArrayList<>(atDepth(n))) {
            if (leaf.policy.equals(ANY_POLICY) && set.contains(leaf)) {
                for (String p : initial) {
                    if (!present.contains(p)) {
                        add(p, Set.of(p), leaf.parent);
                    }
                }
                leaf.parent.children.remove(leaf);
            }
        }
        prune(n);
        if (root != null && atDepth(n).isEmpty()) {
            root = null;
        }
    }

    private static void collect(Node node, List<Node> out) {
        for (Node child : node.children) {
            if (node.policy.equals(ANY_POLICY)) {
                out.add(child);
                if (child.policy.equals(ANY_POLICY)) {
                    collect(child, out);
                }
            }
        }
    }

    private List<Node> atDepth(int depth) {
        List<Node> out = new ArrayList<>();
        if (root != null) {
            walk(root, depth, out);
        }
        return out;
    }

    private static void walk(Node node, int depth, List<Node> out) {
        if (node.depth == depth) {
            out.add(node);
            return;
        }
        for (Node child : new ArrayList<>(node.children)) {
            walk(child, depth, out);
        }
    }
}
