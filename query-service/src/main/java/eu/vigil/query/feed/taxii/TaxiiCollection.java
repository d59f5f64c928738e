package eu.vigil.query.feed.taxii;

import eu.vigil.contracts.Tlp;
import eu.vigil.query.feed.FeedAudience;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * The TAXII collections: one per TLP label that leaves a hospital, holding the STIX objects of the shares under that
 * label. The ids are fixed (documented in the README), so a client configured once keeps pulling the same collection.
 * TLP:RED has none: it never reaches the feed.
 */
public enum TaxiiCollection {

    SHARED_CLEAR("4d6c2b0e-6f2a-4c38-9a3e-0b1f3c5d7e01", "shared-clear", Tlp.CLEAR,
            "Shares under TLP:CLEAR", "What hospitals shared under TLP:CLEAR; every logged-in user reads it."),
    SHARED_GREEN("4d6c2b0e-6f2a-4c38-9a3e-0b1f3c5d7e02", "shared-green", Tlp.GREEN,
            "Shares under TLP:GREEN", "What hospitals shared under TLP:GREEN; the sector CERT reads it."),
    SHARED_AMBER("4d6c2b0e-6f2a-4c38-9a3e-0b1f3c5d7e03", "shared-amber", Tlp.AMBER,
            "Shares under TLP:AMBER", "What hospitals shared under TLP:AMBER; the sector CERT reads it."),
    SHARED_AMBER_STRICT("4d6c2b0e-6f2a-4c38-9a3e-0b1f3c5d7e04", "shared-amber-strict", Tlp.AMBER_STRICT,
            "Shares under TLP:AMBER+STRICT", "What hospitals shared under TLP:AMBER+STRICT; the sector CERT reads it.");

    private final UUID id;
    private final String alias;
    private final Tlp tlp;
    private final String title;
    private final String description;

    TaxiiCollection(String id, String alias, Tlp tlp, String title, String description) {
        this.id = UUID.fromString(id);
        this.alias = alias;
        this.tlp = tlp;
        this.title = title;
        this.description = description;
    }

    public UUID id() {
        return id;
    }

    public String alias() {
        return alias;
    }

    public Tlp tlp() {
        return tlp;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /**
     * Whether the reader may read the collection: its label is one the reader reads. A hospital's own shares under
     * another label are not served here (its officers hold them in their own register and feed).
     */
    public boolean readableBy(FeedAudience audience) {
        return audience.labels().contains(tlp);
    }

    /** The collection with this id (or alias) that the reader may read; empty for one that does not exist for it. */
    public static Optional<TaxiiCollection> readable(String idOrAlias, FeedAudience audience) {
        return Arrays.stream(values())
                .filter(collection -> collection.id.toString().equalsIgnoreCase(idOrAlias)
                        || collection.alias.equals(idOrAlias))
                .filter(collection -> collection.readableBy(audience))
                .findFirst();
    }
}
