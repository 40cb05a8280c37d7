#include "core/content/contentset.h"

namespace heupwijzer::core::content {

QDate ContentSet::newestReviewed() const
{
    QDate newest;
    for (const Article &article : articles) {
        if (article.reviewed.isValid() && (!newest.isValid() || article.reviewed > newest))
            newest = article.reviewed;
    }
    return newest;
}

} // namespace heupwijzer::core::content
