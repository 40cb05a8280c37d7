#include "core/search/searchquery.h"

namespace heupwijzer::core::search {

namespace {

struct Phrase {
    QString text;
    bool prefix = false;
    bool operator==(const Phrase &other) const { return text == other.text && prefix == other.prefix; }
};

// Distinct phrases in first-seen order, each with the concepts it stands for (the best weight per target).
QList<std::pair<Phrase, QList<RankPlan::Meaning>>> groupPhrases(const QList<SearchQuery::Concept> &concepts)
{
    QList<std::pair<Phrase, QList<RankPlan::Meaning>>> grouped;
    for (qsizetype c = 0; c < concepts.size(); ++c) {
        for (const SearchQuery::Alternative &alternative : concepts[c].alternatives) {
            const Phrase phrase{alternative.phrase, alternative.prefix};
            auto it =
                std::find_if(grouped.begin(), grouped.end(), [&](const auto &entry) { return entry.first == phrase; });
            if (it == grouped.end()) {
                grouped.append({phrase, {}});
                it = std::prev(grouped.end());
            }
            auto meaning = std::find_if(it->second.begin(), it->second.end(),
                                        [&](const RankPlan::Meaning &m) { return m.conceptIndex == c; });
            if (meaning == it->second.end())
                it->second.append({static_cast<int>(c), alternative.weight});
            else
                meaning->weight = std::max(meaning->weight, alternative.weight);
        }
    }
    return grouped;
}

} // namespace

QString SearchQuery::matchExpression() const
{
    QStringList parts;
    for (const auto &[phrase, meanings] : groupPhrases(concepts)) {
        // A phrase holds only letters, digits and marks (textfold.h), so quoting it is enough: AND, NEAR( or
        // a lone * inside quotes are plain words to FTS5.
        parts.append(u'"' + phrase.text + u'"' + (phrase.prefix ? QStringLiteral("*") : QString()));
    }
    return parts.join(QStringLiteral(" OR "));
}

RankPlan SearchQuery::rankPlan() const
{
    RankPlan plan;
    plan.conceptCount = static_cast<int>(concepts.size());
    for (const auto &[phrase, meanings] : groupPhrases(concepts))
        plan.phrases.append(meanings);
    return plan;
}

} // namespace heupwijzer::core::search
