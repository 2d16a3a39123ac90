package org.w3id.resgraph.extract.zh;

import java.util.List;
import java.util.Optional;

import org.w3id.resgraph.extract.Budget;
import org.w3id.resgraph.extract.Cited;
import org.w3id.resgraph.extract.OrgRef;
import org.w3id.resgraph.gazetteer.DataFile;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.gazetteer.NameMatch;

/**
 * Documents known by who issued them and what they are: {@code 秘书长的报告},
 * {@code 联合国工业发展组织的公司战略}. The nouns come from {@code document-nouns.tsv}.
 */
final class AuthoredDocumentRule implements CitationRule {
    private static final List<String[]> NOUNS = DataFile.readTsv("org/w3id/resgraph/extract/zh/document-nouns.tsv", 4)
            .stream().sorted((a, b) -> b[0].length() - a[0].length()).toList();

    private final Gazetteer gazetteer;

    AuthoredDocumentRule(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return "zh.authored-document";
    }

    @Override
    public void find(ParagraphText p, List<Found> earlier, List<Found> out) {
        String t = p.text();
        // the search stops at the paragraph's end: from each of a million paragraphs, the next 的 may be far away
        for (int i = t.indexOf('的', p.start(), p.end()); i >= 0; i = t.indexOf('的', i + 1, p.end())) {
            Budget.check();
            String[] noun = nounAt(t, i + 1, p.end());
            if (noun == null) {
                continue;
            }
            Optional<NameMatch> author = gazetteer.longestEndingAt("zh", t, p.clauseAt(i).start(), i,
                    e -> e.is("Organization"));
            if (author.isPresent()) {
                OrgRef org = OrgRef.known(author.get().entry().iri());
                out.add(new Found(author.get().start(), i + 1 + noun[0].length(),
                        new Cited.AuthoredDocument(org, noun[1], noun[0], noun[2], noun[3]), name()));
            }
        }
    }

    private static String[] nounAt(String t, int at, int end) {
        for (String[] noun : NOUNS) {
            if (t.startsWith(noun[0], at) && at + noun[0].length() <= end) {
                return noun;
            }
        }
        return null;
    }
}
