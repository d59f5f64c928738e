package eu.vigil.local;

import java.time.Duration;
import java.util.List;

import static eu.vigil.local.StackFixture.strings;
import static org.awaitility.Awaitility.await;

/**
 * Kills service instances as a crash, the OOM killer or a pulled plug would: SIGKILL, so nothing shuts down, no
 * claim is released, no transaction is committed or aborted by the process itself.
 */
final class InstanceKiller {

    /**
     * Kills one instance of each service: of command-service and the notifier the one that publishes their events
     * (holds the {@code kafka-publication} claim), of query-service the first.
     *
     * @return the names of the instances killed
     */
    static List<String> killOneOfEach(RunningStack stack) {
        var victims = List.of(publisher(stack, "command-service", "incident"), instance(stack, "query-service"),
                publisher(stack, "notifier", "notification"));
        victims.forEach(InstanceKiller::kill);
        return victims.stream().map(ServiceProcess::name).toList();
    }

    static void kill(ServiceProcess instance) {
        var process = ProcessHandle.of(instance.pid())
                .orElseThrow(() -> new IllegalStateException(instance.name() + " is not running"));
        process.destroyForcibly(); // SIGKILL on Linux and macOS
        await().atMost(Duration.ofSeconds(10)).until(() -> !process.isAlive());
    }

    /**
     * Whether command-service's and the notifier's publication claims are held again, each by an instance that runs:
     * once a killed holder's claim has timed out, another instance takes it over.
     *
     * @param killed names of the instances killed
     */
    static boolean publicationClaimedByTheLiving(RunningStack stack, List<String> killed) {
        return List.of("incident", "notification").stream().map(schema -> publicationClaimOwners(stack, schema))
                .allMatch(owners -> owners.size() == 1 && !killed.contains(instanceNamed(owners.get(0))));
    }

    /** The instance holding the service's publication claim; the first if none holds it. */
    private static ServiceProcess publisher(RunningStack stack, String service, String schema) {
        var owners = publicationClaimOwners(stack, schema);
        return instance(stack, instanceNamed(owners.isEmpty() ? service + "-1" : owners.get(0)));
    }

    private static List<String> publicationClaimOwners(RunningStack stack, String schema) {
        return strings(stack, "select owner from " + schema + ".token_entry"
                + " where processor_name = 'kafka-publication' and owner is not null");
    }

    /** The launcher names an instance's claims {@code <service>-<instance>}, and the first instance {@code <service>}. */
    private static String instanceNamed(String claimOwner) {
        return claimOwner.endsWith("-1") ? claimOwner.substring(0, claimOwner.length() - 2) : claimOwner;
    }

    private static ServiceProcess instance(RunningStack stack, String name) {
        return stack.services().stream().filter(process -> process.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No instance named " + name));
    }

    private InstanceKiller() {
    }
}
