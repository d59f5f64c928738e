package eu.vigil.correlation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

import java.time.Duration;
import java.util.List;

/**
 * The warning lists ({@code vigil.cert.warning-lists.off}: names of lists not applied) and the campaign rule
 * ({@code vigil.cert.campaign.hospitals}, default 3; {@code vigil.cert.campaign.window}, default 72 hours) of every
 * service that correlates shares, and their {@link Sightings}. Services that raise the same alerts must be given the
 * same values.
 */
@AutoConfiguration
public class CorrelationAutoConfiguration {

    @Bean
    WarningLists warningLists(@Value("${vigil.cert.warning-lists.off:}") List<String> off) {
        return new WarningLists(off);
    }

    @Bean
    CampaignRule campaignRule(@Value("${vigil.cert.campaign.hospitals:3}") int hospitals,
                              @Value("${vigil.cert.campaign.window:72h}") Duration window) {
        return new CampaignRule(hospitals, window);
    }

    @Bean
    Sightings sightings(WarningLists warningLists, CampaignRule campaignRule) {
        return new Sightings(warningLists, campaignRule);
    }
}
