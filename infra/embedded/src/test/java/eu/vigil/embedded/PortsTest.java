package eu.vigil.embedded;

import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class PortsTest {

    @Test
    void givenNoPortAskedForWhenOneIsChosenThenItIsFreeAndOutsideTheRangeOutgoingConnectionsAreGiven() throws Exception {
        int lowestOutgoing = EphemeralRange.lowest();

        var chosen = IntStream.range(0, 50).map(i -> Ports.requireFree(0, "a server", "")).boxed().toList();

        assertThat(chosen).allSatisfy(port -> assertThat(port).isBetween(1024, lowestOutgoing - 1));
        try (var server = new ServerSocket(chosen.get(0))) {
            assertThat(server.getLocalPort()).isEqualTo(chosen.get(0));
        }
    }

    @Test
    void givenAPortTakenWhenItIsAskedForThenThePortInUseIsNamed() throws Exception {
        try (var taken = new ServerSocket(Ports.requireFree(0, "a server", ""))) {
            assertThat(catchThrowable(() -> Ports.requireFree(taken.getLocalPort(), "the mailbox", "set VIGIL_MAILBOX_PORT")))
                    .isInstanceOf(PortInUseException.class).hasMessageContaining("the mailbox");
        }
    }
}
