package app.saidwho.teach;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Article text from an uploaded file: plain text as it is, HTML through jsoup without the page furniture. */
final class ArticleFiles {
    private static final String FURNITURE = "script, style, noscript, nav, header, footer, aside, form, figure, "
            + "figcaption, iframe, button, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], "
            + ".advertisement, .ad, .related, .share, .social, .newsletter, .comments";

    private ArticleFiles() {
    }

    /** Whether the file's name says plain text or HTML, the two kinds an article can be read from. */
    static boolean readable(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm");
    }

    static String text(String fileName, String content) {
        String name = fileName == null ? "" : fileName.toLowerCase();
        if (name.endsWith(".html") || name.endsWith(".htm") || content.stripLeading().startsWith("<")) {
            return fromHtml(content);
        }
        return content.replace("\r\n", "\n");
    }

    /** One paragraph a line, from the page's article element (or its body), headings and list items included. */
    static String fromHtml(String html) {
        Document doc = Jsoup.parse(html);
        doc.select(FURNITURE).remove();
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.selectFirst("main");
        }
        if (root == null) {
            root = doc.body();
        }
        List<String> lines = new ArrayList<>();
        for (Element block : root.select("h1, h2, h3, p, li, blockquote")) {
            if (block.parents().stream().anyMatch(p -> p.is("p, li, blockquote"))) {
                continue;
            }
            String line = block.text().strip();
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines.isEmpty() ? root.text() : String.join("\n", lines);
    }
}
