package org.kefu.server.knowledge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.kefu.dialogue.definition.ButtonDef;
import org.kefu.dialogue.definition.LocalizedList;
import org.kefu.dialogue.definition.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The kb_faq, kb_intent_example and kb_dictionary tables. */
final class KnowledgeStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<ButtonDef>> BUTTONS = new TypeReference<>() {};
    private static final String FAQ_COLUMNS = """
            faq_id, category, question_zh, question_en, paraphrases_zh, paraphrases_en, answer_zh, answer_en,
            quick_replies, links, enabled, origin, edited, files_hash""";

    private final JdbcClient jdbc;

    KnowledgeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored FAQ with the hash of the files entry it mirrors. */
    record StoredFaq(FaqEntry entry, @Nullable String filesHash) {}

    List<StoredFaq> faqs(String bot) {
        return jdbc.sql("select " + FAQ_COLUMNS + " from kb_faq where bot = :bot order by position, faq_id")
                .param("bot", bot).query((rs, n) -> storedFaq(rs)).list();
    }

    Optional<FaqEntry> faq(String bot, String id) {
        return jdbc.sql("select " + FAQ_COLUMNS + " from kb_faq where bot = :bot and faq_id = :id")
                .param("bot", bot).param("id", id).query((rs, n) -> storedFaq(rs).entry()).optional();
    }

    void insertFaq(String bot, FaqEntry f, @Nullable String filesHash, @Nullable String actor, Instant now) {
        Integer max = jdbc.sql("select max(position) from kb_faq where bot = :bot").param("bot", bot)
                .query(Integer.class).optional().orElse(null);
        jdbc.sql("""
                insert into kb_faq (bot, position, %s, updated_at, updated_by)
                values (:bot, :position, :id, :category, :qzh, :qen, :pzh, :pen, :azh, :aen, :quick, :links, :enabled,
                    :origin, :edited, :hash, :now, :actor)""".formatted(FAQ_COLUMNS))
                .param("bot", bot)
                .param("position", max == null ? 0 : max + 1)
                .params(faqParams(f, filesHash, actor, now))
                .update();
    }

    void updateFaq(String bot, FaqEntry f, @Nullable String filesHash, @Nullable String actor, Instant now) {
        jdbc.sql("""
                update kb_faq set category = :category, question_zh = :qzh, question_en = :qen,
                    paraphrases_zh = :pzh, paraphrases_en = :pen, answer_zh = :azh, answer_en = :aen,
                    quick_replies = :quick, links = :links, enabled = :enabled, edited = :edited, files_hash = :hash,
                    updated_at = :now, updated_by = :actor
                where bot = :bot and faq_id = :id""")
                .param("bot", bot)
                .params(faqParams(f, filesHash, actor, now))
                .update();
    }

    void deleteFaq(String bot, String id) {
        jdbc.sql("delete from kb_faq where bot = :bot and faq_id = :id").param("bot", bot).param("id", id).update();
    }

    private static java.util.Map<String, Object> faqParams(FaqEntry f, @Nullable String hash, @Nullable String actor,
            Instant now) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("id", f.id());
        p.put("category", f.category());
        p.put("qzh", f.question().zh());
        p.put("qen", f.question().en());
        p.put("pzh", KnowledgeTexts.lines(f.paraphrases().zh()));
        p.put("pen", KnowledgeTexts.lines(f.paraphrases().en()));
        p.put("azh", f.answer().zh());
        p.put("aen", f.answer().en());
        p.put("quick", JSON.writeValueAsString(f.quickReplies()));
        p.put("links", JSON.writeValueAsString(f.links()));
        p.put("enabled", f.enabled());
        p.put("origin", f.origin());
        p.put("edited", f.edited());
        p.put("hash", hash);
        p.put("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        p.put("actor", actor);
        return p;
    }

    private static StoredFaq storedFaq(ResultSet rs) throws SQLException {
        FaqEntry entry = new FaqEntry(rs.getString("faq_id"), rs.getString("category"),
                new LocalizedText(rs.getString("question_zh"), rs.getString("question_en")),
                new LocalizedList(KnowledgeTexts.split(rs.getString("paraphrases_zh")),
                        KnowledgeTexts.split(rs.getString("paraphrases_en"))),
                new LocalizedText(rs.getString("answer_zh"), rs.getString("answer_en")),
                JSON.readValue(rs.getString("quick_replies"), BUTTONS),
                JSON.readValue(rs.getString("links"), BUTTONS),
                rs.getBoolean("enabled"), rs.getString("origin"), rs.getBoolean("edited"));
        return new StoredFaq(entry, rs.getString("files_hash"));
    }

    /** Intent examples, deleted ones included when asked. */
    List<IntentExample> examples(String bot, boolean withDeleted) {
        return jdbc.sql("""
                select id, intent, locale, text, origin from kb_intent_example
                where bot = :bot and (deleted = false or :withDeleted) order by intent, created_at, id""")
                .param("bot", bot).param("withDeleted", withDeleted)
                .query((rs, n) -> new IntentExample(rs.getString("id"), rs.getString("intent"), rs.getString("locale"),
                        rs.getString("text"), rs.getString("origin")))
                .list();
    }

    /**
     * Adds an example; an existing one (even deleted) is restored instead. Returns whether anything changed.
     *
     * @param locale {@code zh} or {@code en}
     */
    boolean addExample(String bot, String intent, String locale, String text, String origin, @Nullable String actor,
            Instant now) {
        int restored = jdbc.sql("""
                update kb_intent_example set deleted = false
                where bot = :bot and intent = :intent and text = :text and deleted = true""")
                .param("bot", bot).param("intent", intent).param("text", text).update();
        if (restored > 0) {
            return true;
        }
        boolean exists = jdbc.sql("select count(*) from kb_intent_example where bot = :bot and intent = :intent and text = :text")
                .param("bot", bot).param("intent", intent).param("text", text).query(Integer.class).single() > 0;
        if (exists) {
            return false;
        }
        jdbc.sql("""
                insert into kb_intent_example (id, bot, intent, locale, text, origin, created_at, created_by)
                values (:id, :bot, :intent, :locale, :text, :origin, :now, :actor)""")
                .param("id", UUID.randomUUID().toString())
                .param("bot", bot).param("intent", intent).param("locale", locale)
                .param("text", text).param("origin", origin)
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).param("actor", actor)
                .update();
        return true;
    }

    /** Marks an example deleted (a tombstone, so syncing with the files does not bring it back). */
    Optional<IntentExample> deleteExample(String bot, String id) {
        Optional<IntentExample> found = examples(bot, false).stream().filter(e -> e.id().equals(id)).findFirst();
        found.ifPresent(e -> jdbc.sql("update kb_intent_example set deleted = true where id = :id")
                .param("id", id).update());
        return found;
    }

    /** Removes examples of origin files that the files no longer have. */
    void dropFilesExample(String bot, String intent, String text) {
        jdbc.sql("delete from kb_intent_example where bot = :bot and intent = :intent and text = :text and origin = 'files'")
                .param("bot", bot).param("intent", intent).param("text", text).update();
    }

    /** A stored dictionary value and whether an admin edited it. */
    record StoredValue(DictionaryValue value, boolean edited) {}

    List<StoredValue> dictionary(String bot) {
        return jdbc.sql("select type, canonical, synonyms, origin, edited from kb_dictionary where bot = :bot order by type, canonical")
                .param("bot", bot)
                .query((rs, n) -> new StoredValue(new DictionaryValue(rs.getString("type"), rs.getString("canonical"),
                        KnowledgeTexts.split(rs.getString("synonyms")), rs.getString("origin")), rs.getBoolean("edited")))
                .list();
    }

    void saveValue(String bot, DictionaryValue v, boolean edited, Instant now) {
        int updated = jdbc.sql("""
                update kb_dictionary set synonyms = :synonyms, edited = :edited, updated_at = :now
                where bot = :bot and type = :type and canonical = :value""")
                .param("bot", bot).param("type", v.type()).param("value", v.value())
                .param("synonyms", KnowledgeTexts.lines(v.synonyms())).param("edited", edited)
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into kb_dictionary (bot, type, canonical, synonyms, origin, edited, updated_at)
                    values (:bot, :type, :value, :synonyms, :origin, :edited, :now)""")
                    .param("bot", bot).param("type", v.type()).param("value", v.value())
                    .param("synonyms", KnowledgeTexts.lines(v.synonyms())).param("origin", v.origin())
                    .param("edited", edited).param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update();
        }
    }

    void deleteValue(String bot, String type, String value) {
        jdbc.sql("delete from kb_dictionary where bot = :bot and type = :type and canonical = :value")
                .param("bot", bot).param("type", type).param("value", value).update();
    }
}
