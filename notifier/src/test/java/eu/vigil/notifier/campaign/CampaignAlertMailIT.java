package eu.vigil.notifier.campaign;

import com.icegreen.greenmail.util.GreenMail;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.drill.Exercise;
import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.contracts.incident.IndicatorType;
import eu.vigil.contracts.incident.PatientCareImpact;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.Severity;
import eu.vigil.contracts.incident.SharedIndicator;
import eu.vigil.correlation.CampaignRule;
import eu.vigil.testsupport.IncidentEvents;
import eu.vigil.testsupport.DrillKeyTopic;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.RealInfrastructure;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The third hospital to share a value within the window makes the notifier mail the CERT once, in the CERT's
 * language, with the alert's id: the same id query-service gives the alert on the CERT's page.
 */
@SpringBootTest(properties = {"db-scheduler.polling-interval=500ms",
        "vigil.cert.alert-recipients=cert@healthcert.example,duty@healthcert.example", "vigil.cert.language=fr"})
@RealInfrastructure
class CampaignAlertMailIT {

    private static final Instant T0 = Instant.parse("2026-03-27T09:00:00Z");

    @Autowired GreenMail smtp; // the context's own server (OwnMailServerCustomizerFactory)
    @Autowired JdbcClient jdbc;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;
    @Value("${vigil.topics.drill-keys}") String keyTopic;
    @Value("${vigil.cert.consumer-group}") String certGroup;

    @Test
    void givenADrillsShareOnTheShareTopicByMistakeThenNoValueOfItIsSighted() {
        var incident = IncidentId.generate();
        var share = IncidentEvents.envelope("h-gent", 1, T0, new IncidentShared(incident, 1, Tlp.GREEN, false,
                RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, Severity.HIGH, "Drill: beacon", Phase.CONTAINMENT,
                PatientCareImpact.NONE, List.of(), List.of(new SharedIndicator(IndicatorType.DOMAIN,
                "drill.campaign.test", Tlp.GREEN)), YesNoUnknown.NO, "BE", false,
                new Exercise(DrillKeyTopic.drillWithKey(bootstrapServers, keyTopic), 60)));

        var record = new IncidentTopic(bootstrapServers, new IncidentTopic(bootstrapServers, topic).shareTopic())
                .send(share.aggregateId(), EventJson.write(share));
        new IncidentTopic(bootstrapServers, topic).awaitConsumed(certGroup, record);

        assertThat(jdbc.sql("select count(*) from notification.indicator_sighting where incident_id = :id")
                .param("id", incident.value()).query(Integer.class).single()).isZero();
    }

    @Test
    void givenAValueSharedByThreeHospitalsWithinTheWindowThenTheCertIsMailedOnceWithTheAlertsId() throws Exception {
        // each share is taken in before the next is published, as shares arrive live
        share("h-gent", T0, "c2.campaign.test", "quiet.test");
        share("h-liege", T0.plus(Duration.ofHours(1)), "c2.campaign.test", "quiet.test");
        share("h-namur", T0.plus(Duration.ofHours(2)), "c2.campaign.test");
        share("h-mons", T0.plus(Duration.ofHours(3)), "c2.campaign.test");

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                "select count(*) from notification.campaign_alert where mailed_at is not null")
                .query(Integer.class).single() == 1);

        // the reported incidents are long past their deadlines: their DPOs got mail too, which is not this test's
        var copies = new ArrayList<MimeMessage>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getHeader("X-Vigil-Alert-Id") != null) {
                copies.add(message);
            }
        }
        assertThat(copies).hasSize(2); // one alert, one copy per recipient
        MimeMessage mail = copies.get(0);
        assertThat(mail.getSubject()).isEqualTo("[Vigil] Campagne : c2.campaign.test partagé par 3 hôpitaux");
        assertThat(mail.getHeader("X-Vigil-Alert-Id")[0]).isEqualTo(CampaignRule.alertId("domain",
                "c2.campaign.test", T0.plus(Duration.ofHours(2))).toString());
        assertThat(Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString))
                .containsExactlyInAnyOrder("cert@healthcert.example", "duty@healthcert.example");
        assertThat(mail.getContent().toString()).contains("c2.campaign.test", "3 hôpitaux", "/cert/feed")
                .doesNotContain("h-gent", "h-liege", "h-namur", "h-mons", "quiet.test");
    }

    private void share(String hospital, Instant at, String... domains) {
        var incident = IncidentId.generate();
        new IncidentTopic(bootstrapServers, topic).publishAll(List.of(
                IncidentEvents.reported(incident, hospital, at.minus(Duration.ofHours(1))),
                IncidentEvents.envelope(hospital, 1, at, new IncidentShared(incident, 1, Tlp.GREEN, false,
                        RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, Severity.HIGH, "Beacon to a command server",
                        Phase.CONTAINMENT, PatientCareImpact.DIVERTED_PATIENTS, List.of(),
                        Arrays.stream(domains).map(d -> new SharedIndicator(IndicatorType.DOMAIN, d, Tlp.GREEN))
                                .toList(), YesNoUnknown.NO))));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from notification.indicator_sighting where incident_id = :id")
                .param("id", incident.value()).query(Integer.class).single() == domains.length);
    }
}
