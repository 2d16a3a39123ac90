package org.w3id.resgraph.extract.languages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.w3id.resgraph.extract.ExtractException;
import org.w3id.resgraph.extract.Extractor;
import org.w3id.resgraph.extract.ResolutionFacts;
import org.w3id.resgraph.extract.en.EnglishExtractor;
import org.w3id.resgraph.extract.engine.LanguagePack;
import org.w3id.resgraph.extract.engine.PackExtractor;
import org.w3id.resgraph.extract.zh.ChineseExtractor;
import org.w3id.resgraph.read.Document;
import org.w3id.resgraph.text.UnLanguage;

/**
 * The extractors by language: English and Chinese by their own extractors, every other UN language
 * whose pack resgraph ships ({@link LanguagePack#exists}) by the engine ({@link PackExtractor}). This
 * package sits above the extractors, so that none of them depends on the list of all of them.
 *
 * <pre>{@code
 * ResolutionFacts facts = Extractors.standard().extract(document);
 * }</pre>
 */
public final class Extractors {
    private final Map<String, Extractor> byLanguage = new TreeMap<>();

    public Extractors(Extractor... extractors) {
        for (Extractor e : extractors) {
            byLanguage.put(e.language(), e);
        }
    }

    public static Extractors standard() {
        List<Extractor> all = new ArrayList<>(List.of(new ChineseExtractor(), new EnglishExtractor()));
        for (String lang : UnLanguage.codes()) {
            if (all.stream().noneMatch(e -> e.language().equals(lang)) && LanguagePack.exists(lang)) {
                all.add(new PackExtractor(LanguagePack.load(lang)));
            }
        }
        return new Extractors(all.toArray(Extractor[]::new));
    }

    public ResolutionFacts extract(Document document) throws ExtractException {
        Extractor e = byLanguage.get(document.language());
        if (e == null) {
            throw new ExtractException(document.source(), "its language is '" + document.language()
                    + "', and resgraph extracts " + String.join(", ", byLanguage.keySet())
                    + " so far (use --lang if the language was detected wrongly)");
        }
        return e.extract(document);
    }
}
