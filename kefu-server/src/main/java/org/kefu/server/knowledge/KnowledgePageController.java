package org.kefu.server.knowledge;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.kefu.dialogue.definition.ButtonDef;
import org.kefu.dialogue.definition.LocalizedList;
import org.kefu.dialogue.definition.LocalizedText;
import org.kefu.server.admin.AdminException;
import org.kefu.server.admin.Admins;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The console pages of the knowledge base: FAQ list and editor, sheet import with preview, intents, dictionary. */
@Controller
final class KnowledgePageController {

    private final KnowledgeService knowledge;
    private final FaqImport imports;

    KnowledgePageController(KnowledgeService knowledge, FaqImport imports) {
        this.knowledge = knowledge;
        this.imports = imports;
    }

    @GetMapping("/admin/bots/{bot}/faqs")
    String faqs(@PathVariable String bot, @RequestParam(required = false) @Nullable String q,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        model.addAttribute("bot", bot);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("faqs", knowledge.faqs(bot, q));
        return htmx != null ? "admin/faqs :: list" : "admin/faqs";
    }

    @GetMapping("/admin/bots/{bot}/faqs/new")
    String newFaq(@PathVariable String bot, Model model) {
        knowledge.requireBot(bot);
        return form(bot, new FaqForm("", "", "", "", "", "", "", "", "", true), true, model);
    }

    @GetMapping("/admin/bots/{bot}/faqs/{id}")
    String editFaq(@PathVariable String bot, @PathVariable String id, Model model) {
        return form(bot, FaqForm.of(knowledge.requireFaq(bot, id)), false, model);
    }

    private static String form(String bot, FaqForm form, boolean creating, Model model) {
        model.addAttribute("bot", bot);
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        return "admin/faq-form";
    }

    /**
     * The FAQ editor's fields; lists are one item per line, links {@code title|https://…}.
     *
     * @param id the FAQ id (blank: a new id is made)
     * @param category category
     * @param questionZh Chinese question
     * @param questionEn English question
     * @param paraphrasesZh Chinese paraphrases, one per line
     * @param paraphrasesEn English paraphrases, one per line
     * @param answerZh Chinese answer
     * @param answerEn English answer
     * @param links links, one {@code title|url} per line
     * @param enabled whether the bot answers with it (an unchecked box sends nothing: null)
     */
    record FaqForm(String id, String category, String questionZh, String questionEn, String paraphrasesZh,
            String paraphrasesEn, String answerZh, String answerEn, String links, @Nullable Boolean enabled) {

        // a field the browser did not send binds as null
        FaqForm {
            id = orEmpty(id);
            category = orEmpty(category);
            questionZh = orEmpty(questionZh);
            questionEn = orEmpty(questionEn);
            paraphrasesZh = orEmpty(paraphrasesZh);
            paraphrasesEn = orEmpty(paraphrasesEn);
            answerZh = orEmpty(answerZh);
            answerEn = orEmpty(answerEn);
            links = orEmpty(links);
        }

        private static String orEmpty(@Nullable String s) {
            return s == null ? "" : s;
        }

        static FaqForm of(FaqEntry f) {
            return new FaqForm(f.id(), f.category() == null ? "" : f.category(), f.question().zh(), f.question().en(),
                    String.join("\n", f.paraphrases().zh()), String.join("\n", f.paraphrases().en()), f.answer().zh(),
                    f.answer().en(), String.join("\n", f.links().stream().map(l -> l.title().zh() + "|" + l.target())
                            .toList()), f.enabled());
        }

        FaqEntry toEntry(String entryId, List<ButtonDef> quickReplies) {
            List<ButtonDef> parsed = new ArrayList<>();
            for (String line : KnowledgeTexts.split(links)) {
                int bar = line.lastIndexOf('|');
                String url = (bar < 0 ? line : line.substring(bar + 1)).strip();
                String title = bar < 0 ? url : line.substring(0, bar).strip();
                if (!url.matches("https?://\\S+")) {
                    throw AdminException.badRequest("bad_link", line);
                }
                parsed.add(new ButtonDef(new LocalizedText(title, title), url));
            }
            return new FaqEntry(entryId, category.isBlank() ? null : category.strip(),
                    new LocalizedText(questionZh.strip(), questionEn.strip()),
                    new LocalizedList(KnowledgeTexts.split(paraphrasesZh), KnowledgeTexts.split(paraphrasesEn)),
                    new LocalizedText(answerZh.strip(), answerEn.strip()), quickReplies, parsed, Boolean.TRUE.equals(enabled),
                    "admin", true);
        }
    }

    @PostMapping("/admin/bots/{bot}/faqs")
    String saveFaq(@PathVariable String bot, FaqForm form, @RequestParam(defaultValue = "false") boolean creating,
            Principal principal) {
        String id = form.id().isBlank() ? knowledge.newFaqId() : form.id().strip();
        List<ButtonDef> quickReplies = List.of();
        if (creating) {
            if (knowledge.faq(bot, id).isPresent()) {
                throw AdminException.conflict("faq_exists", id);
            }
        } else {
            quickReplies = knowledge.requireFaq(bot, id).quickReplies();
        }
        knowledge.saveFaq(Admins.name(principal), bot, form.toEntry(id, quickReplies));
        return "redirect:/admin/bots/" + bot + "/faqs";
    }

    @PostMapping("/admin/bots/{bot}/faqs/{id}/enabled")
    String enable(@PathVariable String bot, @PathVariable String id, @RequestParam boolean value, Principal principal) {
        knowledge.setEnabled(Admins.name(principal), bot, id, value);
        return "redirect:/admin/bots/" + bot + "/faqs";
    }

    @PostMapping("/admin/bots/{bot}/faqs/import")
    String preview(@PathVariable String bot, @RequestParam("file") MultipartFile file, Principal principal,
            Locale locale, Model model) {
        model.addAttribute("bot", bot);
        model.addAttribute("preview", imports.preview(Admins.name(principal), bot, KnowledgeApiController.fileName(file),
                KnowledgeApiController.bytes(file), locale));
        return "admin/import :: preview";
    }

    @PostMapping("/admin/bots/{bot}/faqs/import/{previewId}/commit")
    String commit(@PathVariable String bot, @PathVariable String previewId, Principal principal, Model model) {
        model.addAttribute("bot", bot);
        model.addAttribute("result", imports.commit(Admins.name(principal), bot, previewId));
        return "admin/import :: result";
    }

    @GetMapping("/admin/bots/{bot}/intents")
    String intents(@PathVariable String bot, Model model) {
        model.addAttribute("bot", bot);
        model.addAttribute("intents", knowledge.intents(bot));
        model.addAttribute("dictionary", knowledge.dictionary(bot));
        return "admin/intents";
    }

    @PostMapping("/admin/bots/{bot}/intents/{intent}/examples")
    String addExample(@PathVariable String bot, @PathVariable String intent, @RequestParam String text,
            Principal principal) {
        knowledge.addExample(Admins.name(principal), bot, intent, text, "admin");
        return "redirect:/admin/bots/" + bot + "/intents#intent-" + intent;
    }

    @PostMapping("/admin/bots/{bot}/intents/examples/{exampleId}/delete")
    String deleteExample(@PathVariable String bot, @PathVariable String exampleId, Principal principal) {
        knowledge.deleteExample(Admins.name(principal), bot, exampleId);
        return "redirect:/admin/bots/" + bot + "/intents";
    }

    @PostMapping("/admin/bots/{bot}/dictionary")
    String saveValue(@PathVariable String bot, @RequestParam String type, @RequestParam String value,
            @RequestParam(defaultValue = "") String synonyms, Principal principal) {
        knowledge.saveValue(Admins.name(principal), bot, type, value, KnowledgeTexts.split(synonyms.replace(',', '\n')
                .replace('，', '\n')));
        return "redirect:/admin/bots/" + bot + "/intents#dictionary";
    }

    @PostMapping("/admin/bots/{bot}/dictionary/delete")
    String deleteValue(@PathVariable String bot, @RequestParam String type, @RequestParam String value,
            Principal principal) {
        knowledge.deleteValue(Admins.name(principal), bot, type, value);
        return "redirect:/admin/bots/" + bot + "/intents#dictionary";
    }
}
