#include "ui/startpage.h"

#include "core/store/contentstore.h"
#include "ui/links.h"

#include <QLocale>

namespace heupwijzer::ui {

namespace {

QString link(const QUrl &url, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toString().toHtmlEscaped(), text.toHtmlEscaped());
}

int chapterCount(const core::ContentStore &store, const QString &regionKey)
{
    int count = 0;
    for (const core::ChapterInfo *chapter : store.chaptersInOrder())
        count += chapter->regions.contains(regionKey) ? 1 : 0;
    return count;
}

} // namespace

QStringList StartPage::regionKeys()
{
    return {QStringLiteral("lies"), QStringLiteral("zijkant"), QStringLiteral("bil"), QStringLiteral("onderrug")};
}

QString StartPage::regionLabel(const QString &regionKey)
{
    if (regionKey == u"lies")
        return tr("Groin or front of the hip");
    if (regionKey == u"zijkant")
        return tr("Side of the hip");
    if (regionKey == u"bil")
        return tr("Buttock");
    if (regionKey == u"onderrug")
        return tr("Lower back");
    return regionKey;
}

// Light on purpose: this is the first thing drawn at start-up, and every other font size or weight costs a font
// to load and glyphs to shape and draw before anything appears (README "Performance"). So the page uses two
// heading sizes and the body font, plain and bold. The headings are a step smaller than in a chapter and there is
// one region per row, so that even at 300 % in a 1024 px window every word fits its line: "Heupwijzer" at the
// chapters' title size is wider than the column there, and Qt would break it in the middle.
QString StartPage::html(const core::ContentStore &store)
{
    QString out = QStringLiteral("<h1 style=\"font-size: x-large\">%1</h1><p>%2</p>")
                      .arg(tr("Welcome to Heupwijzer"),
                           tr("Clear information about pain in your hip, groin and buttock, in plain words."));

    out += QStringLiteral("<h2 style=\"font-size: large\">%1</h2><p>%2</p>")
               .arg(tr("Where does it hurt?"), tr("Choose the place. You will see the chapters that fit."));
    out += QStringLiteral("<table class=\"regions\" width=\"100%\" cellspacing=\"8\" cellpadding=\"10\">");
    for (const QString &key : regionKeys()) {
        out += QStringLiteral("<tr><td><b>%1</b> \u2013 %2</td></tr>")
                   .arg(link(links::region(key), regionLabel(key)),
                        tr("%n chapter(s)", nullptr, chapterCount(store, key)));
    }
    out += QStringLiteral("</table>");

    out += QStringLiteral("<h2 style=\"font-size: large\">%1</h2>").arg(tr("Topics"));
    for (const core::ArticleInfo &article : store.library()) {
        out += QStringLiteral("<p class=\"summary\"><b>%1</b><br/>%2</p>")
                   .arg(link(links::chapter(article.id), article.title), article.summary.toHtmlEscaped());
    }
    const core::ContentMeta &meta = store.meta();
    if (meta.newestReviewed.isValid()) {
        out += QStringLiteral("<hr/><p class=\"reviewed\">%1</p>")
                   .arg(tr("Texts checked on %1.")
                            .arg(QLocale(QLocale::Dutch).toString(meta.newestReviewed, QStringLiteral("d MMMM yyyy"))));
    }
    return out;
}

QString StartPage::regionHtml(const core::ContentStore &store, const QString &regionKey)
{
    QString causes;
    QString more;
    for (const core::ChapterInfo *chapter : store.chaptersInOrder()) {
        if (!chapter->regions.contains(regionKey))
            continue;
        const core::ArticleInfo *article = store.article(chapter->articleId);
        const QString item =
            QStringLiteral("<li>%1<br/><span class=\"in-article\">%2</span></li>")
                .arg(link(links::chapter(chapter->id), chapter->title),
                     tr("in: %1").arg(article != nullptr ? article->title : QString()).toHtmlEscaped());
        (chapter->isCondition ? causes : more) += item;
    }
    QString out = QStringLiteral("<h1>%1</h1>").arg(tr("Pain: %1").arg(regionLabel(regionKey)).toHtmlEscaped());
    if (causes.isEmpty() && more.isEmpty())
        out += QStringLiteral("<p>%1</p>").arg(tr("There are no chapters about this place yet."));
    if (!causes.isEmpty())
        out += QStringLiteral("<h2>%1</h2><ul>%2</ul>").arg(tr("What could it be?"), causes);
    if (!more.isEmpty())
        out += QStringLiteral("<h2>%1</h2><ul>%2</ul>").arg(tr("Read more"), more);
    out += QStringLiteral("<p>%1</p>").arg(link(links::start(), tr("Back to the start page")));
    return out;
}

} // namespace heupwijzer::ui
