#include "ui/handout/handouthtml.h"

#include "core/store/contentstore.h"

#include <QRegularExpression>

namespace heupwijzer::ui::handouthtml {

// The chapter HTML comes from the project's own compiler in a fixed shape (see the brief in content/README.md),
// so plain pattern matching on it is safe; it never sees HTML written by hand.
namespace {

constexpr QStringView kSourcesStart = u"<hr/>\n<p class=\"sources-title\">";

QString escapedLines(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>"));
}

// Replaces every match of `pattern` by what `replacement` makes of it.
template <typename Replacement>
QString replaceAll(const QString &html, const QRegularExpression &pattern, Replacement replacement)
{
    QString out;
    qsizetype done = 0;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(html)) {
        out += QStringView(html).mid(done, match.capturedStart() - done) % replacement(match);
        done = match.capturedEnd();
    }
    return out + QStringView(html).mid(done);
}

QString withoutSources(const QString &html)
{
    static const QRegularExpression sources(QStringLiteral("<hr/>\\s*<p class=\"sources-title\">.*?</ul>\\s*"),
                                            QRegularExpression::DotMatchesEverythingOption);
    return QString(html).remove(sources);
}

// Qt draws a table's border only when the table has a border attribute; the style sheet makes it solid black.
QString withBoxBorders(QString html)
{
    return html.replace(QStringLiteral("<table class=\"callout"), QStringLiteral("<table border=\"2\" class=\"callout"))
        .replace(QStringLiteral("<table class=\"exercise\""), QStringLiteral("<table border=\"2\" class=\"exercise\""));
}

QString dosageCells(const QString &label, const QString &value, bool wholeRow = false)
{
    const QString cell = wholeRow ? QStringLiteral("<td colspan=\"3\">") : QStringLiteral("<td width=\"28%\">");
    return u"<th width=\"22%\">" % label % u"</th>" % cell % value.toHtmlEscaped() % u"</td>";
}

// Four columns, so the dosage takes three rows instead of five and a card plus the red flags fit on a page.
QString dosageTable(const core::Exercise &exercise)
{
    return u"<table class=\"dosage\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\"><tr>" %
           dosageCells(QStringLiteral("Aanhouden"), exercise.hold) %
           dosageCells(QStringLiteral("Herhalingen"), exercise.repetitions) % u"</tr><tr>" %
           dosageCells(QStringLiteral("Sets"), exercise.sets) %
           dosageCells(QStringLiteral("Hoe vaak"), exercise.frequency) % u"</tr><tr>" %
           dosageCells(QStringLiteral("Stop als"), exercise.stopIf, true) % u"</tr></table>";
}

QString pictureAndStart(const core::Exercise &exercise, int pictureWidth)
{
    const QString start = u"<p><b>Doel:</b> " % exercise.goal.toHtmlEscaped() % u"</p><p><b>Beginhouding:</b> " %
                          exercise.start.toHtmlEscaped() % u"</p>";
    if (exercise.image.isEmpty())
        return start;
    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"" %
           QString::number(pictureWidth) % u"\" valign=\"top\"><img src=\"image:" % exercise.image.toHtmlEscaped() %
           u"\" width=\"" % QString::number(pictureWidth) % u"\" alt=\"" % exercise.alt.toHtmlEscaped() %
           u"\"/></td><td width=\"16\"></td><td valign=\"top\">" % start % u"</td></tr></table>";
}

} // namespace

QString withoutLinks(const QString &html)
{
    static const QRegularExpression external(QStringLiteral("<a class=\"external\" href=\"([^\"]*)\">(.*?)</a>"));
    static const QRegularExpression internal(QStringLiteral("<a [^>]*href=\"[^\"]*\"[^>]*>(.*?)</a>"));
    const QString flat = replaceAll(html, external, [](const QRegularExpressionMatch &link) {
        const QString text = link.captured(2);
        return text == link.captured(1) ? text : text % u" (" % link.captured(1) % u')';
    });
    return replaceAll(flat, internal, [](const QRegularExpressionMatch &link) { return link.captured(1); });
}

QString styleSheet()
{
    return QStringLiteral("h1 { font-size: 22pt; margin-top: 0px; margin-bottom: 10px; }"
                          "h2 { font-size: 17pt; margin-top: 14px; margin-bottom: 6px; }"
                          "h3 { font-size: 14.5pt; margin-top: 12px; margin-bottom: 4px; }"
                          "p { margin-top: 0px; margin-bottom: 8px; }"
                          "li { margin-bottom: 2px; }"
                          "a { color: #000000; text-decoration: none; }"
                          "table { border-color: #000000; border-style: solid; margin-top: 6px; }"
                          "th { text-align: left; }"
                          "p.callout-title, p.box-title { font-size: 15pt; font-weight: bold; }"
                          "p.redflags-title { font-size: 17pt; font-weight: bold; }"
                          "p.urgency { font-size: 14pt; margin-top: 6px; margin-bottom: 0px; }"
                          ".redflag-items { font-size: 12pt; }"
                          ".redflag-items li { margin-bottom: 1px; }"
                          "p.from-chapter, p.reviewed { font-style: italic; }");
}

QString opening(const QString &note)
{
    QString html = QStringLiteral("<h1>Oefenblad</h1>");
    if (!note.trimmed().isEmpty())
        html += u"<table class=\"note\" width=\"100%\" border=\"2\" cellspacing=\"0\" cellpadding=\"12\"><tr><td>"
                u"<p class=\"box-title\">Advies van je fysiotherapeut</p><p>" %
                escapedLines(note.trimmed()) % u"</p></td></tr></table>";
    return html;
}

QString exerciseCard(const core::Exercise &exercise, int number, int pictureWidth)
{
    QString steps;
    for (const QString &step : exercise.steps)
        steps += u"<li>" % step.toHtmlEscaped() % u"</li>";
    return u"<table class=\"exercise\" width=\"100%\" border=\"2\" cellspacing=\"0\" cellpadding=\"12\"><tr><td>"
           u"<h2>Oefening " %
           QString::number(number) % u": " % exercise.title.toHtmlEscaped() % u"</h2>" %
           pictureAndStart(exercise, pictureWidth) % u"<p><b>Zo doe je het:</b></p><ol>" % steps % u"</ol>" %
           dosageTable(exercise) % u"</td></tr></table>";
}

QString printableChapter(const QString &chapterHtml)
{
    return withBoxBorders(withoutLinks(withoutSources(chapterHtml)));
}

std::optional<QString> printableSection(const QString &chapterHtml, const QString &anchor, const QString &chapterTitle)
{
    const QString heading = u"<h2><a name=\"" % anchor.toHtmlEscaped() % u"\"></a>";
    const qsizetype start = chapterHtml.indexOf(heading);
    if (start < 0)
        return std::nullopt;
    qsizetype end = chapterHtml.indexOf(QStringLiteral("<h2"), start + heading.size());
    if (end < 0)
        end = chapterHtml.indexOf(kSourcesStart, start);
    const QString piece = chapterHtml.mid(start, end < 0 ? -1 : end - start);
    return u"<p class=\"from-chapter\">Uit het hoofdstuk: " % chapterTitle.toHtmlEscaped() % u"</p>" %
           printableChapter(piece);
}

} // namespace heupwijzer::ui::handouthtml
