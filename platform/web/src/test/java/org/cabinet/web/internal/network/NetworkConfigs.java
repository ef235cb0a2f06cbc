package org.cabinet.web.internal.network;

import java.lang.reflect.Proxy;
import java.util.Map;

/** {@link NetworkConfig} as DS would make it from a configuration file holding {@code values}. */
final class NetworkConfigs {

    private NetworkConfigs() {
    }

    /** @param values by method name ({@code http_port}); the others keep their defaults */
    static NetworkConfig of(Map<String, Object> values) {
        return (NetworkConfig) Proxy.newProxyInstance(NetworkConfig.class.getClassLoader(),
                new Class<?>[] { NetworkConfig.class }, (proxy, method, arguments) -> {
                    if (method.getName().equals("annotationType")) {
                        return NetworkConfig.class;
                    }
                    return values.containsKey(method.getName()) ? values.get(method.getName()) : method.getDefaultValue();
                });
    }
}
