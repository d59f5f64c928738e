package eu.vigil.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SpreadTest {

    @Test
    void theMedianOfAnOddCountIsTheMiddleValue() {
        assertThat(Spread.of(List.of(9.0, 3.0, 5.0))).isEqualTo(new Spread(5.0, 3.0, 9.0));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertThat(Spread.of(List.of(4.0, 1.0, 3.0, 10.0)).median()).isEqualTo(3.5);
    }

    @Test
    void aRangeOverAQuarterOfTheMedianIsUnsteady() {
        var steady = Spread.of(List.of(1000.0, 1100.0, 1250.0));
        var unsteady = Spread.of(List.of(1000.0, 1100.0, 1400.0));

        assertThat(steady.relativeRange()).isCloseTo(0.227, within(0.001));
        assertThat(steady.unsteady()).isFalse();
        assertThat(unsteady.unsteady()).isTrue();
    }
}
