package org.kefu.server.training;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Counts of bot turns for the console's overview. */
final class OverviewStore {

    private final JdbcClient jdbc;

    OverviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Bot turns of a day with one outcome.
     *
     * @param day the day (UTC), ISO format
     * @param outcome the outcome
     * @param turns how many
     */
    record DayCount(String day, String outcome, int turns) {}

    List<DayCount> outcomesByDay(String bot, Instant since) {
        return jdbc.sql("""
                select cast(created_at as date) as turn_day, outcome, count(*) as turns from bot_turn
                where bot = :bot and created_at >= :since group by cast(created_at as date), outcome order by turn_day""")
                .param("bot", bot).param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .query((rs, n) -> new DayCount(rs.getDate("turn_day").toLocalDate().toString(), rs.getString("outcome"),
                        rs.getInt("turns")))
                .list();
    }
}
