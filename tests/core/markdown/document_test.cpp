#include "core/markdown/document.h"

#include "common/catch_qt.h"

using heupwijzer::core::markdown::Document;
using heupwijzer::core::markdown::toHtml;

TEST_CASE("A GFM table renders as an HTML table", "[markdown]")
{
    const QString html = toHtml(u"| Plek | Oorzaak |\n|---|---|\n| lies | liesbreuk |\n");
    CHECK(html == QStringLiteral("<table>\n<thead>\n<tr>\n<th>Plek</th>\n<th>Oorzaak</th>\n</tr>\n</thead>\n"
                                 "<tbody>\n<tr>\n<td>lies</td>\n<td>liesbreuk</td>\n</tr>\n</tbody>\n</table>\n"));
}

TEST_CASE("A nested list keeps its structure", "[markdown]")
{
    const QString html = toHtml(u"- heup\n  1. kop\n  2. kom\n- lies\n");
    CHECK(html == QStringLiteral("<ul>\n<li>heup\n<ol>\n<li>kop</li>\n<li>kom</li>\n</ol>\n</li>\n<li>lies</li>\n</ul>\n"));
}

TEST_CASE("Dutch diacritics pass through intact", "[markdown]")
{
    const QString html = toHtml(u"Knieën, geïrriteerd, café en **patiënt**.");
    CHECK(html == QStringLiteral("<p>Knieën, geïrriteerd, café en <strong>patiënt</strong>.</p>\n"));
}

TEST_CASE("Raw HTML is omitted in safe mode", "[markdown]")
{
    const QString html = toHtml(u"Tekst <script>alert(1)</script> en <b>vet</b>\n\n<div>blok</div>\n");
    CHECK_FALSE(html.contains(QStringLiteral("<script")));
    CHECK_FALSE(html.contains(QStringLiteral("<div")));
    CHECK_FALSE(html.contains(QStringLiteral("<b>")));
    CHECK(html.contains(QStringLiteral("<!-- raw HTML omitted -->")));
}

TEST_CASE("A javascript: link is neutralised", "[markdown]")
{
    const QString html = toHtml(u"[klik](javascript:alert(1)) en [ok](https://thuisarts.nl)");
    CHECK(html == QStringLiteral("<p><a href=\"\">klik</a> en <a href=\"https://thuisarts.nl\">ok</a></p>\n"));
}

TEST_CASE("Invalid UTF-8 is replaced, not passed on or crashed on", "[markdown]")
{
    // A stray byte, a reversed BOM and a truncated two-byte sequence in the middle of a word.
    const QByteArray bytes("heup \xff\xfe pijn \xc3lies");
    const QString html = Document::parse(QByteArrayView(bytes)).toHtml();
    CHECK(html == QStringLiteral("<p>heup \uFFFD\uFFFD pijn \uFFFDlies</p>\n"));
    CHECK(html.toUtf8() == QString::fromUtf8(html.toUtf8()).toUtf8()); // valid UTF-8 throughout
}

TEST_CASE("Strikethrough and autolinks from the GFM extensions work", "[markdown]")
{
    CHECK(toHtml(u"~~oud~~") == QStringLiteral("<p><del>oud</del></p>\n"));
    CHECK(toHtml(u"Zie https://www.thuisarts.nl voor meer.") ==
          QStringLiteral("<p>Zie <a href=\"https://www.thuisarts.nl\">https://www.thuisarts.nl</a> voor meer.</p>\n"));
}

TEST_CASE("Task list items render as checkboxes", "[markdown]")
{
    const QString html = toHtml(u"- [x] gedaan\n- [ ] nog doen\n");
    CHECK(html.contains(QStringLiteral("checked=\"\"")));
    CHECK(html.contains(QStringLiteral("nog doen")));
}
