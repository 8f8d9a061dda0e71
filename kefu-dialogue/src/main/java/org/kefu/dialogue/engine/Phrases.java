package org.kefu.dialogue.engine;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The built-in words customers use to ask for a human, complain, vent, report fraud, cancel, say yes
 * or no, greet and thank, in Chinese and English. Bots add their own handoff phrases in {@code bot.yml}.
 */
final class Phrases {

    static final List<String> REQUESTED = List.of("转人工", "人工客服", "人工服务", "找人工", "要人工", "接人工",
            "人工坐席", "真人客服", "找真人", "转真人", "客服人员", "talk to a person", "talk to a human",
            "speak to a person", "speak to someone", "speak to a human", "talk to someone", "real person",
            "real human", "human agent", "live agent", "talk to an agent", "speak to an agent", "agent please",
            "human please", "representative", "operator", "reach a human", "reach a person", "get a human",
            "connect me to a person", "connect me to someone", "联系人工", "找个人工");
    // Bare words that ask for a human only as the whole message: "are you human?" asks who the bot is.
    static final List<String> REQUESTED_ALONE = List.of("人工", "真人", "客服", "agent", "human", "a human",
            "an agent", "person", "a person");
    /**
     * Words of a question about when humans work: "人工客服几点上班" names agents without asking for one, and is
     * answered by the bot's service-hours FAQ, unless the message also asks to be put through ({@link #PUT_THROUGH}).
     */
    static final List<String> HOURS_QUESTION = List.of("几点", "什么时候", "啥时候", "什么时间", "服务时间", "工作时间",
            "上班", "下班", "what time", "when", "hours");
    static final List<String> PUT_THROUGH = List.of("转人工", "找人工", "要人工", "接人工", "转真人", "找真人", "联系人工",
            "找个人工", "转客服", "找客服", "talk to", "speak to", "connect me", "get a human", "reach a human",
            "reach a person");
    static final List<String> COMPLAINT = List.of("投诉", "差评", "举报你们", "complaint", "complain", "file a complaint");
    static final List<String> ANGER = List.of("垃圾", "气死", "什么破", "破玩意", "坑人", "骗子", "妈的",
            "他妈", "有病", "太差劲", "wtf", "fuck", "shit", "useless", "ridiculous", "stupid bot", "damn");
    static final List<String> FRAUD = List.of("被骗", "盗刷", "诈骗", "骗了我", "被盗用", "冒用", "fraud", "scam",
            "scammed", "unauthorized", "unauthorised", "not my transaction");
    private static final Pattern SHOUTING = Pattern.compile("[!！]{3,}|[?？]{4,}");

    static final List<String> CANCEL = List.of("算了", "不要了", "不用了", "取消", "不查了", "不退了", "先不了",
            "never mind", "nevermind", "cancel", "forget it", "stop", "no thanks");
    static final List<String> YES = List.of("是", "是的", "对", "对的", "好", "好的", "确认", "确定", "可以", "嗯",
            "没错", "行", "要", "yes", "y", "yep", "yeah", "ok", "okay", "sure", "confirm", "correct", "right", "yes please");
    static final List<String> NO = List.of("不", "不是", "否", "不对", "不用", "不要", "不行", "错了", "no", "n",
            "nope", "nah", "not really", "wrong");
    static final List<String> CORRECTION = List.of("不对", "不是", "错了", "是", "应该是", "换成", "改成", "改为", "换",
            "no", "not", "wrong", "i mean", "actually", "sorry", "it's", "its", "it is", "make it", "change it to");
    static final List<String> GREETING = List.of("你好", "您好", "在吗", "在不在", "哈喽", "嗨", "hi", "hello", "hey",
            "good morning", "good afternoon", "good evening");
    static final List<String> THANKS = List.of("谢谢", "多谢", "感谢", "谢了", "thanks", "thank you", "thx", "ty", "cheers");
    static final List<String> GOODBYE = List.of("再见", "拜拜", "88", "bye", "goodbye", "see you");
    static final List<String> OTHER = List.of("另一个", "另外一个", "另一单", "另外那个", "另外一单", "另一笔",
            "the other one", "the other order", "other one", "the other");

    private Phrases() {
    }

    /** The message reduced for matching: lower case, without spaces and punctuation at the ends. */
    static String compact(String text) {
        return text.toLowerCase(Locale.ROOT).strip()
                .replaceAll("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$", "")
                .replaceAll("\\s+", " ");
    }

    /** True when the text contains a phrase: as a word for Latin phrases, anywhere for Chinese ones. */
    static boolean contains(String text, List<String> phrases) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String phrase : phrases) {
            String p = phrase.toLowerCase(Locale.ROOT);
            if (p.chars().allMatch(c -> c < 128)) {
                if (Pattern.compile("(?<![a-z])" + Pattern.quote(p) + "(?![a-z])").matcher(lower).find()) {
                    return true;
                }
            } else if (lower.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** True when the whole message is one of the phrases (ignoring case, spaces and end punctuation). */
    static boolean isExactly(String text, List<String> phrases) {
        String c = compact(text);
        return phrases.stream().anyMatch(p -> p.equalsIgnoreCase(c));
    }

    /** True when the message is a short yes (also "是的，确认" / "yes please"). */
    static boolean isYes(String text) {
        String c = compact(text);
        return isExactly(c, YES) || c.length() <= 12 && startsWithAny(c, List.of("是的", "好的", "确认", "对的", "可以", "yes", "ok", "sure", "yep"))
                && !startsWithAny(c, List.of("不"));
    }

    /** True when the message is a short no. */
    static boolean isNo(String text) {
        String c = compact(text);
        return isExactly(c, NO) || c.length() <= 12 && startsWithAny(c, List.of("不是", "不用", "不要", "不对", "no ", "no,", "nope"));
    }

    /** True when the message starts like a correction: "不对，是 …", "I mean …". */
    static boolean isCorrection(String text) {
        return startsWithAny(compact(text), CORRECTION);
    }

    /** True when the customer wants to stop what the bot is doing. */
    static boolean isCancel(String text) {
        String c = compact(text);
        return isExactly(c, CANCEL) || c.length() <= 16 && startsWithAny(c, List.of("算了", "不要了", "不用了", "never mind", "nevermind", "forget it", "cancel"));
    }

    /** The handoff reason the text expresses, checking the bot's extra phrases too. */
    static Optional<String> handoffReason(String text, Map<String, List<String>> extra) {
        if (contains(text, FRAUD) || contains(text, extra.getOrDefault("fraud", List.of()))) {
            return Optional.of("fraud");
        }
        if (contains(text, COMPLAINT) || contains(text, extra.getOrDefault("complaint", List.of()))) {
            return Optional.of("complaint");
        }
        boolean named = contains(text, REQUESTED) || isExactly(text, REQUESTED_ALONE)
                || contains(text, extra.getOrDefault("requested", List.of()));
        if (named && (!contains(text, HOURS_QUESTION) || contains(text, PUT_THROUGH))) {
            return Optional.of("requested");
        }
        if (contains(text, ANGER) || SHOUTING.matcher(text).find() || contains(text, extra.getOrDefault("anger", List.of()))) {
            return Optional.of("anger");
        }
        return Optional.empty();
    }

    /** The smalltalk kind of a short message ({@code greeting}, {@code thanks}, {@code goodbye}), if any. */
    static Optional<String> smalltalk(String text) {
        String c = compact(text);
        if (c.length() > 14) {
            return Optional.empty();
        }
        if (contains(c, THANKS)) {
            return Optional.of("thanks");
        }
        if (contains(c, GOODBYE)) {
            return Optional.of("goodbye");
        }
        if (contains(c, GREETING) && c.length() <= 8) {
            return Optional.of("greeting");
        }
        return Optional.empty();
    }

    private static boolean startsWithAny(String text, List<String> prefixes) {
        return prefixes.stream().anyMatch(text::startsWith);
    }
}
