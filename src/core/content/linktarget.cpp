#include "core/content/linktarget.h"

namespace heupwijzer::core::content {

LinkTarget LinkTarget::classify(const QString &url)
{
    LinkTarget target;
    target.url = url;
    if (url.startsWith(u'#') && url.size() > 1) {
        target.kind = Kind::Chapter;
        const qsizetype hash = url.indexOf(u'#', 1);
        target.id = hash < 0 ? url.mid(1) : url.mid(1, hash - 1);
        target.anchor = hash < 0 ? QString() : url.mid(hash + 1);
    } else if (url.startsWith(QStringLiteral("begrip:"))) {
        target.kind = Kind::Term;
        target.id = url.mid(7);
    } else if (url.startsWith(QStringLiteral("oefening:"))) {
        target.kind = Kind::Exercise;
        target.id = url.mid(9);
    } else if (url.startsWith(QStringLiteral("https://"), Qt::CaseInsensitive) && url.size() > 8) {
        target.kind = Kind::External;
    } else if (url.startsWith(QStringLiteral("http://"), Qt::CaseInsensitive)) {
        target.kind = Kind::Insecure;
    }
    return target;
}

} // namespace heupwijzer::core::content
