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

QString StartPage::html(const core::ContentStore &store)
{
    QString out = QStringLiteral("<h1>%1</h1><p class=\"lead\">%2</p>")
                      .arg(tr("Welcome to Heupwijzer"),
                           tr("Clear information about pain in your hip, groin and buttock, in plain words."));

    out += QStringLiteral("<h2>%1</h2><p>%2</p>")
               .arg(tr("Where does it hurt?"), tr("Choose the place. You will see the chapters that fit."));
    out += QStringLiteral("<table class=\"regions\" width=\"100%\" cellspacing=\"12\" cellpadding=\"14\">");
    const QStringList keys = regionKeys();
    for (int i = 0; i < keys.size(); ++i) {
        const int count = chapterCount(store, keys[i]);
        if (i % 2 == 0)
            out += QStringLiteral("<tr>");
        out += QStringLiteral("<td width=\"50%\"><b>%1</b><br/>%2</td>")
                   .arg(link(links::region(keys[i]), regionLabel(keys[i])), tr("%n chapter(s)", nullptr, count));
        if (i % 2 == 1 || i == keys.size() - 1)
            out += QStringLiteral("</tr>");
    }
    out += QStringLiteral("</table>");

    out += QStringLiteral("<h2>%1</h2>").arg(tr("Topics"));
    for (const core::ArticleInfo &article : store.library()) {
        out += QStringLiteral("<h3>%1</h3><p class=\"summary\">%2</p>")
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
