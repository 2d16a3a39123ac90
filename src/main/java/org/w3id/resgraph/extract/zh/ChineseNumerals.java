package org.w3id.resgraph.extract.zh;

/**
 * Chinese numerals as they appear in resolutions ({@code 第六十一届会议}, {@code 第七十五次}) and
 * Arabic digits, to int. Up to 9999, which covers sessions, meetings and paragraphs.
 */
public final class ChineseNumerals {
    public static final String CHARS = "〇零一二两三四五六七八九十百千0-9";

    private ChineseNumerals() {}

    /** The value of {@code s}, or -1 when it is not a number this class reads. */
    public static int parse(String s) {
        if (s == null || s.isEmpty()) {
            return -1;
        }
        if (s.chars().allMatch(Character::isDigit)) {
            return s.length() <= 9 ? Integer.parseInt(s) : -1;
        }
        int total = 0;
        int digit = -1;
        int lastUnit = Integer.MAX_VALUE;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                if (digit > 0) {
                    return -1;   // two digits in a row (二〇〇四) is not a numeral form used here
                }
                digit = d;       // 零 only holds a place: 一百零五
                continue;
            }
            int unit = unit(c);
            if (unit < 0 || (digit <= 0 && i != 0) || unit >= lastUnit) {
                return -1;       // an unknown character, a unit after 零 or another unit, units not descending
            }
            total += (i == 0 ? 1 : digit) * unit;
            digit = -1;
            lastUnit = unit;
        }
        return total + Math.max(digit, 0);
    }

    private static int digit(char c) {
        return switch (c) {
            case '〇', '零' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    private static int unit(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> -1;
        };
    }
}
