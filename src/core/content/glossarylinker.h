#pragma once

#include "core/content/contentset.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace heupwijzer::core::content {

// Links the first use of each glossary term in a chapter to its definition, so a reader can hover or tab to
// it. A term matches as whole words, ignoring case ("Slijmbeurs" links slijmbeurs, "slijmbeursontsteking"
// does not). Terms the editor already linked by hand (begrip:…) are not linked again in that chapter.
class GlossaryLinker {
public:
    struct Piece {
        QString text;
        QString termId; // empty: plain text
    };

    explicit GlossaryLinker(const QList<GlossaryTerm> &terms);

    void startChapter();
    // Records a term as used in this chapter (a hand-made link), so it is not linked again.
    void markUsed(const QString &termId);
    // Cuts `text` into plain pieces and the first occurrences of not yet linked terms.
    QList<Piece> link(const QString &text);
    const QStringList &usedInChapter() const { return m_used; }

private:
    struct Candidate {
        QString id;
        QString term;
    };
    qsizetype matchAt(const QString &text, qsizetype position, const Candidate &candidate) const;

    QHash<QString, QList<Candidate>> m_byFirstWord; // lower-case first word → terms, longest first
    QStringList m_used;
};

} // namespace heupwijzer::core::content
