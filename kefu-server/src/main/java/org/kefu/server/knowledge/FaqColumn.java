package org.kefu.server.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The columns of a FAQ sheet (docs/knowledge-import.md), each recognised by a Chinese or an English header. */
enum FaqColumn {
    ID(false, "编号", "id", "faq id", "faqid"),
    CATEGORY(false, "分类", "类别", "category"),
    QUESTION(true, "问题", "标准问题", "标准问", "question"),
    PARAPHRASES(false, "相似问法", "相似问题", "相似问", "paraphrases", "similar questions"),
    ANSWER(true, "答案", "回答", "answer"),
    LOCALE(false, "语言", "locale", "language"),
    ENABLED(false, "启用", "是否启用", "enabled"),
    LINKS(false, "链接", "links");

    private final boolean required;
    private final List<String> headers;

    FaqColumn(boolean required, String... headers) {
        this.required = required;
        this.headers = List.of(headers);
    }

    boolean required() {
        return required;
    }

    /** The Chinese header, written on export. */
    String chineseHeader() {
        return headers.getFirst();
    }

    /** The English header. */
    String englishHeader() {
        return headers.stream().filter(h -> h.chars().allMatch(c -> c < 128)).findFirst().orElseThrow();
    }

    /**
     * The column a header names: {@code 问题}, {@code Question}, {@code 问题/question} and {@code 问题 (question)}
     * all name {@link #QUESTION}.
     */
    static Optional<FaqColumn> of(String header) {
        String h = header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replace('_', ' ');
        for (String part : h.split("[/（）()|｜]")) {
            String p = part.strip().replaceAll("\\s+", " ");
            for (FaqColumn c : values()) {
                if (c.headers.contains(p)) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }
}
