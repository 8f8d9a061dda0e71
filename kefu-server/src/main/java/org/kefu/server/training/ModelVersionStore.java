package org.kefu.server.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The model_version and training_lock tables. */
final class ModelVersionStore {

    private static final String COLUMNS = """
            id, bot, number, status, progress, stage, message, nlu_version, created_by, created_at, finished_at,
            promoted_at, evaluation is not null as evaluated""";

    private final JdbcClient jdbc;

    ModelVersionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a new version with the bot's next number; returns it. */
    ModelVersion insert(String bot, String status, String stage, String createdBy, Instant now) {
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from model_version where bot = :bot")
                .param("bot", bot).query(Integer.class).single();
        String id = bot + "-v" + number;
        jdbc.sql("""
                insert into model_version (id, bot, number, status, progress, stage, created_by, created_at)
                values (:id, :bot, :number, :status, 0, :stage, :by, :now)""")
                .param("id", id).param("bot", bot).param("number", number).param("status", status)
                .param("stage", stage).param("by", createdBy).param("now", time(now)).update();
        return find(id).orElseThrow();
    }

    Optional<ModelVersion> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from model_version where id = :id").param("id", id)
                .query((rs, n) -> version(rs)).optional();
    }

    List<ModelVersion> list(String bot) {
        return jdbc.sql("select " + COLUMNS + " from model_version where bot = :bot order by number desc")
                .param("bot", bot).query((rs, n) -> version(rs)).list();
    }

    Optional<ModelVersion> live(String bot) {
        return jdbc.sql("select " + COLUMNS + " from model_version where bot = :bot and status = 'live'")
                .param("bot", bot).query((rs, n) -> version(rs)).optional();
    }

    void progress(String id, int progress, String stage) {
        jdbc.sql("update model_version set progress = :p, stage = :s where id = :id")
                .param("p", progress).param("s", stage).param("id", id).update();
    }

    void finish(String id, String status, byte[] model, String nluVersion, @Nullable String evaluation,
            @Nullable String dataHash, Instant now) {
        jdbc.sql("""
                update model_version set status = :status, progress = 100, stage = 'done', model = :model,
                    nlu_version = :nlu, evaluation = :evaluation, data_hash = :hash, finished_at = :now,
                    promoted_at = case when :status = 'live' then :now else promoted_at end
                where id = :id""")
                .param("status", status).param("model", model).param("nlu", nluVersion)
                .param("evaluation", evaluation).param("hash", dataHash).param("now", time(now)).param("id", id)
                .update();
    }

    void fail(String id, String message, Instant now) {
        jdbc.sql("""
                update model_version set status = 'failed', stage = 'failed', message = :m, finished_at = :now
                where id = :id""")
                .param("m", message.length() > 2000 ? message.substring(0, 2000) : message)
                .param("now", time(now)).param("id", id).update();
    }

    void status(String id, String status) {
        jdbc.sql("update model_version set status = :s where id = :id").param("s", status).param("id", id).update();
    }

    /** Makes the version live and the previous live one retired; call in a transaction. */
    void makeLive(String bot, String id, Instant now) {
        jdbc.sql("update model_version set status = 'retired' where bot = :bot and status = 'live'")
                .param("bot", bot).update();
        jdbc.sql("update model_version set status = 'live', promoted_at = :now where id = :id")
                .param("now", time(now)).param("id", id).update();
    }

    Optional<byte[]> model(String id) {
        return jdbc.sql("select model from model_version where id = :id and model is not null").param("id", id)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** The fingerprint of the data the version learned from, when known. */
    Optional<String> dataHash(String id) {
        return jdbc.sql("select data_hash from model_version where id = :id and data_hash is not null")
                .param("id", id).query(String.class).optional();
    }

    Optional<String> evaluation(String id) {
        return jdbc.sql("select evaluation from model_version where id = :id and evaluation is not null")
                .param("id", id).query(String.class).optional();
    }

    /** Takes the bot's training lock; false when another job holds it. */
    boolean lock(String bot, String versionId, Instant now) {
        try {
            jdbc.sql("insert into training_lock (bot, version_id, acquired_at) values (:bot, :v, :now)")
                    .param("bot", bot).param("v", versionId).param("now", time(now)).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /**
     * A bot's training lock.
     *
     * @param versionId the version being trained under it
     * @param since when it was taken
     */
    record Lock(String versionId, Instant since) {}

    Optional<Lock> lock(String bot) {
        return jdbc.sql("select version_id, acquired_at from training_lock where bot = :bot").param("bot", bot)
                .query((rs, n) -> new Lock(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .optional();
    }

    void unlock(String bot) {
        jdbc.sql("delete from training_lock where bot = :bot").param("bot", bot).update();
    }

    private static OffsetDateTime time(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static ModelVersion version(ResultSet rs) throws SQLException {
        return new ModelVersion(rs.getString("id"), rs.getString("bot"), rs.getInt("number"), rs.getString("status"),
                rs.getInt("progress"), rs.getString("stage"), rs.getString("message"), rs.getString("nlu_version"),
                rs.getString("created_by"), java.util.Objects.requireNonNull(instant(rs, "created_at")),
                instant(rs, "finished_at"), instant(rs, "promoted_at"), rs.getBoolean("evaluated"));
    }
}
