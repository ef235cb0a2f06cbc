package org.cabinet.security.internal.remote;

/**
 * What an administrator types as the remote shell's password: the account's password immediately followed by the
 * current six-digit code of its second factor, since an SSH password prompt asks for one secret only.
 *
 * @param code the six digits at the end, or null when the typed text does not end with them
 */
record RemoteShellCredentials(String password, String code) {

    private static final int CODE_LENGTH = 6;

    static RemoteShellCredentials of(String typed) {
        if (typed == null) {
            return new RemoteShellCredentials(null, null);
        }
        int split = typed.length() - CODE_LENGTH;
        if (split < 1 || !typed.substring(split).chars().allMatch(c -> c >= '0' && c <= '9')) {
            return new RemoteShellCredentials(typed, null);
        }
        return new RemoteShellCredentials(typed.substring(0, split), typed.substring(split));
    }

    /**
     * @param socketAddress a client address as SSH reports it, such as {@code /192.0.2.7:51234}
     * @return the address without its port, as audit events name clients
     */
    static String clientAddress(String socketAddress) {
        if (socketAddress == null || socketAddress.isBlank()) {
            return "unknown";
        }
        String address = socketAddress.startsWith("/") ? socketAddress.substring(1) : socketAddress;
        int port = address.lastIndexOf(':');
        address = port > 0 ? address.substring(0, port) : address;
        return address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
    }
}
