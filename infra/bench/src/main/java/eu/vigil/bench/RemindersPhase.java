package eu.vigil.bench;

import org.HdrHistogram.Histogram;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The reminder phase ({@code --reminders}, issue 18): {@code reminders} reminders pending at once in the notifier's
 * real scheduler (db-scheduler, through Axon's deadline manager), falling due evenly over {@code window}; for each,
 * how late its {@code ReminderTriggered} was recorded and its mail arrived at the local SMTP server. With one
 * notifier instance, then with a second one started beside it.
 */
final class RemindersPhase {

    private static final int WARM_UP_REMINDERS = 50;
    private static final Duration WARM_UP_LEAD = Duration.ofSeconds(20);
    private static final Duration WARM_UP_WINDOW = Duration.ofSeconds(10);
    /** The wait for the last mails after the window: at least 3 minutes, longer for many reminders. */
    private static final Duration AFTER_WINDOW = Duration.ofMinutes(3);
    private static final int MAILED_PER_SECOND_AT_LEAST = 50;
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);
    // the notifier keeps due instants to the millisecond: the window's first reminder may read a little before it
    private static final Duration MARGIN = Duration.ofSeconds(1);

    private final BenchStack stack;
    private final Database database;
    private final BenchSettings settings;
    private final PrintStream out;
    private final ObligationStore store;
    private final ReminderPrecision precision;

    RemindersPhase(BenchStack stack, Database database, BenchSettings settings, PrintStream out) {
        this.stack = stack;
        this.database = database;
        this.settings = settings;
        this.out = out;
        this.store = new ObligationStore(database);
        this.precision = new ReminderPrecision(database);
    }

    void run() throws Exception {
        ReminderSeed.profile(stack.notifiers().get(0).url(), Benchmark.HOSPITAL);
        configuration("1 notifier instance");
        out.printf("%nStarting a second notifier instance on the same database, broker and mail server%n");
        stack.startAnotherNotifier();
        configuration("2 notifier instances");
    }

    private void configuration(String label) throws Exception {
        out.printf(Locale.ROOT, "%n%s; %d CPUs, machine load (1, 5, 15 min) %s%n", label,
                Runtime.getRuntime().availableProcessors(), InstancesPhase.load());
        measure("warm-up, not counted", WARM_UP_REMINDERS, WARM_UP_LEAD, WARM_UP_WINDOW);
        measure(label, settings.reminders(), settings.lead(), settings.window());
    }

    private void measure(String label, int count, Duration lead, Duration window) throws Exception {
        Instant published = Instant.now();
        Instant from = published.plus(lead);
        Instant until = from.plus(window);
        Instant windowFrom = from.minus(MARGIN);
        Instant windowUntil = until.plus(MARGIN);
        out.printf(Locale.ROOT, "  %s: %,d reports on the incident topic, their reminders due from %s to %s%n",
                label, count, from, until);
        var cpu = new CpuClock(stack.notifiers().stream().map(ServiceJvm::pid).toList(), stack.postgresPid());
        CpuClock.Reading before = cpu.read();
        List<String> incidents = ReminderSeed.publish(stack.bootstrapServers(), Benchmark.HOSPITAL, count, from,
                window);
        long pendingWhenSeeded = awaitSeeded(incidents, windowFrom, windowUntil);
        Instant seeded = Instant.now();
        out.printf(Locale.ROOT, "    seeded in %.0f s (obligations open), %s the first reminder fell due; reminders"
                        + " of the window pending then: %,d of %,d%n",
                Duration.between(published, seeded).toMillis() / 1e3,
                seeded.isBefore(from) ? String.format(Locale.ROOT, "%.0f s before",
                        Duration.between(seeded, from).toMillis() / 1e3)
                        : String.format(Locale.ROOT, "%.0f s AFTER (raise --lead-seconds)",
                        Duration.between(from, seeded).toMillis() / 1e3),
                pendingWhenSeeded, count);
        ReminderPrecision.Lateness lateness = awaitSent(count, windowFrom, windowUntil,
                until.plus(max(AFTER_WINDOW, Duration.ofSeconds(count / MAILED_PER_SECOND_AT_LEAST))));
        CpuClock.Share share = CpuClock.between(before, cpu.read());
        out.printf(Locale.ROOT, "    sent: ReminderTriggered %,d of %,d scheduled; mailed (first copy arrived)"
                + " %,d of %,d; %,d mails in the mail server in all%n", lateness.triggered(), count,
                lateness.mailed(), count, stack.mail().copies());
        line("ReminderTriggered time_stamp − scheduled", lateness.event());
        line("first SMTP arrival − scheduled", lateness.mail());
        out.printf(Locale.ROOT, "    CPU from publishing to the last one sent, %% of one core: notifier %.0f, postgres"
                        + " %.0f, bench (broker, SMTP) %.0f; machine %.0f of %d, others %.0f%n", share.service(),
                share.postgres(), share.benchOther() + share.load(), share.machine(),
                100 * Runtime.getRuntime().availableProcessors(), share.others());
    }

    private void line(String label, Histogram late) {
        if (late.getTotalCount() == 0) {
            out.printf("    %-42s none%n", label);
            return;
        }
        out.printf(Locale.ROOT, "    %-42s p50 %,7d ms   p99 %,7d ms   max %,7d ms%n", label,
                late.getValueAtPercentile(50), late.getValueAtPercentile(99), late.getMaxValue());
    }

    /** Until every incident's obligations are open; returns the window's reminders pending then. */
    private long awaitSeeded(List<String> incidents, Instant from, Instant until) throws Exception {
        Instant giveUp = until.plus(Duration.ofMinutes(1));
        while (true) {
            ObligationStore.Progress progress = store.progress(incidents);
            long pending = pendingReminders(from, until);
            if (progress.complete() == incidents.size() || Instant.now().isAfter(giveUp)) {
                if (progress.complete() < incidents.size()) {
                    out.printf("    gave up waiting: %,d of %,d incidents have their obligations open%n",
                            progress.complete(), incidents.size());
                }
                return pending;
            }
            out.printf(Locale.ROOT, "    seeding: %,d of %,d incidents' obligations open, %,d reminders pending%n",
                    progress.complete(), incidents.size(), pending);
            TimeUnit.SECONDS.sleep(5);
        }
    }

    private ReminderPrecision.Lateness awaitSent(int count, Instant from, Instant until, Instant giveUp)
            throws Exception {
        while (true) {
            var lateness = precision.measure(from, until, stack.mail().firstArrivals());
            boolean done = lateness.triggered() >= count && lateness.mailed() >= count;
            if (done || Instant.now().isAfter(giveUp)) {
                if (!done) {
                    out.printf("    gave up waiting at %s: the figures below cover what was sent by then%n", giveUp);
                }
                return lateness;
            }
            if (Instant.now().isAfter(from.plus(MARGIN))) {
                out.printf(Locale.ROOT, "    sending: %,d triggered, %,d mailed, %,d still pending%n",
                        lateness.triggered(), lateness.mailed(), pendingReminders(from, until));
            }
            TimeUnit.MILLISECONDS.sleep(PROGRESS_EVERY.toMillis());
        }
    }

    private static Duration max(Duration one, Duration other) {
        return one.compareTo(other) >= 0 ? one : other;
    }

    private long pendingReminders(Instant from, Instant until) throws Exception {
        return Long.parseLong(database.firstRow("""
                select count(*) from notification.scheduled_tasks
                where task_name = 'AxonDeadline' and execution_time between ? and ?""",
                from.atOffset(ZoneOffset.UTC), until.atOffset(ZoneOffset.UTC)).get(0));
    }
}
