package eu.vigil.query.feed;

import eu.vigil.contracts.Tlp;
import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who reads the feed, under TLP 2.0: the CERT's coordinators read every label that leaves a hospital (CLEAR, GREEN,
 * AMBER, AMBER+STRICT); every other logged-in user reads TLP:CLEAR, and their own hospital's shares whatever the label.
 * TLP:RED never reaches the feed. Sharing AMBER and GREEN with other hospitals' officers waits for the hospitals'
 * opt-in, which is not recorded yet: until then they read CLEAR only.
 *
 * @param ownHospital     the reader's hospital, whose own shares it reads in full; null for the CERT and administrators
 * @param certCoordinator whether the reader is the CERT, which learns at how many hospitals a value was shared
 */
public record FeedAudience(Set<Tlp> labels, String ownHospital, boolean certCoordinator) {

    private static final Set<Tlp> CERT = EnumSet.of(Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER, Tlp.AMBER_STRICT);

    public static FeedAudience of(VigilUser user) {
        boolean cert = user.has(VigilRole.CERT_COORDINATOR);
        return new FeedAudience(Set.copyOf(cert ? CERT : EnumSet.of(Tlp.CLEAR)), user.hospitalId().orElse(null), cert);
    }

    /** Whether the reader reads what a hospital shared under this label. */
    public boolean reads(Tlp label, String hospitalId) {
        return hospitalId.equals(ownHospital) || labels.contains(label);
    }

    /** An indicator travels under the stricter of its own label and its share's. */
    public static Tlp stricter(Tlp one, Tlp other) {
        return one.ordinal() <= other.ordinal() ? one : other;
    }
}
