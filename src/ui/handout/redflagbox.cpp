#include "ui/handout/redflagbox.h"

#include "ui/handout/handouthtml.h"

#include <QRegularExpression>
#include <QStringList>

#include <vector>

namespace heupwijzer::ui::redflagbox {

// The box HTML comes from the project's own compiler in a fixed shape: a single-cell table holding a title
// paragraph, then per urgency a <p class="urgency …"> heading and a <ul> of items.
namespace {

constexpr QStringView kCautionStart = u"<table class=\"callout caution\"";
// Every paragraph or item costs about this many characters of height beyond its text: its own line end.
constexpr qsizetype kPieceOverhead = 30;

struct Piece {
    QString html;
    bool isItem = false;
    int heading = -1; // index in the piece list of the urgency heading it falls under; -1 before any
};

// The end of the table that starts at `start`, counting nested tables; -1 when it is not closed.
qsizetype tableEnd(const QString &html, qsizetype start)
{
    int depth = 0;
    static const QRegularExpression tag(QStringLiteral("<(/?)table\\b"));
    for (const QRegularExpressionMatch &match : tag.globalMatch(html, start)) {
        depth += match.capturedLength(1) == 0 ? 1 : -1;
        if (depth == 0)
            return html.indexOf(u'>', match.capturedEnd()) + 1;
    }
    return -1;
}

QString fallback()
{
    return QStringLiteral(
        "<p class=\"urgency\"><b>Bel 112</b></p><ul><li>Je bent gevallen. Je kunt niet staan of lopen.</li></ul>"
        "<p class=\"urgency\"><b>Bel meteen de huisarts of huisartsenpost</b></p><ul>"
        "<li>Je hebt koorts en je heup is dik, warm en erg pijnlijk.</li>"
        "<li>Je hebt een harde, pijnlijke bult in je lies. Je kunt hem niet terugduwen.</li>"
        "<li>Je voelt minder tussen je benen, of je kunt ineens slecht plassen.</li></ul>"
        "<p class=\"urgency\"><b>Maak een afspraak</b></p><ul>"
        "<li>Je hebt 's nachts of in rust steeds pijn.</li>"
        "<li>De pijn is na 6 weken nog niet minder.</li></ul>");
}

std::vector<Piece> piecesOf(const QString &items)
{
    static const QRegularExpression piece(QStringLiteral("<p\\b.*?</p>|<li>.*?</li>"),
                                          QRegularExpression::DotMatchesEverythingOption);
    std::vector<Piece> out;
    int heading = -1;
    for (const QRegularExpressionMatch &match : piece.globalMatch(items)) {
        const QString html = match.captured();
        if (html.startsWith(QStringLiteral("<p class=\"urgency")))
            heading = static_cast<int>(out.size());
        out.push_back({html, html.startsWith(QStringLiteral("<li>")), heading});
    }
    return out;
}

qsizetype weight(const Piece &piece)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    return QString(piece.html).remove(tag).size() + kPieceOverhead;
}

// Pieces [from, to) as HTML; items in a row become one list. A column that starts inside a group repeats the
// group's heading, so every item keeps its instruction in view.
QString column(const std::vector<Piece> &pieces, std::size_t from, std::size_t to)
{
    QString out;
    if (from < to && pieces[from].isItem && pieces[from].heading >= 0)
        out += pieces[std::size_t(pieces[from].heading)].html;
    bool inList = false;
    for (std::size_t i = from; i < to; ++i) {
        if (pieces[i].isItem != inList)
            out += pieces[i].isItem ? QStringLiteral("<ul>") : QStringLiteral("</ul>");
        inList = pieces[i].isItem;
        out += pieces[i].html;
    }
    return inList ? out + QStringLiteral("</ul>") : out;
}

// Where the right column starts: the balance point, but never right after a heading.
std::size_t splitPoint(const std::vector<Piece> &pieces)
{
    qsizetype total = 0;
    for (const Piece &piece : pieces)
        total += weight(piece);
    std::size_t best = pieces.size();
    qsizetype bestDifference = total;
    qsizetype left = 0;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        const bool afterHeading = i > 0 && pieces[i - 1].heading == static_cast<int>(i - 1);
        if (i > 0 && !afterHeading && qAbs(total - 2 * left) < bestDifference) {
            best = i;
            bestDifference = qAbs(total - 2 * left);
        }
        left += weight(pieces[i]);
    }
    return best;
}

QString inTwoColumns(const QString &items)
{
    const std::vector<Piece> pieces = piecesOf(items);
    const std::size_t split = splitPoint(pieces);
    if (split >= pieces.size())
        return items;
    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"48%\" valign=\"top\">" %
           column(pieces, 0, split) % u"</td><td width=\"4%\"></td><td width=\"48%\" valign=\"top\">" %
           column(pieces, split, pieces.size()) % u"</td></tr></table>";
}

} // namespace

std::optional<QString> cautionContent(const QString &chapterHtml)
{
    const qsizetype start = chapterHtml.indexOf(kCautionStart);
    const qsizetype end = start < 0 ? -1 : tableEnd(chapterHtml, start);
    if (end < 0)
        return std::nullopt;
    const QString table = chapterHtml.mid(start, end - start);
    const qsizetype cellStart = table.indexOf(QStringLiteral("<td>")) + 4;
    const qsizetype cellEnd = table.lastIndexOf(QStringLiteral("</td>"));
    if (cellStart < 4 || cellEnd < cellStart)
        return std::nullopt;
    static const QRegularExpression boxTitle(QStringLiteral("<p class=\"callout-title\">.*?</p>\\s*"));
    return handouthtml::withoutLinks(table.mid(cellStart, cellEnd - cellStart).remove(boxTitle));
}

QString title()
{
    return QStringLiteral("Alarmsignalen: wanneer bel je?");
}

QString html(const std::optional<QString> &content, bool twoColumns)
{
    const QString items = content.value_or(fallback());
    return u"<table class=\"redflags\" width=\"100%\" border=\"3\" cellspacing=\"0\" cellpadding=\"10\"><tr><td>"
           u"<p class=\"redflags-title\">" %
           title() % u"</p><p>Herken je iets? Doe dan wat het kopje erboven zegt.</p>" %
           u"<div class=\"redflag-items\">" % (twoColumns ? inTwoColumns(items) : items) % u"</div></td></tr></table>";
}

} // namespace heupwijzer::ui::redflagbox
