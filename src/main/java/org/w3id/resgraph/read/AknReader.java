package org.w3id.resgraph.read;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * AKN4UN, Akoma Ntoso for the United Nations: the XML in which the UN publishes its resolutions.
 *
 * <p>The extractors work on text, so {@link Document#text()} is a plain-text rendering laid out like
 * the printed resolution, not the XML: each cover page line, the preamble formula, each preambular
 * paragraph and each operative paragraph (its number, list and points included) is a block, and
 * blocks are separated by a blank line. Footnotes follow as {@code [^N]: } blocks. All offsets
 * (body start, links) count in that rendering. Metadata, subjects and links come from the markup,
 * never from the text.
 *
 * <p>The XML is read with the JDK's own StAX parser with DTDs off: an AKN4UN file has no DOCTYPE,
 * so one is refused rather than half-read, which also rules out external entities and entity
 * expansion attacks.
 */
public final class AknReader implements DocumentReader {
    private static final String FORMAT = "akn";
    private static final Pattern ROOT = Pattern.compile("<(?:[A-Za-z_][\\w.-]*:)?akomaNtoso[\\s/>]");
    private static final Pattern DOCTYPE_ROOT = Pattern.compile("<!DOCTYPE\\s+(?:[A-Za-z_][\\w.-]*:)?akomaNtoso[\\s\\[>]");
    private static final String DOCTYPE_PROBLEM =
            "has a DOCTYPE; AKN4UN files have none and resgraph does not read DTDs (XML external entity risk)";
    /** The JDK parser's messages: "ParseError at [row,col]:[3,5]\nMessage: …", some of them a bare key. */
    private static final Pattern PARSER_MESSAGE = Pattern.compile("(?s).*?Message: (.*)");
    private static final Pattern MESSAGE_KEY = Pattern.compile("https?://\\S+#(\\w+)\\?(.*)");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    @Override
    public String format() {
        return FORMAT;
    }

    /**
     * Whether the first markup after an optional XML declaration, comments and processing
     * instructions is an {@code akomaNtoso} root element. A DOCTYPE naming that root is accepted
     * too, so that {@link #read} refuses it clearly instead of another reader taking it as text.
     */
    @Override
    public boolean accepts(String fileName, String text) {
        int i = skipSpace(text, 0);
        while (i >= 0 && (text.startsWith("<?", i) || text.startsWith("<!--", i))) {
            int end = text.startsWith("<?", i) ? text.indexOf("?>", i + 2) : text.indexOf("-->", i + 4);
            i = end < 0 ? -1 : skipSpace(text, end + (text.startsWith("<?", i) ? 2 : 3));
        }
        if (i < 0) {
            return false;
        }
        Pattern start = text.startsWith("<!DOCTYPE", i) ? DOCTYPE_ROOT : ROOT;
        return start.matcher(text).region(i, text.length()).lookingAt();
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        return i;
    }

    @Override
    public Document read(SourceFile file, String text) throws ReadException {
        XMLStreamReader xml = null;
        try {
            xml = secureFactory().createXMLStreamReader(new StringReader(text));
            Walk walk = new Walk(file.name());
            walk.run(xml);
            return walk.document(file);
        } catch (XMLStreamException e) {
            throw notWellFormed(file.name(), text, e);
        } catch (RuntimeException e) {
            // The JDK parser reports some broken input this way; a file never escapes as a crash.
            throw new ReadException(file.name(), "cannot be read as AKN4UN XML: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } finally {
            close(xml);
        }
    }

    /**
     * The JDK's built-in StAX parser (not whichever one the class path offers), with DTDs,
     * external entities and every external access off, and a resolver that refuses to load anything.
     */
    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("refused to load " + systemId + ": resgraph reads no external resources");
        });
        return factory;
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // Nothing was opened that closing could leak; the read's own outcome stands.
            }
        }
    }

    /**
     * A parse error as line, column and the parser's problem in words. A DOCTYPE anywhere but the
     * prolog is a syntax error whose parser message says nothing useful, so it is named instead.
     */
    private static ReadException notWellFormed(String source, String text, XMLStreamException e) {
        Location at = e.getLocation();
        if (at == null || at.getLineNumber() < 1) {
            return new ReadException(source, "is not well-formed XML: " + problem(e.getMessage()));
        }
        int offset = offset(text, at.getLineNumber(), at.getColumnNumber());
        int markup = text.lastIndexOf("<!", Math.min(offset, text.length()));
        if (markup >= 0 && offset - markup <= "<!DOCTYPE".length() + 2 && text.startsWith("<!DOCTYPE", markup)) {
            return new ReadException(source, DOCTYPE_PROBLEM);
        }
        return new ReadException(source, "is not well-formed XML at line " + at.getLineNumber() + ", column "
                + at.getColumnNumber() + ": " + problem(e.getMessage()));
    }

    private static int offset(String text, int line, int column) {
        int start = 0;
        for (int l = 1; l < line && start >= 0; l++) {
            start = text.indexOf('\n', start);
            start = start < 0 ? -1 : start + 1;
        }
        return start < 0 ? text.length() : start + Math.max(column - 1, 0);
    }

    /** The parser's message without its location prefix; keys and jargon turned into words. */
    private static String problem(String message) {
        if (message == null) {
            return "unknown problem";
        }
        Matcher m = PARSER_MESSAGE.matcher(message);
        String problem = (m.matches() ? m.group(1) : message).strip();
        Matcher key = MESSAGE_KEY.matcher(problem);
        if (key.matches()) {
            String words = key.group(1).replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
            return words + (key.group(2).isEmpty() ? "" : ": " + key.group(2).replace("&", ", "));
        }
        if (problem.contains("must start and end within the same entity") || problem.startsWith("Premature end of file")) {
            return "the file ends before every element is closed";
        }
        return problem;
    }

    // ---------------------------------------------------------------- the walk over the events

    /**
     * One pass over the StAX events: renders the text into {@link Rendering}s and picks up the
     * metadata of the main document (attachments have their own {@code meta}, which is not used).
     */
    private static final class Walk {
        /** Elements that hold only metadata or pictures: nothing of them is rendered. */
        private static final Set<String> SKIPPED = Set.of("meta", "img");
        /** Parts and divisions: they separate blocks but are not one. */
        private static final Set<String> SECTIONS = Set.of("coverPage", "preface", "preamble", "mainBody",
                "conclusions", "attachments", "attachment", "doc", "components", "component", "section", "chapter",
                "part", "article", "division", "hcontainer", "tblock", "blockContainer");
        /** Elements rendered as one block when no block is open yet; inside one, they are just text. */
        private static final Set<String> BLOCKS = Set.of("p", "formula", "container", "paragraph", "alinea",
                "heading", "subheading", "crossHeading", "longTitle", "blockList", "table");
        /** Elements that start a line of their own inside a block. */
        private static final Set<String> LINES = Set.of("point", "item", "wrapUp", "tr", "eol", "eop");
        /** Lists: what follows one in the same block (an {@code alinea} closing the paragraph) starts a line. */
        private static final Set<String> LISTS = Set.of("list", "sublist", "blockList");

        private final String source;
        private final Rendering main = new Rendering();
        private final Rendering notes = new Rendering();
        private Rendering sink = main;
        private int depth;
        private int blockDepth = -1;
        private int skipDepth = -1;
        private int attachmentDepth;
        private final Deque<OpenLink> links = new ArrayDeque<>();
        private final Deque<Capture> captures = new ArrayDeque<>();
        /** For each open note, the block that was open where it stands. */
        private final Deque<Integer> noteState = new ArrayDeque<>();
        private int noteCount;
        private int[] formulaStart;
        private int[] bodyStart;
        private boolean rootSeen;
        private String frbr = "";

        private final Map<String, String> metadata = new LinkedHashMap<>();
        private final Set<String> subjects = new LinkedHashSet<>();
        private String adoptedWork, adoptedDate, language;

        Walk(String source) {
            this.source = source;
        }

        void run(XMLStreamReader xml) throws XMLStreamException, ReadException {
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.DTD -> throw new ReadException(source, DOCTYPE_PROBLEM);
                    case XMLStreamConstants.START_ELEMENT -> start(xml);
                    case XMLStreamConstants.END_ELEMENT -> end(xml.getLocalName());
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (skipDepth < 0) {
                            sink.text(xml.getText());
                        }
                    }
                    default -> { }
                }
            }
        }

        private void start(XMLStreamReader xml) throws ReadException {
            String name = xml.getLocalName();
            depth++;
            if (!rootSeen) {
                rootSeen = true;
                if (!name.equals("akomaNtoso")) {
                    throw new ReadException(source, "has the root element <" + name + ">, not <akomaNtoso>");
                }
            } else if (depth == 2 && attachmentDepth == 0) {
                // the document element says what the document is: <statement name="presidentialStatement">
                String type = xml.getAttributeValue(null, "name");
                putFirst(Document.DOCUMENT_TYPE, type == null || type.isBlank() ? name : type);
            }
            if (name.equals("attachments")) {
                attachmentDepth++;
            }
            metadataStart(name, xml);
            if (skipDepth >= 0) {
                return;
            }
            if (SKIPPED.contains(name)) {
                skipDepth = depth;
                return;
            }
            bodyMarks(name);
            if (name.equals("authorialNote")) {
                startNote(xml.getAttributeValue(null, "marker"));
            } else if (SECTIONS.contains(name)) {
                sink.breakBlock();
            } else if (BLOCKS.contains(name) && blockDepth < 0) {
                sink.breakBlock();
                blockDepth = depth;
            } else if (LINES.contains(name)) {
                sink.breakLine();
            } else if (name.equals("a")) {
                String href = xml.getAttributeValue(null, "href");
                links.push(new OpenLink(href, sink, sink.mark()));
            }
        }

        private void end(String name) {
            if (skipDepth == depth) {
                skipDepth = -1;
            } else if (skipDepth < 0) {
                if (!captures.isEmpty() && captures.peek().depth() == depth) {
                    captures.pop().finish();
                }
                if (name.equals("authorialNote")) {
                    endNote();
                } else if (SECTIONS.contains(name)) {
                    sink.breakBlock();
                } else if (blockDepth == depth) {
                    sink.breakBlock();
                    blockDepth = -1;
                } else if (name.equals("num")) {
                    sink.space();
                } else if (LISTS.contains(name)) {
                    sink.breakLine();
                } else if (name.equals("a")) {
                    links.pop().finish();
                }
            }
            metadataEnd(name);
            if (name.equals("attachments")) {
                attachmentDepth--;
            }
            depth--;
        }

        /** The main text gets the marker {@code [^N]}; the note itself goes, as one block, to the notes. */
        private void startNote(String marker) {
            noteCount++;
            String label = marker == null || marker.isBlank() ? Integer.toString(noteCount) : marker.strip();
            sink.marker("[^" + label + "]");
            noteState.push(blockDepth);
            sink = notes;
            sink.breakBlock();
            sink.text("[^" + label + "]: ");
            blockDepth = depth;
        }

        private void endNote() {
            sink.breakBlock();
            blockDepth = noteState.pop();
            sink = noteState.isEmpty() ? main : notes;
        }

        /** Remembers where the formula and the first preamble or main body text start. */
        private void bodyMarks(String name) {
            if (attachmentDepth > 0 || sink != main) {
                return;
            }
            if (name.equals("formula") && formulaStart == null) {
                formulaStart = main.mark();
            }
            if ((name.equals("preamble") || name.equals("mainBody")) && bodyStart == null) {
                bodyStart = main.mark();
            }
        }

        // ------------------------------------------------------------ metadata

        private void metadataStart(String name, XMLStreamReader xml) {
            if (name.equals("keyword")) {
                String href = xml.getAttributeValue(null, "href");
                if (href != null && !href.isBlank()) {
                    subjects.add(href.strip());
                    String label = xml.getAttributeValue(null, "showAs");
                    if (label != null && !label.isBlank()) {
                        // some files escape twice: "women&#39;s rights"
                        String shown = label.strip().replace('_', ' ').replace("&#39;", "'").replace("&amp;", "&").replace("&quot;", "\"");
                        metadata.putIfAbsent(Document.SUBJECT_LABEL + href.strip(), shown);
                    }
                }
            }
            if (attachmentDepth > 0) {
                return;
            }
            switch (name) {
                case "FRBRWork", "FRBRExpression" -> frbr = name;
                case "FRBRuri" -> {
                    String value = xml.getAttributeValue(null, "value");
                    if (frbr.equals("FRBRWork")) {
                        putFirst(Document.WORK_ALIAS, value);
                    } else if (frbr.equals("FRBRExpression")) {
                        putFirst(Document.VERSION_ALIAS, value);
                    }
                }
                case "FRBRauthor" -> {
                    String href = xml.getAttributeValue(null, "href");
                    if (frbr.equals("FRBRWork") && href != null) {
                        putFirst(Document.ORGAN, href.startsWith("#") ? href.substring(1) : href);
                    }
                }
                case "FRBRdate" -> {
                    if (frbr.equals("FRBRWork") && adoptedWork == null
                            && "adoption".equals(xml.getAttributeValue(null, "name"))) {
                        adoptedWork = isoDate(xml.getAttributeValue(null, "date"));
                    }
                }
                case "FRBRlanguage" -> {
                    if (frbr.equals("FRBRExpression") && language == null) {
                        language = xml.getAttributeValue(null, "language");
                    }
                }
                case "docDate" -> {
                    if ("#adoptionDate".equals(xml.getAttributeValue(null, "refersTo")) && adoptedDate == null) {
                        adoptedDate = isoDate(xml.getAttributeValue(null, "date"));
                    }
                }
                case "docNumber" -> capture(Document.SYMBOL, text -> text);
                case "docTitle" -> {
                    String refersTo = xml.getAttributeValue(null, "refersTo");
                    if (!"#resolutionNumber".equals(refersTo) && !"#adoption".equals(refersTo)) {
                        capture(Document.TITLE, text -> text);
                    }
                }
                case "inline" -> {
                    if ("adoptionMeeting".equals(xml.getAttributeValue(null, "name"))) {
                        String number = digits(xml.getAttributeValue(null, "title"));
                        if (number != null) {
                            putFirst(Document.MEETING, number);
                        } else {
                            capture(Document.MEETING, AknReader::digits);
                        }
                    }
                }
                default -> { }
            }
        }

        private void metadataEnd(String name) {
            if (name.equals(frbr)) {
                frbr = "";
            }
        }

        /** Takes the rendered text of the element just opened as the value of {@code key}, if it has none yet. */
        private void capture(String key, Function<String, String> value) {
            if (skipDepth < 0 && !metadata.containsKey(key)) {
                Rendering into = sink;
                captures.push(new Capture(depth, into, into.mark(), text -> putFirst(key, value.apply(text))));
            }
        }

        private void putFirst(String key, String value) {
            if (key != null && value != null && !value.isBlank()) {
                metadata.putIfAbsent(key, value.strip());
            }
        }

        /**
         * A date that stands for none: some AKN4UN files of 2020 put "0001-01-01" as the adoption date.
         * Nothing the United Nations adopted is older than 1945; the text's own heading then says when.
         */
        private static boolean placeholder(String date) {
            Matcher y = DIGITS.matcher(date);
            return y.lookingAt() && Integer.parseInt(y.group()) < 1945;
        }

        Document document(SourceFile file) throws ReadException {
            if (main.isEmpty()) {
                throw new ReadException(source, "holds no text outside its metadata");
            }
            int start = formulaStart != null && formulaStart[0] >= 0 ? formulaStart[0]
                    : bodyStart != null && bodyStart[0] >= 0 ? bodyStart[0] : -1;
            if (start < 0) {
                throw new ReadException(source, "has no preamble or main body text");
            }
            String adopted = adoptedWork != null ? adoptedWork : adoptedDate;
            if (adopted != null && !placeholder(adopted)) {
                metadata.put(Document.ADOPTED, adopted);
            }
            StringBuilder text = new StringBuilder(main.toString());
            List<Link> all = new ArrayList<>(main.links());
            if (!notes.isEmpty()) {
                text.append("\n\n");
                int shift = text.length();
                text.append(notes);
                for (Link l : notes.links()) {
                    all.add(new Link(l.start() + shift, l.end() + shift, l.href()));
                }
            }
            String rendered = text.toString();
            String lang = language == null ? null : AknHead.isoLanguage(language);
            if (lang == null) {
                lang = LanguageDetector.detect(rendered.substring(start));
            }
            return new Document(file.name(), file.fileName(), file.sha256(), FORMAT, rendered, start, lang,
                    metadata, List.of(), List.copyOf(subjects), all);
        }
    }

    private static String isoDate(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The first run of digits ({@code 8701st} → {@code 8701}), or null. */
    private static String digits(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = DIGITS.matcher(value);
        return m.find() ? m.group() : null;
    }

    /** An {@code <a>} whose anchor text is being rendered. */
    private record OpenLink(String href, Rendering sink, int[] start) {
        void finish() {
            if (href == null || href.isBlank()) {
                return;
            }
            int end = sink.length();
            sink.addLink(new Link(start[0] >= 0 ? start[0] : end, end, href));
        }
    }

    /** An element whose rendered text becomes a metadata value when it closes. */
    private record Capture(int depth, Rendering sink, int[] start, Consumer<String> onText) {
        void finish() {
            int end = sink.length();
            onText.accept(start[0] >= 0 ? sink.substring(start[0], end) : "");
        }
    }

    // ---------------------------------------------------------------- the rendering

    /**
     * Plain text built from XML character data: runs of XML whitespace become one space, and no
     * separator is written until the next visible character, so blocks and lines never start or
     * end with spaces whatever the indentation of the XML. Between two Chinese characters (Han or
     * full-width punctuation) such a space is only layout and is dropped, as the printed text has
     * none; next to Latin letters or digits it is kept. Marks resolve to the offset of the next
     * visible character, which is where an anchor or a block really starts.
     */
    private static final class Rendering {
        private static final int NONE = 0, SPACE = 1, LINE = 2, BLOCK = 3;
        private final StringBuilder out = new StringBuilder();
        private final List<int[]> waiting = new ArrayList<>();
        private final List<Link> links = new ArrayList<>();
        private int pending = NONE;
        private int last = -1;

        void text(CharSequence chars) {
            chars.codePoints().forEach(c -> {
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                    space();
                } else {
                    emit(c);
                }
            });
        }

        private void emit(int c) {
            if (!out.isEmpty()) {
                boolean layoutOnly = pending == SPACE && isWide(last) && isWide(c);
                out.append(switch (pending) {
                    case SPACE -> layoutOnly ? "" : " ";
                    case LINE -> "\n";
                    case BLOCK -> "\n\n";
                    default -> "";
                });
            }
            pending = NONE;
            for (int[] mark : waiting) {
                mark[0] = out.length();
            }
            waiting.clear();
            out.appendCodePoint(c);
            last = c;
        }

        /** A footnote marker: text, but a space after it is judged by what came before it. */
        void marker(String label) {
            int before = last;
            text(label);
            last = before;
        }

        private static boolean isWide(int c) {
            if (c < 0) {
                return false;
            }
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                return true;
            }
            Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
            return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                    || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                    || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS;
        }

        void space() {
            pending = Math.max(pending, SPACE);
        }

        void breakLine() {
            pending = Math.max(pending, LINE);
        }

        void breakBlock() {
            pending = BLOCK;
        }

        /** A holder that gets the offset of the next visible character; -1 until there is one. */
        int[] mark() {
            int[] mark = {-1};
            waiting.add(mark);
            return mark;
        }

        int length() {
            return out.length();
        }

        boolean isEmpty() {
            return out.isEmpty();
        }

        String substring(int start, int end) {
            return out.substring(start, end);
        }

        void addLink(Link link) {
            links.add(link);
        }

        List<Link> links() {
            return links;
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
