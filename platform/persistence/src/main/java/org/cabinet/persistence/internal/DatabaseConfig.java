package org.cabinet.persistence.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Cabinet database", description = "The one database every Cabinet bundle keeps its data in.")
@interface DatabaseConfig {

    @AttributeDefinition(description = "JDBC URL. Empty: embedded Derby in data/derby/cabinet. "
            + "PostgreSQL: jdbc:postgresql://<host>:<port>/<database>")
    String url() default "";

    @AttributeDefinition(description = "Database user (PostgreSQL)")
    String user() default "";

    @AttributeDefinition(name = "password.file", description = "File holding the database user's password on its "
            + "first line, absolute or relative to Cabinet's folder; readable by Cabinet's user only")
    String password_file() default "";

    @AttributeDefinition(name = "pool.maxTotal", description = "Most connections open at once")
    int pool_maxTotal() default 16;

    @AttributeDefinition(name = "pool.minIdle", description = "Connections kept open while idle")
    int pool_minIdle() default 1;
}
