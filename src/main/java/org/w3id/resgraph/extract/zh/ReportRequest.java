package org.w3id.resgraph.extract.zh;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.resgraph.extract.Budget;
import org.w3id.resgraph.extract.OrgRef;

/**
 * The request for a report at a later session:
 * {@code 请秘书长向大会第六十一届会议提交关于本决议执行情况的报告}.
 */
final class ReportRequest {
    private static final Pattern REQUEST = Pattern.compile(
            "请([^,;]{1,30}?)向(?:大会)?第([" + ChineseNumerals.CHARS + "]+)届会议[^;。]{0,80}?提交");

    /** The session and who is to report, as found. */
    record Found(int session, OrgRef from) {}

    private final Organisations organisations;

    ReportRequest(Organisations organisations) {
        this.organisations = organisations;
    }

    Found find(String text, int from, int to) {
        Matcher m = REQUEST.matcher(Budget.guard(text));
        m.region(from, to);
        if (!m.find()) {
            return null;
        }
        int session = ChineseNumerals.parse(m.group(2));
        return session > 0 ? new Found(session, organisations.resolve(m.group(1))) : null;
    }
}
