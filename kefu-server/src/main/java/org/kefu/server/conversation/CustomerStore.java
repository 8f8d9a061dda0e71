package org.kefu.server.conversation;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The customer table. */
final class CustomerStore {

    private static final RowMapper<Customer> ROW = (rs, n) -> new Customer(
            rs.getString("id"), rs.getString("external_id"), rs.getString("phone"), rs.getString("name"));

    private final JdbcClient jdbc;

    CustomerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Customer> find(String id) {
        return jdbc.sql("""
                select id, external_id, phone, name from customer where id = :id""")
                .param("id", id).query(ROW).optional();
    }

    Optional<Customer> findByExternalId(String externalId) {
        return jdbc.sql("""
                select id, external_id, phone, name from customer where external_id = :externalId""")
                .param("externalId", externalId).query(ROW).optional();
    }

    void insert(Customer customer, Instant now) {
        jdbc.sql("""
                insert into customer (id, external_id, phone, name, verified_at, created_at, last_seen_at)
                values (:id, :externalId, :phone, :name, :verifiedAt, :now, :now)""")
                .param("id", customer.id())
                .param("externalId", customer.externalId())
                .param("phone", customer.verifiedPhone())
                .param("name", customer.name())
                .param("verifiedAt", customer.externalId() == null ? null : TimeColumns.param(now))
                .param("now", TimeColumns.param(now))
                .update();
    }

    void updateIdentity(String id, @Nullable String phone, @Nullable String name, Instant now) {
        jdbc.sql("""
                update customer set phone = :phone, name = :name, verified_at = :now, last_seen_at = :now
                where id = :id""")
                .param("id", id).param("phone", phone).param("name", name).param("now", TimeColumns.param(now))
                .update();
    }

    void touch(String id, Instant now) {
        jdbc.sql("update customer set last_seen_at = :now where id = :id")
                .param("id", id).param("now", TimeColumns.param(now)).update();
    }
}
