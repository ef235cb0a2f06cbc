package org.cabinet.itests.process;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;

public final class HostNetwork {

    private static final int CONNECT_TIMEOUT_MILLIS = 2_000;

    private HostNetwork() {
    }

    public static List<InetAddress> nonLoopbackAddresses() {
        try {
            return NetworkInterface.networkInterfaces()
                    .filter(HostNetwork::isUpAndNotLoopback)
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(address -> !address.isLoopbackAddress())
                    .toList();
        } catch (SocketException e) {
            throw new IllegalStateException("cannot list this machine's network interfaces", e);
        }
    }

    public static boolean acceptsConnections(InetAddress host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException refusedOrUnreachable) {
            return false;
        }
    }

    private static boolean isUpAndNotLoopback(NetworkInterface networkInterface) {
        try {
            return networkInterface.isUp() && !networkInterface.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
