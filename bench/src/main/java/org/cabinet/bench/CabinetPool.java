package org.cabinet.bench;

import org.apache.commons.dbcp2.PoolableConnection;
import org.apache.commons.dbcp2.PoolableConnectionFactory;
import org.apache.commons.dbcp2.PoolingDataSource;
import org.apache.commons.pool2.impl.GenericObjectPool;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;

/**
 * A connection pool made as Cabinet's datasource makes its own: what pax-jdbc-pool-dbcp2 1.5.7
 * builds (a DBCP2 {@link PoolingDataSource} over the driver's connections) with the settings of
 * {@code CabinetDatabase}: at most 16 connections, at least 1 idle, and every borrowed connection
 * checked first ({@code testOnBorrow}, that is {@link java.sql.Connection#isValid}).
 */
final class CabinetPool {

    private CabinetPool() {
    }

    /** @return the pool; closing it closes its connections */
    static PoolingDataSource<PoolableConnection> over(ConnectionSource database) {
        PoolableConnectionFactory connections = new PoolableConnectionFactory(database::open, null);
        GenericObjectPoolConfig<PoolableConnection> config = new GenericObjectPoolConfig<>();
        config.setMaxTotal(16);
        config.setMinIdle(1);
        config.setTestOnBorrow(true);
        config.setJmxEnabled(false);
        GenericObjectPool<PoolableConnection> pool = new GenericObjectPool<>(connections, config);
        connections.setPool(pool);
        return new PoolingDataSource<>(pool);
    }
}
