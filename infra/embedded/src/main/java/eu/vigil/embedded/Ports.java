package eu.vigil.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Free-port checks done before a server starts, because a server told to use a taken port may not say so. */
public final class Ports {

    private Ports() {
    }

    /**
     * @return the port itself, or a free one when it is 0
     * @throws PortInUseException naming the server and how to change the port
     */
    public static int requireFree(int port, String server, String howToChange) {
        if (port == 0) {
            return anyFree();
        }
        if (!bindable(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))
                || !bindable(new InetSocketAddress(port))) {
            throw new PortInUseException(port, server, howToChange);
        }
        return port;
    }

    private static boolean bindable(InetSocketAddress address) {
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(address);
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static int anyFree() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on this machine", e);
        }
    }
}
