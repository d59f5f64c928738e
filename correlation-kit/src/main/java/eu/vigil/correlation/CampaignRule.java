package eu.vigil.correlation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

/**
 * When the sector CERT is alerted to a campaign: a share makes a correlatable value (see
 * {@link WarningLists#correlatable}) seen at {@code hospitals} hospitals or more within one {@code window} that holds
 * the share (by each hospital's last sighting of the value), and no alert for the value lies within the window either
 * side of it. Every service that derives alerts from the share events applies this rule to the events' own instants,
 * so that shares arriving in any order raise one alert per campaign; live, as shares arrive in time order, every
 * service raises it at the same share, with the same id. A replay that reads the topic's partitions in another order
 * may raise it at another share of the same campaign.
 *
 * @param hospitals at how many hospitals a value makes a campaign, at least 2
 * @param window    how far apart the sightings of one campaign may lie, positive
 */
public record CampaignRule(int hospitals, Duration window) {

    public CampaignRule {
        if (hospitals < 2) {
            throw new IllegalArgumentException("vigil.cert.campaign.hospitals must be at least 2: " + hospitals);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("vigil.cert.campaign.window must be positive: " + window);
        }
    }

    /**
     * The earliest start of a window that holds a share made at this instant; also the start of the span in which an
     * earlier alert for the value silences the share.
     */
    public Instant countsFrom(Instant sharedAt) {
        return sharedAt.minus(window);
    }

    /** The end of the span in which a later alert for the value (raised first, out of order) silences the share. */
    public Instant quietUntil(Instant sharedAt) {
        return sharedAt.plus(window);
    }

    /** A hospital's last sighting of a value. */
    public record Sighting(String hospitalId, Instant seenAt) {
    }

    /**
     * The most hospitals in one window that holds a share made at {@code sharedAt}: each window starts at a sighting
     * from {@link #countsFrom} to {@code sharedAt} and spans the rule's window, both ends included. One pass over the
     * sightings, which must be in time order and may lie anywhere; those outside both windows change nothing.
     */
    public long mostHospitals(List<Sighting> sightings, Instant sharedAt) {
        var inWindow = new HashMap<String, Integer>(); // hospital -> its sightings from start to end
        long most = 0;
        int end = 0;
        for (int start = 0; start < sightings.size() && !sightings.get(start).seenAt().isAfter(sharedAt); start++) {
            Instant from = sightings.get(start).seenAt();
            while (end < sightings.size() && !sightings.get(end).seenAt().isAfter(from.plus(window))) {
                inWindow.merge(sightings.get(end).hospitalId(), 1, Integer::sum);
                end++;
            }
            if (!from.isBefore(countsFrom(sharedAt))) {
                most = Math.max(most, inWindow.size());
            }
            inWindow.computeIfPresent(sightings.get(start).hospitalId(), (hospital, n) -> n == 1 ? null : n - 1);
        }
        return most;
    }

    /**
     * @param hospitalsCounted the most hospitals in one window that holds the share
     * @param alertNearby      whether an alert for the value lies strictly between {@link #countsFrom} and
     *                         {@link #quietUntil}
     */
    public boolean raises(long hospitalsCounted, boolean alertNearby) {
        return hospitalsCounted >= hospitals && !alertNearby;
    }

    /** The alert's id: the same in every service and on every replay of the same share. */
    public static UUID alertId(String indicatorType, String indicatorValue, Instant raisedAt) {
        return UUID.nameUUIDFromBytes((indicatorType + "|" + indicatorValue + "|" + raisedAt)
                .getBytes(StandardCharsets.UTF_8));
    }
}
