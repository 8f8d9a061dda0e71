package org.kefu.nlu.entity;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a person or place name proposed by HanLP is plausible enough to report.
 *
 * <ul>
 *   <li>A person name has two to four characters, starts with one of the hundred most common Chinese
 *       surnames (they cover about 85% of people) or a common compound surname, contains no function word
 *       such as {@code 是 吧 的 那}, is not a count of weeks ({@code 两周内}: 周 is also a surname) or a sum
 *       ({@code 两毛五}, {@code 一万五}: 毛 and 万 too), and is
 *       not a two-character run on its own without context (the role tagger reads {@code 单号} in
 *       {@code 单号SF123} as surname 单 plus given name 号).
 *   <li>A place name is in HanLP's dictionaries as a place ({@code 北京}, {@code 天河区}) or ends with an
 *       administrative suffix ({@code 省 市 区 县 镇 乡 村 街道 路}) and starts with no preposition, so
 *       {@code 下单} and {@code 从邢台} are dropped.
 * </ul>
 * Names outside these rules (rare surnames, foreign names, landmarks) are missed: for a customer-service
 * bot a missed name costs one question, a wrong one costs a wrong action.
 */
final class NameFilter {
    /** The hundred most common surnames of mainland China (Ministry of Public Security ranking, 2020). */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩邓冯曹彭曾肖田董"
            + "潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶"
            + "贺毛郝顾龚邵万覃武钱戴严欧莫孔向常汤";
    private static final String[] COMPOUND_SURNAMES = {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐"};
    private static final String NOT_IN_NAMES = "是吧吗呢了的么个件这那我你他她它们和在有不也都就还啊呀哦嘛过吃说要谁下后上里单号货钱会买卖退换发寄";
    /** After these, 周 counts weeks (两周内, 3周以来, 每周, 隔周) instead of being the surname Zhou. */
    private static final String BEFORE_WEEK = "0123456789上下这本每隔几半" + ChineseNumerals.CHARS;
    /** Surnames that are also units after a number: 毛 (a dime), 万 (ten thousand), 钱 (money). */
    private static final String UNIT_SURNAMES = "毛万钱";
    private static final String PLACE_PREPOSITIONS = "从在到往去来于向自由";
    private static final String[] PLACE_SUFFIXES = {"省", "市", "区", "县", "镇", "乡", "村", "州", "旗", "街道", "路", "街"};

    private NameFilter() {
    }

    /**
     * @param name the proposed name
     * @param runLength length of the run of ideographs the name was found in
     * @param before the character before the name, or a space at the start of the text
     */
    static boolean isPlausiblePerson(String name, int runLength, char before) {
        if (name.length() < 2 || name.length() > 4 || (name.length() == 2 && runLength == 2)) {
            return false;
        }
        if (name.charAt(0) == '周' && BEFORE_WEEK.indexOf(before) >= 0) {
            return false;
        }
        if (UNIT_SURNAMES.indexOf(name.charAt(0)) >= 0 && ChineseAmountFinder.isNumeral(before)) {
            return false; // 两毛五 is a quarter yuan, 一万五 fifteen thousand
        }
        if (name.startsWith("谢谢")) {
            return false; // "thanks", with a surname for its first character
        }
        boolean compound = startsWithCompound(name);
        if (compound ? name.length() == 2 : SURNAMES.indexOf(name.charAt(0)) < 0 || name.length() == 4) {
            return false; // four characters only with a compound surname (欧阳娜娜)
        }
        for (int i = compound ? 2 : 1; i < name.length(); i++) {
            if (NOT_IN_NAMES.indexOf(name.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    static boolean isPlausiblePlace(String name) {
        if (name.length() < 2 || PLACE_PREPOSITIONS.indexOf(name.charAt(0)) >= 0) {
            return false;
        }
        if (isDictionaryPlace(CoreDictionary.get(name)) || isDictionaryPlace(CustomDictionary.get(name))) {
            return true;
        }
        for (String suffix : PLACE_SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithCompound(String name) {
        for (String compound : COMPOUND_SURNAMES) {
            if (name.startsWith(compound)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDictionaryPlace(CoreDictionary.@Nullable Attribute attribute) {
        if (attribute == null) {
            return false;
        }
        for (Nature nature : attribute.nature) {
            if (nature.startsWith("ns")) {
                return true;
            }
        }
        return false;
    }
}
