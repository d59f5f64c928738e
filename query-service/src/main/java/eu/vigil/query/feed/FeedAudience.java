package eu.vigil.query.feed;

import eu.vigil.contracts.Tlp;
import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who reads the feed, under TLP 2.0: the CERT's coordinators read every label that leaves a hospital (CLEAR, GREEN,
 * AMBER, AMBER+STRICT); every other logged-in user reads TLP:CLEAR, and their own hospital's shares whatever the label.
 * In the sector view a hospital's security officer also reads other hospitals' TLP:GREEN and TLP:AMBER shares where
 * the sharing hospital opted in (ADR 0020); never TLP:AMBER+STRICT. TLP:RED never reaches the feed.
 *
 * @param labels          the labels read whoever shared
 * @param optedInLabels   the labels read only in a share whose hospital opted into the sector view
 * @param ownHospital     the reader's hospital, whose own shares it reads in full; null for the CERT and administrators
 * @param certCoordinator whether the reader is the CERT, which learns at how many hospitals a value was shared
 */
public record FeedAudience(Set<Tlp> labels, Set<Tlp> optedInLabels, String ownHospital, boolean certCoordinator) {

    private static final Set<Tlp> CERT = EnumSet.of(Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER, Tlp.AMBER_STRICT);

    public FeedAudience {
        labels = Set.copyOf(labels);
        optedInLabels = Set.copyOf(optedInLabels);
    }

    /** The CERT feed's reader. */
    public static FeedAudience of(VigilUser user) {
        boolean cert = user.has(VigilRole.CERT_COORDINATOR);
        return new FeedAudience(cert ? CERT : EnumSet.of(Tlp.CLEAR), Set.of(), user.hospitalId().orElse(null), cert);
    }

    /** A security officer in the sector view: what every user reads, and what other hospitals opted in to show. */
    public static FeedAudience sector(VigilUser user) {
        if (!user.has(VigilRole.SECURITY_OFFICER) || user.hospitalId().isEmpty()) {
            throw new IllegalArgumentException("The sector view is for a hospital's security officer");
        }
        return new FeedAudience(EnumSet.of(Tlp.CLEAR), EnumSet.of(Tlp.GREEN, Tlp.AMBER), user.hospitalId().get(),
                false);
    }

    /**
     * The condition on a table of shares ({@link ShareRows}: the feed's, the drill feed's) that keeps the shares this
     * reader may read, with its parameters {@code labels}, {@code optedIn} and {@code own} bound by {@link #bind}: a
     * share the reader may not read is never fetched.
     */
    public String where() {
        return optedInLabels.isEmpty() ? "(tlp in (:labels) or hospital_id = :own)"
                : "(tlp in (:labels) or (sector_view and tlp in (:optedIn)) or hospital_id = :own)";
    }

    public MapSqlParameterSource bind(MapSqlParameterSource parameters) {
        parameters.addValue("labels", labels.stream().map(Tlp::code).toList())
                .addValue("own", ownHospital == null ? "" : ownHospital);
        if (!optedInLabels.isEmpty()) {
            parameters.addValue("optedIn", optedInLabels.stream().map(Tlp::code).toList());
        }
        return parameters;
    }

    /** Whether the reader reads an indicator under this label in another hospital's share, opted in or not. */
    boolean readsIndicator(Tlp label, boolean sectorView) {
        return labels.contains(label) || (sectorView && optedInLabels.contains(label));
    }

    /** An indicator travels under the stricter of its own label and its share's. */
    public static Tlp stricter(Tlp one, Tlp other) {
        return one.ordinal() <= other.ordinal() ? one : other;
    }
}
