package org.cabinet.bench;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens a new connection to the database under test. */
interface ConnectionSource {
    Connection open() throws SQLException;
}
