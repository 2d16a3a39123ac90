package org.w3id.resgraph.extract.zh;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.resgraph.extract.Budget;
import org.w3id.resgraph.extract.SeriesTitles;

/**
 * The series a Council text places itself in, having no title of its own: "回顾其以往关于索马里局势
 * 的各项决议和主席声明" — the text is the next of its earlier resolutions on Somalia. Only 以往
 * (or 先前, 以前) says so; "其关于…的相关决议" names a theme the text draws on. And the mission whose
 * mandate it extends ("将马里稳定团任务期限延长至2022年6月30日"): the renewals of one mandate are a series
 * of their own, "马里稳定团的任务", known by the mission's short name where the text gives one.
 */
final class ChineseSeries {
    private static final Pattern PREVIOUS = Pattern.compile(
            "其(?:以往|先前|以前|过去)(?:的)?(?:所有|各项|所有各项|一切|全部)?(?:相关)?(?:关于|有关)(?<title>[^，,；;。：]{2,40}?)的"
                    + "(?:所有|各项|所有各项|一切|全部)?(?:相关)?(?:的)?(?:各项)?决议");

    private static final String MISSION = "[\\u4e00-\\u9fff&&[^将把的]]{1,12}?(?:稳定团|特派团|部队|综合办|支助团|援助团|建和办|观察团|办事处|核查团|过渡团|特派任务)";
    private static final Pattern MANDATE = Pattern.compile(
            "(?:将|把|的|，|^)(?<name>" + MISSION + ")(?:\\((?<acr>[\\u4e00-\\u9fff]{2,12})\\))?的?任务(?:的)?(?:期限)?[，,]?(?:再)?延(?:长|至|期)"
                    + "|延长(?<name2>" + MISSION + ")(?:\\((?<acr2>[\\u4e00-\\u9fff]{2,12})\\))?的?任务(?:期限)?");

    /** The title found and where the words giving it end. */
    record Hit(String title, int end) {}

    private ChineseSeries() {}

    static Optional<Hit> find(String t, int from, int to) {
        Matcher m = PREVIOUS.matcher(Budget.guard(t));
        m.region(from, to);
        if (!m.find() || SeriesTitles.generic("zh", m.group("title"))) {
            return Optional.empty();
        }
        return Optional.of(new Hit(m.group("title"), m.end()));
    }

    /** "马里稳定团的任务" when the paragraph extends a mission's mandate. */
    static Optional<String> mandate(String t, int from, int to) {
        Matcher m = MANDATE.matcher(Budget.guard(t));
        m.region(from, to);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group("name") != null ? m.group("name") : m.group("name2");
        String acronym = m.group("name") != null ? m.group("acr") : m.group("acr2");
        return Optional.of((acronym != null ? acronym : name) + "的任务");
    }
}
