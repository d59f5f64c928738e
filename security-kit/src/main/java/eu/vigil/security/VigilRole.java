package eu.vigil.security;

/** The roles a token can carry in its roles claim; each becomes the authority {@code ROLE_<name>}. */
public enum VigilRole {

    /** Reports and reads the incidents of one hospital. */
    SECURITY_OFFICER,
    /** Reads the incidents and deadlines of one hospital. */
    DPO,
    /** The sector CERT: only the CERT views, no hospital. */
    CERT_COORDINATOR,
    /** Manages reference data such as the hospitals. */
    ADMIN;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
