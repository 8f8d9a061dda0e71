package org.kefu.server.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kefu.dialogue.definition.ButtonDef;
import org.kefu.dialogue.definition.LocalizedList;
import org.kefu.dialogue.definition.LocalizedText;
import org.kefu.server.admin.AdminException;
import org.kefu.server.admin.Admins;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The knowledge base API of the admin console: FAQs, import and export, intent examples, dictionary. */
@RestController
@RequestMapping("/api/v1/admin/bots/{bot}")
final class KnowledgeApiController {

    private final KnowledgeService knowledge;
    private final FaqImport imports;

    KnowledgeApiController(KnowledgeService knowledge, FaqImport imports) {
        this.knowledge = knowledge;
        this.imports = imports;
    }

    @GetMapping("/faqs")
    List<FaqEntry> faqs(@PathVariable String bot, @RequestParam(required = false) @Nullable String q) {
        return knowledge.faqs(bot, q);
    }

    @GetMapping("/faqs/{id}")
    FaqEntry faq(@PathVariable String bot, @PathVariable String id) {
        return knowledge.requireFaq(bot, id);
    }

    /**
     * A FAQ entry as the API accepts it.
     *
     * @param id the id; a new one is made when null on create
     * @param category optional category
     * @param question question per language ({@code zh}, {@code en}; one may be empty)
     * @param paraphrases paraphrases per language
     * @param answer answer per language
     * @param quickReplies buttons
     * @param links links
     * @param enabled whether the bot answers with it (default true)
     */
    record FaqInput(@Nullable String id, @Nullable String category, @Nullable LocalizedText question,
            @Nullable LocalizedList paraphrases, @Nullable LocalizedText answer, @Nullable List<ButtonDef> quickReplies,
            @Nullable List<ButtonDef> links, @Nullable Boolean enabled) {

        FaqEntry toEntry(String id) {
            return new FaqEntry(id, category == null || category.isBlank() ? null : category.strip(),
                    question == null ? new LocalizedText("", "") : question,
                    paraphrases == null ? new LocalizedList(List.of(), List.of()) : paraphrases,
                    answer == null ? new LocalizedText("", "") : answer,
                    quickReplies == null ? List.of() : quickReplies, links == null ? List.of() : links,
                    enabled == null || enabled, "admin", true);
        }
    }

    @PostMapping("/faqs")
    ResponseEntity<FaqEntry> create(@PathVariable String bot, @RequestBody FaqInput input, Principal principal) {
        String id = input.id() == null || input.id().isBlank() ? knowledge.newFaqId() : input.id().strip();
        if (knowledge.faq(bot, id).isPresent()) {
            throw AdminException.conflict("faq_exists", id);
        }
        return ResponseEntity.status(201).body(knowledge.saveFaq(Admins.name(principal), bot, input.toEntry(id)));
    }

    @PutMapping("/faqs/{id}")
    FaqEntry update(@PathVariable String bot, @PathVariable String id, @RequestBody FaqInput input,
            Principal principal) {
        knowledge.requireFaq(bot, id);
        return knowledge.saveFaq(Admins.name(principal), bot, input.toEntry(id));
    }

    @PostMapping("/faqs/{id}/enabled")
    FaqEntry enable(@PathVariable String bot, @PathVariable String id, @RequestParam boolean value,
            Principal principal) {
        return knowledge.setEnabled(Admins.name(principal), bot, id, value);
    }

    @DeleteMapping("/faqs/{id}")
    ResponseEntity<Void> delete(@PathVariable String bot, @PathVariable String id, Principal principal) {
        knowledge.deleteFaq(Admins.name(principal), bot, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/faqs/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportPreview preview(@PathVariable String bot, @RequestParam("file") MultipartFile file, Principal principal,
            Locale locale) {
        return imports.preview(Admins.name(principal), bot, fileName(file), bytes(file), locale);
    }

    @PostMapping("/faqs/import/{previewId}/commit")
    ImportPreview.Result commit(@PathVariable String bot, @PathVariable String previewId, Principal principal) {
        return imports.commit(Admins.name(principal), bot, previewId);
    }

    @GetMapping("/faqs/export")
    ResponseEntity<byte[]> export(@PathVariable String bot, @RequestParam(defaultValue = "xlsx") String format) {
        List<FaqEntry> faqs = knowledge.faqs(bot, null);
        boolean csv = format.equalsIgnoreCase("csv");
        if (!csv && !format.equalsIgnoreCase("xlsx")) {
            throw AdminException.badRequest("bad_format", format);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(bot + "-faq." + (csv ? "csv" : "xlsx"), StandardCharsets.UTF_8).build().toString())
                .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                        : MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(csv ? FaqExport.csv(faqs) : FaqExport.xlsx(faqs));
    }

    @GetMapping("/intents")
    List<KnowledgeService.IntentView> intents(@PathVariable String bot) {
        return knowledge.intents(bot);
    }

    @PostMapping("/intents/{intent}/examples")
    ResponseEntity<Void> addExample(@PathVariable String bot, @PathVariable String intent,
            @RequestBody Map<String, String> body, Principal principal) {
        knowledge.addExample(Admins.name(principal), bot, intent, body.getOrDefault("text", ""), "admin");
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/intents/examples/{exampleId}")
    ResponseEntity<Void> deleteExample(@PathVariable String bot, @PathVariable String exampleId, Principal principal) {
        knowledge.deleteExample(Admins.name(principal), bot, exampleId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/dictionary")
    List<DictionaryValue> dictionary(@PathVariable String bot) {
        return knowledge.dictionary(bot);
    }

    /**
     * A dictionary value as the API accepts it.
     *
     * @param type entity type
     * @param value canonical value
     * @param synonyms other words for it
     */
    record ValueInput(String type, String value, @Nullable List<String> synonyms) {}

    @PutMapping("/dictionary")
    ResponseEntity<Void> saveValue(@PathVariable String bot, @RequestBody ValueInput input, Principal principal) {
        knowledge.saveValue(Admins.name(principal), bot, input.type(), input.value(),
                input.synonyms() == null ? List.of() : input.synonyms());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/dictionary/{type}/{value}")
    ResponseEntity<Void> deleteValue(@PathVariable String bot, @PathVariable String type, @PathVariable String value,
            Principal principal) {
        knowledge.deleteValue(Admins.name(principal), bot, type, value);
        return ResponseEntity.noContent().build();
    }

    static String fileName(MultipartFile file) {
        return file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }
}
