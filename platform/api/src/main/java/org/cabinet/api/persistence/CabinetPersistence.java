package org.cabinet.api.persistence;

/**
 * How a bundle keeps its data in Cabinet's database.
 * <p>
 * A bundle that owns tables:
 * <ol>
 * <li>declares its Liquibase changelog (YAML) in its manifest, {@code Cabinet-Schema: db/<bundle>/changelog.yaml}:
 * the persistence service applies it when the bundle starts, before the bundle's components may use the tables,
 * records each change set in Liquibase's {@code databasechangelog} table, and never drops anything when the bundle goes; the same
 * changelog must run on Derby and PostgreSQL (portable change types only; append change sets, never edit one);</li>
 * <li>declares the columns that hold values sealed by {@link org.cabinet.api.crypto.FieldCipher}, as
 * {@code Cabinet-Sealed-Columns: <table>.<column>, ...}, so that a key rotation can re-encrypt them; such a table
 * has a primary key column named {@code id};</li>
 * <li>makes its components that touch the tables wait for its {@link MigratedSchema}, with the target
 * {@code (cabinet.schema.bundle=<its symbolic name>)};</li>
 * <li>declares its own JPA persistence unit whose non-JTA data source is {@link #DATA_SOURCE_JNDI}, and runs
 * explicit local transactions ({@link LocalTransactions}).</li>
 * </ol>
 *
 * @since 1.0
 */
public final class CabinetPersistence {

    /** manifest header naming the bundle's Liquibase changelog, a resource path inside the bundle */
    public static final String SCHEMA_HEADER = "Cabinet-Schema";

    /** manifest header listing the bundle's sealed columns, {@code <table>.<column>} separated by commas */
    public static final String SEALED_COLUMNS_HEADER = "Cabinet-Sealed-Columns";

    /** service property of a {@link MigratedSchema}: the symbolic name of the bundle whose schema it is */
    public static final String SCHEMA_BUNDLE = "cabinet.schema.bundle";

    /** service property naming Cabinet's one datasource, as {@code osgi.jndi.service.name} */
    public static final String DATA_SOURCE_NAME = "cabinet";

    /** filter that selects Cabinet's datasource service */
    public static final String DATA_SOURCE_FILTER = "(osgi.jndi.service.name=" + DATA_SOURCE_NAME + ")";

    /** what a {@code persistence.xml} names as its non-JTA data source */
    public static final String DATA_SOURCE_JNDI = "osgi:service/javax.sql.DataSource/" + DATA_SOURCE_FILTER;

    private CabinetPersistence() {
    }

    /** @return the filter that waits for the schema of the bundle {@code symbolicName} */
    public static String schemaFilter(String symbolicName) {
        return "(" + SCHEMA_BUNDLE + "=" + symbolicName + ")";
    }
}
