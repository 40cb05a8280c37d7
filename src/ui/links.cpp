#include "ui/links.h"

#include "core/store/contentstore.h"

namespace heupwijzer::ui::links {

namespace {
QUrl make(const QString &scheme, const QString &path, const QString &fragment = {})
{
    QUrl url;
    url.setScheme(scheme);
    url.setPath(path);
    if (!fragment.isEmpty())
        url.setFragment(fragment);
    return url;
}
} // namespace

LinkKind kindOf(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme == u"start")
        return LinkKind::Start;
    if (scheme == u"regio")
        return LinkKind::Region;
    if (scheme == u"chapter")
        return LinkKind::Chapter;
    if (scheme == u"oefening")
        return LinkKind::Exercise;
    if (scheme == u"begrip")
        return LinkKind::Term;
    if (scheme == u"image")
        return LinkKind::Image;
    if (scheme == u"https" || scheme == u"http" || scheme == u"mailto")
        return LinkKind::External;
    return LinkKind::Unknown;
}

QUrl start()
{
    return make(QStringLiteral("start"), QStringLiteral("overzicht"));
}

QUrl region(const QString &regionKey)
{
    return make(QStringLiteral("regio"), regionKey);
}

QUrl chapter(const QString &chapterId, const QString &anchor)
{
    return make(QStringLiteral("chapter"), chapterId, anchor);
}

QUrl exercise(const QString &exerciseId)
{
    return make(QStringLiteral("oefening"), exerciseId);
}

QUrl term(const QString &termId)
{
    return make(QStringLiteral("begrip"), termId);
}

QString target(const QUrl &url)
{
    return url.path();
}

QUrl canonical(const core::ContentStore &store, const QUrl &url)
{
    if (kindOf(url) != LinkKind::Chapter || store.chapter(target(url)) != nullptr)
        return url;
    const core::ArticleInfo *article = store.article(target(url));
    if (article == nullptr || article->chapters.isEmpty())
        return url;
    return chapter(article->chapters.first().id, url.fragment());
}

const core::ChapterInfo *neighbourChapter(const core::ContentStore &store, const QUrl &url, int direction)
{
    const QList<const core::ChapterInfo *> order = store.chaptersInOrder();
    if (kindOf(url) != LinkKind::Chapter)
        return direction > 0 && !order.isEmpty() ? order.first() : nullptr;
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (order[i]->id == target(url)) {
            const qsizetype neighbour = i + direction;
            return neighbour >= 0 && neighbour < order.size() ? order[neighbour] : nullptr;
        }
    }
    return nullptr;
}

} // namespace heupwijzer::ui::links
