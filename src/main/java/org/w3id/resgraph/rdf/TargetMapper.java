package org.w3id.resgraph.rdf;

import static org.w3id.resgraph.rdf.GraphWriter.date;
import static org.w3id.resgraph.rdf.GraphWriter.integer;
import static org.w3id.resgraph.rdf.GraphWriter.iri;
import static org.w3id.resgraph.rdf.GraphWriter.string;
import static org.w3id.resgraph.rdf.GraphWriter.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.resgraph.extract.Cited;
import org.w3id.resgraph.extract.OrgRef;
import org.w3id.resgraph.extract.PlaceRef;
import org.w3id.resgraph.extract.Symbols;
import org.w3id.resgraph.gazetteer.Entry;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.gazetteer.NameKey;
import org.w3id.resgraph.text.Sha256;
import org.w3id.resgraph.vocab.Vocab;

/**
 * Gives each cited thing its IRI and writes what the document says of it, with the reference data
 * about it (labels, places, countries), so that a document graph reads on its own.
 */
final class TargetMapper {
    private static final Pattern SESSION_NUMBER = Pattern.compile("^(?:A|E)/(?:RES|DEC)/(\\d+)/(\\w+)$");

    private final GraphWriter out;
    private final IriScheme iris;
    private final Gazetteer gazetteer;
    private final String citingSymbol;
    private final List<String> warnings;

    /** @param warnings where to say what the text and the reference data disagree on */
    TargetMapper(GraphWriter out, IriScheme iris, Gazetteer gazetteer, String citingSymbol, List<String> warnings) {
        this.out = out;
        this.iris = iris;
        this.gazetteer = gazetteer;
        this.citingSymbol = citingSymbol;
        this.warnings = warnings;
    }

    /** The IRI of {@code target}, after writing its description. */
    Node map(Cited target) {
        return switch (target) {
            case Cited.Resolution r -> resolution(r.symbol(), r.adopted());
            case Cited.SymbolDocument d -> symbolDocument(d);
            case Cited.Instrument i -> instrument(i);
            case Cited.AuthoredDocument a -> authored(a);
            case Cited.Event e -> event(e);
            case Cited.Agreement a -> agreement(a);
        };
    }

    Node resolution(String symbol, LocalDate adopted) {
        Node r = iri(iris.work(symbol));
        // a presidential statement (S/PRST/2020/11) read like a resolution is a document, not a resolution
        if (Symbols.isResolution(symbol)) {
            out.add(r, Vocab.TYPE, Vocab.RESOLUTION);
        } else {
            out.add(r, Vocab.TYPE, Vocab.rg("Document"));
            out.add(r, Vocab.TYPE, iri(Vocab.ELI + "LegalResource"));
        }
        out.add(r, Vocab.IDENTIFIER, string(symbol));
        out.add(r, Vocab.DATE_DOCUMENT, date(adopted));
        Matcher m = SESSION_NUMBER.matcher(symbol);
        if (m.matches()) {
            out.add(r, Vocab.SESSION, integer(Long.parseLong(m.group(1))));
            out.add(r, Vocab.NUMBER, string(m.group(2)));
        }
        String prefix = symbol.substring(0, symbol.indexOf("/RES/") < 0 ? 0 : symbol.indexOf("/RES/") + 5);
        gazetteer.organByPrefix(prefix).ifPresent(organ -> out.add(r, Vocab.ADOPTED_BY, org(OrgRef.known(organ.iri()))));
        return r;
    }

    private Node symbolDocument(Cited.SymbolDocument d) {
        Node doc = iri(iris.work(d.symbol()));
        out.add(doc, Vocab.TYPE, Vocab.rg(d.type()));
        out.add(doc, Vocab.IDENTIFIER, string(d.symbol()));
        if (d.author() != null) {
            out.add(doc, Vocab.AUTHOR, org(d.author()));
        }
        return doc;
    }

    private Node instrument(Cited.Instrument i) {
        Node n = iri(iris.rebase(i.iri()));
        out.addRebased(gazetteer.describe(i.iri()));
        out.add(n, Vocab.DATE_DOCUMENT, date(i.adopted()));
        return n;
    }

    private Node authored(Cited.AuthoredDocument a) {
        Node author = org(a.author());
        Node doc = iri(iris.work(citingSymbol) + "/cites/" + a.author().slug() + "-" + a.slug());
        out.add(doc, Vocab.TYPE, Vocab.rg(a.type()));
        out.add(doc, Vocab.AUTHOR, author);
        labelOf(a.author(), "zh").ifPresent(l -> out.add(doc, Vocab.LABEL, text(l + "的" + a.noun(), "zh")));
        labelOf(a.author(), "en").ifPresent(l -> out.add(doc, Vocab.LABEL, text(capital(a.nounEn()) + " of the " + l, "en")));
        return doc;
    }

    private Node event(Cited.Event e) {
        String iri = e.iri() != null ? iris.rebase(e.iri())
                : iris.id("event", (e.start() == null ? "" : e.start().getYear() + "-") + hash(NameKey.of(e.lang(), e.name())));
        Node ev = iri(iri);
        if (e.iri() != null) {
            out.addRebased(gazetteer.describe(e.iri()));
        } else {
            out.add(ev, Vocab.TYPE, e.conference() ? Vocab.CONFERENCE : Vocab.EVENT);
            out.add(ev, Vocab.LABEL, text(e.name(), e.lang()));
        }
        knownOrFromText(e.iri(), ev, Vocab.START_DATE, e.start(), e.name());
        knownOrFromText(e.iri(), ev, Vocab.END_DATE, e.end(), e.name());
        if (e.place() != null) {
            out.add(ev, Vocab.LOCATION, place(e.place()));
        }
        e.organizers().forEach(o -> out.add(ev, Vocab.ORGANIZER, org(o)));
        e.sponsors().forEach(o -> out.add(ev, Vocab.SPONSOR, org(o)));
        return ev;
    }

    /**
     * A date the text gives for a thing: the reference data's date wins where it has one, and a
     * disagreement is reported rather than written as a second value.
     */
    private void knownOrFromText(String knownIri, Node subject, Node property, LocalDate fromText, String name) {
        if (fromText == null) {
            return;
        }
        Optional<String> known = knownIri == null ? Optional.empty() : gazetteer.value(knownIri, property);
        if (known.isEmpty()) {
            out.add(subject, property, date(fromText));
        } else if (!known.get().equals(fromText.toString())) {
            String shown = name != null ? name : knownIri.substring(knownIri.lastIndexOf('/') + 1);
            warnings.add("the text dates '" + shown + "' " + fromText + " but the reference data has " + known.get()
                    + " (" + property.getLocalName() + "); the reference date is kept");
        }
    }

    /**
     * An agreement: the one the reference data lists between the same parties in the same year, or
     * else one named by its parties (in a fixed order, so the IRI does not depend on how the text
     * orders them), its kind and year.
     */
    private Node agreement(Cited.Agreement a) {
        Set<String> partyIris = a.parties().stream().filter(OrgRef::isKnown).map(OrgRef::iri).collect(Collectors.toSet());
        Optional<String> known = a.signed() == null || partyIris.size() < a.parties().size() ? Optional.empty()
                : gazetteer.agreement(partyIris, a.signed().getYear()).map(Entry::iri);
        if (known.isPresent()) {
            Node ag = iri(iris.rebase(known.get()));
            out.addRebased(gazetteer.describe(known.get()));
            for (OrgRef p : a.parties()) {
                org(p);
            }
            knownOrFromText(known.get(), ag, Vocab.SIGNED_ON, a.signed(), a.noun());
            if (a.place() != null && !gazetteer.graph().contains(NodeFactory.createURI(known.get()), Vocab.LOCATION, Node.ANY)) {
                out.add(ag, Vocab.LOCATION, place(a.place()));
            }
            return ag;
        }
        String parties = a.parties().stream().map(OrgRef::slug).sorted().collect(Collectors.joining("-"));
        String year = a.signed() == null ? "" : "-" + a.signed().getYear();
        Node ag = iri(iris.id("agreement", parties + "-" + a.slug() + year));
        out.add(ag, Vocab.TYPE, Vocab.AGREEMENT);
        for (OrgRef p : a.parties()) {
            out.add(ag, Vocab.PARTY, org(p));
        }
        out.add(ag, Vocab.SIGNED_ON, date(a.signed()));
        if (a.place() != null) {
            out.add(ag, Vocab.LOCATION, place(a.place()));
        }
        List<String> zh = a.parties().stream().map(p -> labelOf(p, "zh").orElse(p.slug())).toList();
        List<String> en = a.parties().stream().map(p -> labelOf(p, "en").orElse(p.slug())).toList();
        out.add(ag, Vocab.LABEL, text(String.join("与", zh) + a.noun(), "zh"));
        out.add(ag, Vocab.LABEL, text(capital(a.nounEn()) + " between " + String.join(" and ", en), "en"));
        return ag;
    }

    /** The IRI of an organisation, after writing what is known of it. */
    Node org(OrgRef o) {
        if (o.isKnown()) {
            out.addRebased(gazetteer.describe(o.iri()));
            return iri(iris.rebase(o.iri()));
        }
        Node n = iri(iris.id("org", o.slug()));
        out.add(n, Vocab.TYPE, Vocab.ORGANIZATION);
        for (Map.Entry<String, String> l : o.labels().entrySet()) {
            out.add(n, Vocab.LABEL, text(l.getValue(), l.getKey()));
        }
        return n;
    }

    private Node place(PlaceRef p) {
        if (p.iri() != null) {
            out.addRebased(gazetteer.describe(p.iri()));
            return iri(iris.rebase(p.iri()));
        }
        Node n = iri(iris.id("place", p.lang() + "-" + hash(NameKey.of(p.lang(), p.name()))));
        out.add(n, Vocab.TYPE, Vocab.PLACE);
        out.add(n, Vocab.LABEL, text(p.name(), p.lang()));
        return n;
    }

    private Optional<String> labelOf(OrgRef o, String lang) {
        if (o.isKnown()) {
            return gazetteer.entry(o.iri()).flatMap(e -> e.label(lang));
        }
        return Optional.ofNullable(o.labels().get(lang));
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A short stable key for things known only by a name in some script. */
    static String hash(String s) {
        return Sha256.shortKey(s, 10);
    }
}
