package eu.vigil.query.feed.taxii;

/** A collection or object that does not exist for this reader (whether or not it exists for another). */
public class TaxiiNotFoundException extends RuntimeException {

    public TaxiiNotFoundException(String what) {
        super(what + " not found");
    }
}
