package eu.vigil.notifier.rules;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.time.zone.ZoneRulesProvider;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * The time zones of the EU and EEA member states, and the zone a hospital without a notification profile runs in.
 * A due instant counted in calendar days ends at 24:00 in some member state's zone: without a profile we do not know
 * which, so the safe instant is the earliest any of these zones gives (issue 14: a clock later than the law is the
 * worst defect this product can have).
 */
public final class EuZones {

    /**
     * The IANA zones (tzdb {@code zone1970.tab}/{@code zone.tab}) of the territory in Europe of every EU member state
     * (TEU Art. 52, TFEU Art. 355: Azores, Madeira, the Canary Islands and Ceuta included) and of the EEA states
     * Iceland, Liechtenstein and Norway. The outermost regions outside Europe (French Guiana, Guadeloupe, Martinique,
     * Mayotte, Réunion, Saint-Martin) are not in it: a hospital there needs its profile.
     */
    public static final List<ZoneId> MEMBER_STATES = zones(
            "Europe/Vienna", "Europe/Brussels", "Europe/Sofia", "Europe/Zagreb", "Asia/Nicosia", "Asia/Famagusta",
            "Europe/Prague", "Europe/Copenhagen", "Europe/Tallinn", "Europe/Helsinki", "Europe/Paris",
            "Europe/Berlin", "Europe/Busingen", "Europe/Athens", "Europe/Budapest", "Europe/Dublin", "Europe/Rome",
            "Europe/Riga", "Europe/Vilnius", "Europe/Luxembourg", "Europe/Malta", "Europe/Amsterdam",
            "Europe/Warsaw", "Europe/Lisbon", "Atlantic/Madeira", "Atlantic/Azores", "Europe/Bucharest",
            "Europe/Bratislava", "Europe/Ljubljana", "Europe/Madrid", "Africa/Ceuta", "Atlantic/Canary",
            "Europe/Stockholm",
            // EEA
            "Atlantic/Reykjavik", "Europe/Vaduz", "Europe/Oslo");

    /** The id an obligation computed without a profile carries as its time zone. */
    public static final String PROFILE_MISSING_ID = "profile-missing";

    /**
     * The zone of a hospital without a profile: {@link DueInstants} counts calendar periods in it as the earliest of
     * {@link #MEMBER_STATES}; shown as a zone it reads as UTC. Registered with java.time so that it travels as an id.
     */
    public static final ZoneId PROFILE_MISSING;

    static {
        if (!ZoneRulesProvider.getAvailableZoneIds().contains(PROFILE_MISSING_ID)) {
            ZoneRulesProvider.registerProvider(new ProfileMissingProvider());
        }
        PROFILE_MISSING = ZoneId.of(PROFILE_MISSING_ID);
    }

    private EuZones() {
    }

    /** {@link ZoneId#of}, also for {@link #PROFILE_MISSING_ID}, whichever class java.time saw first. */
    public static ZoneId zoneOf(String id) {
        return PROFILE_MISSING_ID.equals(id) ? PROFILE_MISSING : ZoneId.of(id);
    }

    public static boolean profileMissing(ZoneId zone) {
        return PROFILE_MISSING_ID.equals(zone.getId());
    }

    private static List<ZoneId> zones(String... ids) {
        return Arrays.stream(ids).map(ZoneId::of).toList();
    }

    private static final class ProfileMissingProvider extends ZoneRulesProvider {

        @Override
        protected Set<String> provideZoneIds() {
            return Set.of(PROFILE_MISSING_ID);
        }

        @Override
        protected ZoneRules provideRules(String zoneId, boolean forCaching) {
            return ZoneOffset.UTC.getRules();
        }

        @Override
        protected NavigableMap<String, ZoneRules> provideVersions(String zoneId) {
            return new TreeMap<>(Map.of("1", ZoneOffset.UTC.getRules()));
        }
    }
}
