package org.cabinet.web.internal.network;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Cabinet network", description = "Where Cabinet listens, and how it is reached from the practice's network.")
public @interface NetworkConfig {

    String PID = "org.cabinet.web.network";

    @AttributeDefinition(description = "IP addresses to listen on, separated by commas: 127.0.0.1 (this machine only, plain HTTP),"
            + " or 0.0.0.0, :: or this machine's LAN address to open Cabinet to the network, over HTTPS only.")
    String listen() default "127.0.0.1";

    @AttributeDefinition(description = "Plain HTTP port: Cabinet's port on this machine only; once open to the network, it only redirects to HTTPS.")
    int http_port() default 8181;

    @AttributeDefinition(description = "HTTPS port, once open to the network.")
    int https_port() default 8443;

    @AttributeDefinition(description = "The address links sent to people use, such as https://cabinet.example:8443/; empty: made from the listening address.")
    String public_base_url() default "";

    @AttributeDefinition(description = "Reverse proxies whose X-Forwarded-For is believed: addresses or CIDR ranges, separated by commas.")
    String trusted_proxies() default "";

    @AttributeDefinition(description = "More host names or addresses the certificate Cabinet makes must name, separated by commas.")
    String certificate_names() default "";

    @AttributeDefinition(description = "The installer's own keystore (PKCS12 or JKS) holding the HTTPS key and certificate; empty: Cabinet makes its own.")
    String certificate_keystore() default "";

    @AttributeDefinition(description = "File holding the password of certificate.keystore, alone on its first line.")
    String certificate_keystore_password_file() default "";

    @AttributeDefinition(description = "The installer's own certificate chain, PEM; with certificate.key.")
    String certificate_file() default "";

    @AttributeDefinition(description = "The private key of certificate.file, PEM, unencrypted (readable by Cabinet's account only).")
    String certificate_key() default "";
}
