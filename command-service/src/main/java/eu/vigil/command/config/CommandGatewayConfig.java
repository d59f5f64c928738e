package eu.vigil.command.config;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway every controller sends through, as Axon's own but retrying a command that met another instance's
 * append. Each instance caches the incidents it has loaded (AggregateLoadingConfig); once another instance has
 * appended to one, the cached copy is stale and its next append conflicts. Retried, the command runs on the incident
 * as stored and succeeds or breaks a rule of the current state: the user never sees the other instance's append as
 * an error. Retries run on the scheduler's own threads; the caller waits for the outcome as before.
 */
@Configuration(proxyBeanMethods = false)
class CommandGatewayConfig {

    /**
     * Further tries after a conflict: one suffices for a stale cache; more cover commands racing on both instances at
     * the same moment (TwoInstancesCommandsIT's twenty at once needed three tries at most). When they are spent, the
     * API answers 409 {@code conflict} and a form asks to reload and try again.
     */
    static final int CONFLICT_RETRIES = 5;
    private static final int RETRY_INTERVAL_MILLIS = 10;

    @Bean(destroyMethod = "close")
    ConflictRetryScheduler conflictRetryScheduler() {
        return ConflictRetryScheduler.of(CONFLICT_RETRIES, RETRY_INTERVAL_MILLIS);
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus, ConflictRetryScheduler conflictRetryScheduler) {
        return DefaultCommandGateway.builder().commandBus(commandBus).retryScheduler(conflictRetryScheduler).build();
    }
}
