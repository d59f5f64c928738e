package eu.vigil.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/** Free-port checks done before a server starts, because a server told to use a taken port may not say so. */
public final class Ports {

    private static final int LOWEST_CHOSEN = 20000;

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

    /*
     * Not new ServerSocket(0): the kernel takes that port from the range it also gives every outgoing connection, so
     * between this check and the server's bind, a client socket of the starting stack could take it (a service then
     * stopped with "port already in use"). Below that range, only a server asking for the port takes it.
     */
    private static int anyFree() {
        int below = EphemeralRange.lowest();
        if (below - LOWEST_CHOSEN < 1000) {
            return chosenByTheKernel(); // the machine gives nearly every port to outgoing connections
        }
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST_CHOSEN, below);
            if (bindable(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))
                    && bindable(new InetSocketAddress(port))) {
                return port;
            }
        }
        throw new UncheckedIOException(new IOException("No free port between " + LOWEST_CHOSEN + " and " + below));
    }

    private static int chosenByTheKernel() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on this machine", e);
        }
    }
}
