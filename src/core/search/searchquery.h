#pragma once

#include "core/search/rankfunction.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace heupwijzer::core::search {

// What a person typed, turned into something FTS5 can only read as data: a list of concepts (one per meaningful
// word), each with the phrases that count as finding it.
struct SearchQuery {
    struct Alternative {
        QString phrase;      // folded words separated by single spaces: letters, digits and marks only
        bool prefix = false; // the last word of the phrase may continue ("heupb" → heupbuiger)
        double weight = 1;   // 1: the word itself; less for a synonym, a correction or a compound part
    };
    struct Concept {
        QString word; // folded, as typed
        QList<Alternative> alternatives;
    };

    // One distinct phrase of the MATCH expression, with the concepts it stands for.
    struct Phrase {
        QString text;
        bool prefix = false;
        QList<RankPlan::Meaning> meanings;
    };

    QList<Concept> concepts;
    QString didYouMean;     // the typed text with misspelt words corrected; empty when nothing was corrected
    QString glossaryTermId; // the text names this glossary term as a whole (term, lay or medical word)

    bool isEmpty() const { return concepts.isEmpty(); }

    // The distinct phrases of all concepts, in first-seen order.
    QList<Phrase> phrases() const;
    // Every distinct phrase quoted, joined with OR: never an FTS5 syntax error, whatever was typed.
    QString matchExpression() const { return matchExpression(phrases()); }
    static QString matchExpression(const QList<Phrase> &phrases);
    // Which concepts each phrase of matchExpression() stands for, in the same order.
    RankPlan rankPlan() const { return rankPlan(phrases()); }
    RankPlan rankPlan(const QList<Phrase> &phrases) const;
};

} // namespace heupwijzer::core::search
