package org.w3id.resgraph.read;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a link to the UN's Official Document System and gives the document symbol it names,
 * as written: {@code https://undocs.org/en/S/RES/2014 (2011)} → {@code S/RES/2014 (2011)}. The one
 * place that knows the forms of those links, for the reader, the link merge and the link gold alike:
 *
 * <ul>
 * <li>the hosts {@code undocs.org} and {@code docs.un.org} (AKN4UN files from 2025 on), over http or
 *     https, with or without {@code www.};
 * <li>a language prefix or none: {@code ar}, {@code ch}/{@code zh}, {@code en}, {@code es}/{@code sp},
 *     {@code fr}, {@code ru}, {@code ot} (other: the UN's German versions), in any case; a doubled slash
 *     ({@code undocs.org//S/2020/105}) is no prefix;
 * <li>the mobile form, whose symbol is a parameter ({@code …/Home/Mobile?FinalSymbol=A%2FRES%2F70%2F262});
 * <li>percent-encoding ({@code %20}, {@code %2F}), a query or fragment, trailing slashes.
 * </ul>
 *
 * <pre>{@code
 * UnDocumentLink.symbol("https://docs.un.org/fr/A/RES/75/201");   // Optional[A/RES/75/201]
 * }</pre>
 */
public final class UnDocumentLink {
    private static final Pattern LINK = Pattern.compile(
            "^https?://(?:www\\.)?(?:undocs\\.org|docs\\.un\\.org)/+(?:(?:ar|ch|zh|en|es|sp|fr|ru|ot)(?:/+|$))?(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MOBILE = Pattern.compile("^Home/Mobile\\b.*?[?&]FinalSymbol=([^&#]*)", Pattern.CASE_INSENSITIVE);

    private UnDocumentLink() {}

    /**
     * The symbol a link names, decoded and without trailing slashes, but otherwise as written (case,
     * spaces): the caller puts it in canonical form. Empty when the link goes elsewhere or names no document.
     */
    public static Optional<String> symbol(String href) {
        if (href == null) {
            return Optional.empty();
        }
        Matcher m = LINK.matcher(href.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String rest = m.group(1);
        Matcher mobile = MOBILE.matcher(rest);
        if (mobile.find()) {
            rest = mobile.group(1);
        } else {
            rest = rest.replaceAll("[?&#].*$", "");   // query and fragment: "…/A/RES/60/180#page=2"
        }
        String s;
        try {
            // a '+' is part of a symbol, not an encoded space
            s = URLDecoder.decode(rest.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            s = rest;   // a stray '%' that encodes nothing: taken as written
        }
        s = s.strip().replaceAll("/+$", "").strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
