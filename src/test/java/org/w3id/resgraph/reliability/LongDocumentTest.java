package org.w3id.resgraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.resgraph.extract.Budget;
import org.w3id.resgraph.extract.Citation;
import org.w3id.resgraph.extract.Cited;
import org.w3id.resgraph.extract.ResolutionFacts;

/**
 * Long generated texts (issue 15): every one of their clauses is found, and a time budget stops their
 * extraction. How fast they are extracted is measured by {@code LongDocument.main}, not here.
 */
class LongDocumentTest {
    private static final int CLAUSES = 20_000;

    @AfterEach
    void noBudgetLeft() {
        Budget.clear();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "zh-paragraphs", "en", "en-paragraphs", "fr", "fr-paragraphs"})
    void everyClauseOfALongTextIsOneCitation(String variant) throws Exception {
        ResolutionFacts base = LongDocument.facts(variant, LongDocument.text(variant, 0));
        ResolutionFacts longer = LongDocument.facts(variant, LongDocument.text(variant, CLAUSES));
        assertEquals(base.citations().size() + CLAUSES, longer.citations().size());
        long cited = longer.citations().stream().map(Citation::target)
                .filter(t -> t instanceof Cited.Resolution r && r.symbol().equals("A/RES/1/1")).count();
        long citedBefore = base.citations().stream().map(Citation::target)
                .filter(t -> t instanceof Cited.Resolution r && r.symbol().equals("A/RES/1/1")).count();
        assertEquals(citedBefore + CLAUSES, cited);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "zh-paragraphs", "en", "en-paragraphs", "fr", "fr-paragraphs"})
    void aSpentBudgetStopsTheExtractionOfALongText(String variant) {
        String text = LongDocument.text(variant, 200_000);
        Budget.start(1_000_000);   // a millisecond: spent long before the text is through
        assertThrows(Budget.Exceeded.class, () -> LongDocument.facts(variant, text));
    }
}
