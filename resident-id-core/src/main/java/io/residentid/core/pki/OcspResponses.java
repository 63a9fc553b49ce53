package io.residentid.core.pki;

import org.bouncycastle.asn1.ocsp.OCSPResponse;
import org.bouncycastle.cert.ocsp.OCSPResp;

/** Reads OCSP responses (RFC 6960), at most {@value #MAX_BYTES} bytes. */
public final class OcspResponses {

    /** Largest accepted OCSP response. */
    public static final int MAX_BYTES = 64 * 1024;

    private OcspResponses() {
    }

    /**
     * Parses a DER OCSP response; for successful responses the basic response is decoded too.
     *
     * @param der the response's DER encoding
     * @return the response, its status and (when successful) basic response decodable
     * @throws PkiException when malformed or too large
     */
    public static OCSPResp parse(byte[] der) {
        if (der == null || der.length == 0) {
            throw new PkiException("empty OCSP response");
        }
        if (der.length > MAX_BYTES) {
            throw new PkiException("OCSP response larger than " + MAX_BYTES + " bytes");
        }
        OCSPResponse structure = Asn1.parse(der, "OCSP response", OCSPResponse::getInstance);
        try {
            OCSPResp resp = new OCSPResp(structure);
            if (resp.getStatus() == OCSPResp.SUCCESSFUL) {
                Object basic = resp.getResponseObject();
                if (!(basic instanceof org.bouncycastle.cert.ocsp.BasicOCSPResp b)) {
                    throw new PkiException("OCSP response is not a basic response");
                }
                b.getResponses();
                b.getCerts();
            }
            return resp;
        } catch (PkiException e) {
            throw e;
        } catch (Exception e) {
            throw new PkiException("malformed OCSP response: " + e.getMessage(), e);
        }
    }
}
