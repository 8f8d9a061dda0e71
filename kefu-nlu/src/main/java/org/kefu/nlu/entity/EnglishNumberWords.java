package org.kefu.nlu.entity;

import java.util.Map;

/**
 * English number words from one to ninety-nine, as the English finders read counts ("in two weeks",
 * "forty-five minutes from now") and amounts ("thirty dollars").
 */
final class EnglishNumberWords {
    /** One to nineteen. */
    static final Map<String, Integer> ONES = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19));
    /** Twenty to ninety. */
    static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);

    private EnglishNumberWords() {}

    /**
     * The value of a count: digits, "a"/"an" (one), a number word, or tens and ones joined by a hyphen
     * ("forty-five"); -1 for anything else.
     */
    static int count(String word) {
        if (!word.isEmpty() && word.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return word.length() > 9 ? -1 : Integer.parseInt(word);
        }
        if (word.equals("a") || word.equals("an")) {
            return 1;
        }
        int hyphen = word.indexOf('-');
        if (hyphen > 0) {
            Integer tens = TENS.get(word.substring(0, hyphen));
            Integer ones = ONES.get(word.substring(hyphen + 1));
            return tens != null && ones != null && ones < 10 ? tens + ones : -1;
        }
        Integer value = ONES.containsKey(word) ? ONES.get(word) : TENS.get(word);
        return value == null ? -1 : value;
    }
}
