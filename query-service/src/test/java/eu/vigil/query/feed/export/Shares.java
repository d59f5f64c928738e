package eu.vigil.query.feed.export;

import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.incident.IndicatorType;
import eu.vigil.query.feed.SharedIncident;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Shares as the feed gives them to a reader, for the exports' unit tests. */
final class Shares {

    static final Instant FIRST = Instant.parse("2026-03-29T08:15:30.123456Z");
    static final Instant CHANGED = Instant.parse("2026-03-30T10:00:00Z");

    private Shares() {
    }

    static SharedIncident share(String publisher, boolean pseudonymised, Tlp tlp, String summary,
                                SharedIncident.Indicator... indicators) {
        return new SharedIncident(UUID.nameUUIDFromBytes(summary.getBytes()).toString(), publisher, pseudonymised,
                false, 1, tlp, "malicious-code/infected-system", "high", summary, "containment", "diverted-patients",
                "no", List.of("CT scanner"), Arrays.asList(indicators), FIRST, CHANGED, null, "BE", false);
    }

    static SharedIncident withdrawn(String publisher, Tlp tlp) {
        return new SharedIncident(UUID.randomUUID().toString(), publisher, false, false, 1, tlp, null, null, null,
                null, null, null, List.of(), List.of(), FIRST, CHANGED, CHANGED, "BE", false);
    }

    /** A share made before shares carried their hospital's country. */
    static SharedIncident withoutCountry(SharedIncident share) {
        return new SharedIncident(share.incidentId(), share.publisher(), share.pseudonymised(), share.own(),
                share.revision(), share.tlp(), share.category(), share.severity(), share.summary(), share.phase(),
                share.patientCareImpact(), share.crossBorder(), share.deviceTypes(), share.indicators(),
                share.firstSharedAt(), share.changedAt(), share.withdrawnAt(), null, share.sectorView());
    }

    static SharedIncident.Indicator indicator(IndicatorType type, String value, Tlp tlp) {
        return new SharedIncident.Indicator(type.code(), value, tlp, null, null, null, false);
    }

    /** One indicator of every type, each a value with the characters a pattern must escape where its type allows. */
    static SharedIncident.Indicator[] everyType() {
        return new SharedIncident.Indicator[] {
            indicator(IndicatorType.IPV4, "198.51.100.23", Tlp.CLEAR),
            indicator(IndicatorType.IPV6, "2001:db8::23", Tlp.CLEAR),
            indicator(IndicatorType.CIDR, "203.0.113.0/24", Tlp.CLEAR),
            indicator(IndicatorType.CIDR, "2001:db8::/32", Tlp.CLEAR),
            indicator(IndicatorType.DOMAIN, "evil.example", Tlp.CLEAR),
            indicator(IndicatorType.URL, "https://evil.example/a?b='c'&d=\\e", Tlp.CLEAR),
            indicator(IndicatorType.MD5, "d41d8cd98f00b204e9800998ecf8427e", Tlp.CLEAR),
            indicator(IndicatorType.SHA1, "da39a3ee5e6b4b0d3255bfef95601890afd80709", Tlp.CLEAR),
            indicator(IndicatorType.SHA256, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                    Tlp.GREEN),
            indicator(IndicatorType.EMAIL, "o'brien@evil.example", Tlp.CLEAR),
            indicator(IndicatorType.FILE_NAME, "C:\\Users\\x\\invoice 'final'.pdf.exe", Tlp.AMBER)
        };
    }
}
