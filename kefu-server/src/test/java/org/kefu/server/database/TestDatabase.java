package org.kefu.server.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A freshly migrated database for storage tests: embedded H2 in PostgreSQL mode, or the real PostgreSQL on
 * 127.0.0.1 (override with {@code KEFU_TEST_PG_URL}, user {@code KEFU_TEST_PG_USER}). Each PostgreSQL instance gets
 * its own schema {@code kefu_test_<random>}, created by Flyway and dropped by {@link #close()}, so parallel runs
 * never see each other's rows. Use with {@code @ParameterizedTest @MethodSource} over {@link #both()} names.
 */
public final class TestDatabase implements AutoCloseable {

    /** The database kinds every storage test runs against. */
    public enum Kind { H2, POSTGRESQL }

    private final Kind kind;
    private final HikariDataSource dataSource;
    private final String schema;

    private TestDatabase(Kind kind, HikariDataSource dataSource, String schema) {
        this.kind = kind;
        this.dataSource = dataSource;
        this.schema = schema;
    }

    /** Opens and migrates a new database of the given kind. */
    public static TestDatabase open(Kind kind) {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        HikariConfig config = new HikariConfig();
        config.setMaximumPoolSize(8);
        String schema;
        if (kind == Kind.H2) {
            schema = "public";
            config.setJdbcUrl("jdbc:h2:mem:kefu_test_" + suffix
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            config.setUsername("sa");
        } else {
            schema = "kefu_test_" + suffix;
            config.setJdbcUrl(postgresUrl() + "?currentSchema=" + schema);
            config.setUsername(System.getenv().getOrDefault("KEFU_TEST_PG_USER", "postgres"));
            config.setPassword(System.getenv().getOrDefault("KEFU_TEST_PG_PASSWORD", ""));
        }
        HikariDataSource dataSource = new HikariDataSource(config);
        Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true)
                .locations("classpath:db/migration").load().migrate();
        return new TestDatabase(kind, dataSource, schema);
    }

    /** The JDBC URL of the PostgreSQL database tests create their schemas in. */
    public static String postgresUrl() {
        return System.getenv().getOrDefault("KEFU_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    }

    public Kind kind() {
        return kind;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    public PlatformTransactionManager transactionManager() {
        return new DataSourceTransactionManager(dataSource);
    }

    public TransactionTemplate tx() {
        return new TransactionTemplate(transactionManager());
    }

    @Override
    public void close() {
        try {
            if (kind == Kind.POSTGRESQL) {
                jdbc().sql("drop schema " + schema + " cascade").update();
            } else {
                jdbc().sql("shutdown").update();
            }
        } finally {
            dataSource.close();
        }
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
