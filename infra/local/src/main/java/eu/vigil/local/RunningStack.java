package eu.vigil.local;

import eu.vigil.embedded.KafkaServer;
import eu.vigil.embedded.PostgresServer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything the local stack started, stopped in reverse order: the gateway, the services and the identity
 * provider, then the mail server and its page, then Kafka, then PostgreSQL.
 */
public final class RunningStack implements AutoCloseable {

    private final LocalSettings settings;
    private final PostgresServer postgres;
    private KafkaServer kafka;
    private final LocalMail mail;
    private final List<ServiceProcess> services;
    private final Directory directory;
    private boolean closesAtExit;

    RunningStack(LocalSettings settings, PostgresServer postgres, KafkaServer kafka, LocalMail mail,
                 List<ServiceProcess> services, Directory directory) {
        this.settings = settings;
        this.postgres = postgres;
        this.kafka = kafka;
        this.mail = mail;
        this.services = List.copyOf(services);
        this.directory = directory;
    }

    public LocalSettings settings() {
        return settings;
    }

    public String jdbcUrl() {
        return postgres.jdbcUrl(LocalStack.DATABASE);
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String gatewayUrl() {
        return settings.gatewayUrl();
    }

    public String issuer() {
        return settings.issuer();
    }

    /** An access token ("Bearer ...") for one of the demo machine clients, such as integration-h-lyon. */
    public String bearer(String clientId) throws IOException, InterruptedException {
        return new Tokens(settings.issuer(), directory).bearer(clientId);
    }

    /** The password of a demo user, for logging in as that user. */
    public String password(String username) {
        return directory.users().stream().filter(user -> user.username().equals(username)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No demo user " + username)).password();
    }

    /** A process's log as JSON lines (ECS), such as logs/notifier.json: see LocalStack. */
    public Path jsonLog(String process) {
        return DataFolder.jsonLog(settings.dataDirectory(), process);
    }

    Directory directory() {
        return directory;
    }

    public String commandServiceUrl() {
        return "http://localhost:" + settings.commandServicePort();
    }

    public String queryServiceUrl() {
        return "http://localhost:" + settings.queryServicePort();
    }

    /** The page that lists every mail the notifier sent. */
    public String mailboxUrl() {
        return settings.mailboxUrl();
    }

    /** The SMTP server the notifier sends its mail to; a mail sent here by hand shows on the mailbox page too. */
    public int smtpPort() {
        return mail.server().smtpPort();
    }

    public String notifierUrl() {
        return "http://localhost:" + settings.notifierPort();
    }

    /** Stops the broker, as an outage would; the services keep running. */
    public void stopKafka() {
        kafka.close();
    }

    /** Starts the broker again on the same ports and data, as after an outage. */
    public void startKafka() {
        kafka = LocalStack.startKafka(settings);
        if (closesAtExit) {
            kafka.stopOnlyWhenClosed();
        }
    }

    /** Stops everything at JVM exit (Ctrl-C) in order, instead of each server racing to stop by itself. */
    void closeAtExit() {
        closesAtExit = true;
        postgres.stopOnlyWhenClosed();
        kafka.stopOnlyWhenClosed();
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "vigil-local-shutdown"));
    }

    List<Long> pids() {
        var pids = new ArrayList<Long>();
        pids.add(ProcessHandle.current().pid());
        services.forEach(service -> pids.add(service.pid()));
        return pids;
    }

    List<ServiceProcess> services() {
        return services;
    }

    @Override
    public void close() {
        var reversed = new ArrayList<>(services);
        Collections.reverse(reversed);
        reversed.forEach(ServiceProcess::close);
        mail.close();
        kafka.close();
        postgres.close();
    }
}
