package eu.vigil.notifier.authority;

/** No authority of the catalogue has this id. */
public class AuthorityNotFoundException extends RuntimeException {

    private final String authorityId;

    public AuthorityNotFoundException(String authorityId) {
        super("no authority " + authorityId);
        this.authorityId = authorityId;
    }

    public String authorityId() {
        return authorityId;
    }
}
