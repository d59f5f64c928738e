package eu.vigil.notifier.rules;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleBookTest {

    private final RuleBook book = RuleBook.load();

    @Test
    void everyShippedRuleCitesItsArticleAndWhereItWasRead() {
        assertThat(book.files()).extracting(RuleFile::jurisdiction).contains("EU", "BE", "DE", "IT", "PT");
        assertThat(book.files()).flatExtracting(RuleFile::rules).allSatisfy(rule -> {
            assertThat(rule.legalBasis()).as(rule.id()).matches(".*(Art\\.|DL |BSIG|law).*");
            assertThat(rule.source().getScheme()).as(rule.id()).isEqualTo("https");
        });
    }

    @Test
    void aBelgianHospitalGetsTheBelgianRulesAndTheBaselineForWhatBelgiumDoesNotVary() {
        var rules = book.rulesFor("BE", "nis2");

        assertThat(rules).filteredOn(rule -> rule.rule().id().equals("NIS2_EARLY_WARNING")).singleElement()
                .satisfies(rule -> {
                    assertThat(rule.jurisdiction()).isEqualTo("BE");
                    assertThat(rule.baselineFallback()).isFalse();
                });
        assertThat(rules).filteredOn(rule -> rule.rule().id().equals("NIS2_INTERMEDIATE_REPORT")).singleElement()
                .satisfies(rule -> assertThat(rule.baselineFallback()).isTrue());
    }

    @Test
    void aDutchHospitalGetsTheEuBaselineMarkedAsSuch() {
        assertThat(book.rulesFor("NL", "nis2")).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.jurisdiction()).isEqualTo("EU");
            assertThat(rule.baselineFallback()).isTrue();
        });
    }

    @Test
    void theGdprIsOneRegulationEverywhere() {
        assertThat(book.rulesFor("FR", "gdpr")).extracting(rule -> rule.rule().id())
                .containsExactly("GDPR_SA_NOTIFICATION", "GDPR_DATA_SUBJECT_COMMUNICATION", "GDPR_BREACH_REGISTER");
        assertThat(book.rulesFor("FR", "gdpr")).noneMatch(ApplicableRule::baselineFallback);
    }

    @Test
    void portugalsFinalReportCountsWorkingDays() {
        assertThat(book.rulesFor("PT", "nis2")).filteredOn(rule -> rule.rule().id().equals("NIS2_FINAL_REPORT"))
                .singleElement().satisfies(rule ->
                        assertThat(rule.rule().offset()).isEqualTo(new Offset(30, OffsetUnit.WORKING_DAYS)));
    }

    @Test
    void aRuleWithoutItsArticleIsRefusedNamingFileAndRule() {
        assertThatThrownBy(() -> RuleBook.load(file("""
                regime: nis2
                jurisdiction: XX
                baseline: false
                ruleVersion: "1"
                rules:
                  - id: NIS2_EARLY_WARNING
                    title: Early warning
                    trigger: awareness
                    offset: { amount: 24, unit: hours }
                    recipient: csirt
                    source: https://example.org
                """)))
                .isInstanceOf(InvalidRuleFileException.class)
                .hasMessage("Rule file xx-nis2.yml: NIS2_EARLY_WARNING lacks legalBasis");
    }

    @Test
    void anHourRuleWithoutItsNumberOfHoursIsRefused() {
        assertThatThrownBy(() -> RuleBook.load(file("""
                regime: nis2
                jurisdiction: XX
                baseline: false
                ruleVersion: "1"
                rules:
                  - id: NIS2_EARLY_WARNING
                    title: Early warning
                    trigger: awareness
                    offset: { unit: hours }
                    recipient: csirt
                    legalBasis: NIS2 Art. 23(4)(a)
                    source: https://example.org
                """)))
                .isInstanceOf(InvalidRuleFileException.class)
                .hasMessageContaining("NIS2_EARLY_WARNING needs a positive offset.amount for hours");
    }

    @Test
    void anUnknownTriggerIsRefusedWithTheAcceptedOnes() {
        assertThatThrownBy(() -> RuleBook.load(file("""
                regime: nis2
                jurisdiction: XX
                baseline: false
                ruleVersion: "1"
                rules:
                  - id: NIS2_EARLY_WARNING
                    title: Early warning
                    trigger: full-moon
                    offset: { amount: 24, unit: hours }
                    recipient: csirt
                    legalBasis: NIS2 Art. 23(4)(a)
                    source: https://example.org
                """)))
                .isInstanceOf(InvalidRuleFileException.class)
                .hasMessageContaining("xx-nis2.yml").hasMessageContaining("full-moon").hasMessageContaining("awareness");
    }

    private static ByteArrayResource file(String yaml) {
        return new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "xx-nis2.yml";
            }
        };
    }
}
