#include "core/search/searchquery.h"

namespace heupwijzer::core::search {

QList<SearchQuery::Phrase> SearchQuery::phrases() const
{
    // Distinct phrases in first-seen order, each with the concepts it stands for (the best weight per concept).
    QList<Phrase> grouped;
    for (qsizetype c = 0; c < concepts.size(); ++c) {
        for (const Alternative &alternative : concepts[c].alternatives) {
            auto it = std::find_if(grouped.begin(), grouped.end(), [&](const Phrase &phrase) {
                return phrase.text == alternative.phrase && phrase.prefix == alternative.prefix;
            });
            if (it == grouped.end()) {
                grouped.append({alternative.phrase, alternative.prefix, {}});
                it = std::prev(grouped.end());
            }
            auto meaning = std::find_if(it->meanings.begin(), it->meanings.end(),
                                        [&](const RankPlan::Meaning &m) { return m.conceptIndex == c; });
            if (meaning == it->meanings.end())
                it->meanings.append({static_cast<int>(c), alternative.weight});
            else
                meaning->weight = std::max(meaning->weight, alternative.weight);
        }
    }
    return grouped;
}

QString SearchQuery::matchExpression(const QList<Phrase> &phrases)
{
    QStringList parts;
    for (const Phrase &phrase : phrases) {
        // A phrase holds only letters, digits and marks (textfold.h), so quoting it is enough: AND, NEAR( or
        // a lone * inside quotes are plain words to FTS5.
        parts.append(u'"' + phrase.text + u'"' + (phrase.prefix ? QStringLiteral("*") : QString()));
    }
    return parts.join(QStringLiteral(" OR "));
}

RankPlan SearchQuery::rankPlan(const QList<Phrase> &phrases) const
{
    RankPlan plan;
    plan.conceptCount = static_cast<int>(concepts.size());
    for (const Phrase &phrase : phrases)
        plan.phrases.append(phrase.meanings);
    return plan;
}

} // namespace heupwijzer::core::search
