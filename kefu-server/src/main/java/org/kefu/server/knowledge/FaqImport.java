package org.kefu.server.knowledge;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.kefu.server.admin.AdminException;
import org.kefu.server.admin.AuditLog;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports FAQ sheets in two steps: {@link #preview} reads and checks the file and stores the parsed rows
 * without touching the knowledge base; {@link #commit} applies the rows without problems, recording every
 * created or changed entry in the audit log.
 */
public final class FaqImport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final java.time.Duration PREVIEW_KEPT = java.time.Duration.ofDays(1);

    private final KnowledgeService knowledge;
    private final KnowledgeStore store;
    private final SheetReader reader;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final MessageSource messages;
    private final Clock clock;

    FaqImport(KnowledgeService knowledge, KnowledgeStore store, SheetReader reader, JdbcClient jdbc, AuditLog audit,
            TransactionTemplate tx, MessageSource messages, Clock clock) {
        this.knowledge = knowledge;
        this.store = store;
        this.reader = reader;
        this.jdbc = jdbc;
        this.audit = audit;
        this.tx = tx;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Reads and checks a sheet; saves nothing but the preview itself.
     *
     * @throws AdminException when the file as a whole cannot be imported (empty, too large, too many rows, not
     *     a spreadsheet, required columns missing)
     */
    public ImportPreview preview(String actor, String bot, String fileName, byte[] bytes, Locale locale) {
        List<FaqEntry> current = knowledge.faqs(bot, null);
        FaqRowParser.ParsedSheet sheet = FaqRowParser.parse(reader.read(bytes));
        ImportPlan plan = ImportPlan.of(sheet.rows(), current, knowledge::newFaqId);
        String id = UUID.randomUUID().toString();
        // previews nobody confirmed within a day are not coming back
        jdbc.sql("delete from kb_import where created_at < :cutoff")
                .param("cutoff", OffsetDateTime.ofInstant(clock.instant().minus(PREVIEW_KEPT), ZoneOffset.UTC)).update();
        String name = fileName.length() > 300 ? fileName.substring(0, 300) : fileName;
        jdbc.sql("""
                insert into kb_import (id, bot, file_name, payload, created_by, created_at)
                values (:id, :bot, :name, :payload, :actor, :now)""")
                .param("id", id).param("bot", bot).param("name", name)
                .param("payload", JSON.writeValueAsString(new Payload(sheet.rows(), sheet.ignoredColumns())))
                .param("actor", actor).param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        return view(id, bot, name, plan, sheet.ignoredColumns(), locale);
    }

    /** The stored rows of a preview. */
    record Payload(List<FaqRow> rows, List<String> ignoredColumns) {}

    /**
     * Applies a preview's rows without problems to the current knowledge base.
     *
     * @throws AdminException when there is no such preview for the bot or it was already committed
     */
    public ImportPreview.Result commit(String actor, String bot, String previewId) {
        knowledge.requireBot(bot);
        return java.util.Objects.requireNonNull(tx.execute(s -> {
            Optional<String> payload = jdbc.sql("""
                    select payload from kb_import where id = :id and bot = :bot and committed_at is null for update""")
                    .param("id", previewId).param("bot", bot).query(String.class).optional();
            Payload p = JSON.readValue(payload.orElseThrow(() -> AdminException.notFound("unknown_import", previewId)),
                    Payload.class);
            List<FaqEntry> current = store.faqs(bot).stream().map(KnowledgeStore.StoredFaq::entry).toList();
            ImportPlan plan = ImportPlan.of(p.rows(), current, knowledge::newFaqId);
            int created = 0;
            int updated = 0;
            for (FaqEntry entry : plan.changed().values()) {
                Optional<FaqEntry> before = current.stream().filter(f -> f.id().equals(entry.id())).findFirst();
                if (before.isEmpty()) {
                    store.insertFaq(bot, entry, null, actor, clock.instant());
                    created++;
                } else {
                    store.updateFaq(bot, entry, null, actor, clock.instant());
                    updated++;
                }
                audit.record(actor, "faq.import", bot, entry.id(), before.orElse(null), entry);
            }
            jdbc.sql("update kb_import set committed_at = :now where id = :id")
                    .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).param("id", previewId)
                    .update();
            int skipped = (int) p.rows().stream().filter(r -> !r.valid()).count();
            return new ImportPreview.Result(created, updated, skipped);
        }));
    }

    private ImportPreview view(String id, String bot, String name, ImportPlan plan, List<String> ignored,
            Locale locale) {
        List<ImportPreview.Row> rows = plan.steps().stream().map(s -> new ImportPreview.Row(s.row().row(), s.action(),
                s.faqId(), s.row().question(), s.row().locale(), s.row().problems().stream()
                        .map(p -> messages.getMessage("admin.import.problem." + p.code(), p.args().toArray(),
                                p.code(), locale))
                        .toList()))
                .toList();
        return new ImportPreview(id, bot, name, rows, ignored, count(rows, "create"), count(rows, "update"),
                count(rows, "unchanged"), count(rows, "error"));
    }

    private static int count(List<ImportPreview.Row> rows, String action) {
        return (int) rows.stream().filter(r -> r.action().equals(action)).count();
    }
}
