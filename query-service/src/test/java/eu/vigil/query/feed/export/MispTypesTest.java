package eu.vigil.query.feed.export;

import eu.vigil.contracts.incident.IndicatorType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every indicator type is a MISP attribute type that describeTypes allows in its category, and is for detection. */
class MispTypesTest {

    @ParameterizedTest
    @EnumSource(IndicatorType.class)
    void givenAnIndicatorTypeWhenMappedThenMispAllowsTheTypeInTheCategory(IndicatorType indicatorType) {
        var misp = MispTypes.of(indicatorType);

        assertThat(ExportSchemas.allowedTypes(misp.category())).contains(misp.type());
        assertThat(ExportSchemas.mispDefaults(misp.type()).path("to_ids").asInt()).isEqualTo(1);
    }
}
