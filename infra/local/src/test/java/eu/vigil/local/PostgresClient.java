package eu.vigil.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The runbook's pg_dump and pg_restore (docs/backup-and-restore.md), PostgreSQL 17's: Debian 12's client is 15 and
 * refuses a 17 server, so tools/postgresql-client-17.sh installs 17's beside it, once per machine.
 */
final class PostgresClient {

    private static final Path INSTALLER = Path.of("tools", "postgresql-client-17.sh");
    private static final String[] STORES = {"--schema=incident", "--schema=notification", "--schema=query_kept"};

    private final Path tools;

    private PostgresClient(Path tools) {
        this.tools = tools;
    }

    static PostgresClient installed() throws IOException, InterruptedException {
        List<String> printed = run(List.of(INSTALLER.toAbsolutePath().toString()));
        return new PostgresClient(Path.of(printed.get(printed.size() - 1)));
    }

    /** The runbook's dump of both event stores and the deleted drills' reports, in one snapshot. */
    void dump(int port, String database, Path file) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(tools.resolve("pg_dump").toString(), "--host=localhost",
                "--port=" + port, "--username=postgres", "--dbname=" + database, "--format=custom", "--compress=6",
                "--file=" + file));
        command.addAll(List.of(STORES));
        run(command);
    }

    /** pg_restore --list: the runbook's check of a dump before keeping it. */
    List<String> contents(Path file) throws IOException, InterruptedException {
        return run(List.of(tools.resolve("pg_restore").toString(), "--list", file.toString()));
    }

    /** The runbook's restore onto an empty database, all or nothing. */
    void restore(int port, String database, Path file) throws IOException, InterruptedException {
        run(List.of(tools.resolve("pg_restore").toString(), "--host=localhost", "--port=" + port,
                "--username=postgres", "--dbname=" + database, "--single-transaction", "--exit-on-error",
                "--no-owner", file.toString()));
    }

    private static List<String> run(List<String> command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (var out = process.getInputStream()) {
            output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output.lines().toList();
    }
}
