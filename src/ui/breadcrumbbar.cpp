#include "ui/breadcrumbbar.h"

#include "core/store/contentstore.h"
#include "ui/links.h"
#include "ui/startpage.h"

#include <QEvent>

namespace heupwijzer::ui {

QList<BreadcrumbBar::Crumb> BreadcrumbBar::trail(const core::ContentStore &store, const QUrl &url)
{
    QList<Crumb> crumbs{{tr("Start"), links::start()}};
    const QString id = links::target(url);
    switch (links::kindOf(url)) {
    case LinkKind::Region:
        crumbs.append({StartPage::regionLabel(id), links::region(id)});
        break;
    case LinkKind::Exercise:
        if (const core::Exercise *exercise = store.exercise(id))
            crumbs.append({tr("Exercise: %1").arg(exercise->title), links::exercise(id)});
        break;
    case LinkKind::Chapter:
        if (const core::ChapterInfo *chapter = store.chapter(id)) {
            const core::ArticleInfo *article = store.article(chapter->articleId);
            if (article != nullptr)
                crumbs.append({article->title, links::chapter(article->chapters.first().id)});
            crumbs.append({chapter->title, links::chapter(chapter->id)});
        }
        break;
    default:
        break;
    }
    return crumbs;
}

BreadcrumbBar::BreadcrumbBar(const core::ContentStore &store, QWidget *parent) : QLabel(parent), m_store(store)
{
    setObjectName(QStringLiteral("breadcrumb"));
    setAccessibleName(tr("You are here"));
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setWordWrap(true);
    setContentsMargins(12, 6, 12, 6);
    connect(this, &QLabel::linkActivated, this, [this](const QString &link) { Q_EMIT crumbActivated(QUrl(link)); });
}

void BreadcrumbBar::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    // The link colour is part of the text: a new theme needs the text made again.
    if (event->type() == QEvent::PaletteChange && !m_location.isEmpty())
        showLocation(m_location);
}

void BreadcrumbBar::showLocation(const QUrl &url)
{
    m_location = url;
    const QList<Crumb> crumbs = trail(m_store, url);
    // QLabel keeps the link colour of the palette it had when the text was first set; name it explicitly.
    const QString linkColour = palette().color(QPalette::Link).name();
    QStringList parts;
    for (qsizetype i = 0; i < crumbs.size(); ++i) {
        const QString title = crumbs[i].title.toHtmlEscaped();
        parts.append(i + 1 < crumbs.size() ? QStringLiteral("<a href=\"%1\" style=\"color: %2\">%3</a>")
                                                 .arg(crumbs[i].url.toString().toHtmlEscaped(), linkColour, title)
                                           : QStringLiteral("<b>%1</b>").arg(title));
    }
    setText(parts.join(QStringLiteral(" &#8250; ")));
}

} // namespace heupwijzer::ui
