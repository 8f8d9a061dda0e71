package org.kefu.server.agent.workspace;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Canned responses in {@code canned_response}. */
@Repository
class CannedResponseStore {

    private final JdbcClient jdbc;

    CannedResponseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CannedResponse> all() {
        return jdbc.sql("select shortcut, locale, text from canned_response order by shortcut, locale")
                .query(CannedResponse.class)
                .list();
    }
}
