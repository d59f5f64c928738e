package eu.vigil.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * The notifier JVM's memory: its resident set as Linux reports it (/proc/pid/status VmRSS), then its heap used
 * after a full GC ({@code jcmd <pid> GC.run}, so that garbage does not hide what pending work holds), summed over
 * the heap pools of its Prometheus scrape (the notifier exposes prometheus, not metrics). Heap is empty when the
 * scrape cannot be read.
 */
record NotifierMemory(long residentBytes, OptionalLong heapUsedBytes, boolean afterGc) {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static NotifierMemory read(ServiceJvm notifier) throws InterruptedException {
        long resident = residentBytes(notifier.pid());
        boolean collected = fullGc(notifier.pid());
        return new NotifierMemory(resident, heapUsedBytes(notifier.url()), collected);
    }

    private static long residentBytes(long pid) {
        try (var lines = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
            return lines.filter(line -> line.startsWith("VmRSS:")).findFirst()
                    .map(line -> 1024 * Long.parseLong(line.replaceAll("\\D", ""))).orElse(0L);
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
    }

    private static boolean fullGc(long pid) throws InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            return false;
        }
        try {
            var process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.run")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Sums {@code jvm_memory_used_bytes{area="heap",id=...}}: one line per heap pool. */
    private static OptionalLong heapUsedBytes(String notifierUrl) throws InterruptedException {
        try {
            var request = HttpRequest.newBuilder(URI.create(notifierUrl + "/actuator/prometheus"))
                    .timeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return OptionalLong.empty();
            }
            double sum = response.body().lines()
                    .filter(line -> line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\""))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
            return OptionalLong.of((long) sum);
        } catch (IOException | RuntimeException unreadable) {
            return OptionalLong.empty();
        }
    }
}
