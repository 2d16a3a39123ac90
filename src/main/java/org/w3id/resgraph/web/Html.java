package org.w3id.resgraph.web;

/**
 * Writes HTML pages. Every text that comes from data goes through {@link #text}, which escapes it,
 * so a title holding {@code <script>} shows as those characters and never becomes markup.
 */
final class Html {
    private final StringBuilder out = new StringBuilder(16_384);
    private final Furniture furniture;

    Html(String title, String lang) {
        this(title, Furniture.of(lang));
    }

    /** A page in the furniture's language ({@code <html lang="ar" dir="rtl">} for Arabic), its header and footer in it too. */
    Html(String title, Furniture furniture) {
        this.furniture = furniture;
        out.append("<!DOCTYPE html>\n<html lang=\"").append(escape(furniture.lang())).append("\"")
                .append(furniture.rightToLeft() ? " dir=\"rtl\"" : "").append(">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<link rel=\"icon\" href=\"data:,\">\n<title>")
                .append(escape(title)).append(" · resgraph</title>\n<style>").append(STYLE).append("</style>\n")
                .append("</head>\n<body>\n<header><a href=\"/\">resgraph</a> · <a href=\"").append(Pages.QUERY_EDITOR).append("\">")
                .append(escape(furniture.word("queryEditor"))).append("</a>")
                .append(" · <a href=\"/.well-known/void\">").append(escape(furniture.word("dataset"))).append("</a>")
                .append("<form action=\"/search\" method=\"get\"><input name=\"q\" placeholder=\"A/RES/59/249, 工业发展, Monterrey\" aria-label=\"")
                .append(escape(furniture.word("search"))).append("\"><button>").append(escape(furniture.word("search")))
                .append("</button></form></header>\n<main>\n");
    }

    private static final String STYLE = """
            body{font-family:system-ui,'Noto Sans CJK SC','WenQuanYi Zen Hei',sans-serif;margin:0;color:#1b1b1b;line-height:1.45}
            header{background:#1f4e79;color:#fff;padding:.5em 1em;display:flex;gap:.6em;align-items:center;flex-wrap:wrap}
            header a{color:#fff;font-weight:600}header form{margin-inline-start:auto}
            main{max-width:72em;margin:0 auto;padding:1em}
            h1{font-size:1.6em;margin:.3em 0}h2{font-size:1.2em;border-bottom:1px solid #ccd;margin-top:1.6em}
            table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #e3e3ea;padding:.3em .5em;vertical-align:top;text-align:start}
            .muted{color:#666}.iri{font-family:monospace;font-size:.9em;word-break:break-all}.iri,.sym{direction:ltr;unicode-bidi:isolate}
            .facts td:first-child{width:12em;color:#555}ol.paras{list-style:none;padding-inline-start:0}ol.paras li{margin:.4em 0}
            q{quotes:'“' '”'}.formats a{margin-inline-end:.8em}.timeline svg{max-width:100%;height:auto}
            mark{background:#fde68a;color:inherit}.passage{margin:.2em 0 .6em;color:#333}h3{font-size:1em;margin:.8em 0 .2em}
            """;

    /** Escapes text for element content and quoted attribute values. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Markup the page itself writes (never data). */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Text from data, escaped. */
    Html text(String s) {
        out.append(escape(s));
        return this;
    }

    Html element(String tag, String text) {
        out.append('<').append(tag).append('>').append(escape(text)).append("</").append(tag).append(">\n");
        return this;
    }

    Html link(String href, String text) {
        out.append("<a href=\"").append(escape(href)).append("\">").append(escape(text)).append("</a>");
        return this;
    }

    String finish() {
        out.append("</main>\n<footer class=\"muted\" style=\"padding:1em;text-align:center\">").append(escape(furniture.word("footer")))
                .append("</footer>\n</body>\n</html>\n");
        return out.toString();
    }
}
