package eu.vigil.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The lowest port the kernel gives outgoing connections: Linux's ip_local_port_range, else IANA's 49152. */
final class EphemeralRange {

    private static final Path LINUX = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int IANA = 49152;

    private EphemeralRange() {
    }

    static int lowest() {
        // a line at a time: Files.readString trusts the size /proc reports (0) and reads one character
        try (var reader = Files.newBufferedReader(LINUX)) {
            return Integer.parseInt(reader.readLine().trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException notLinux) {
            return IANA;
        }
    }
}
