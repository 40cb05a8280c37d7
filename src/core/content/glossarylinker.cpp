#include "core/content/glossarylinker.h"

#include "core/content/readability.h"

#include <algorithm>

namespace heupwijzer::core::content {

GlossaryLinker::GlossaryLinker(const QList<GlossaryTerm> &terms)
{
    for (const GlossaryTerm &term : terms) {
        const QList<QStringView> words = dutchWords(term.term);
        if (words.isEmpty())
            continue;
        m_byFirstWord[words.first().toString().toLower()].append(Candidate{term.id, term.term});
    }
    for (QList<Candidate> &candidates : m_byFirstWord) {
        // "trochanter major" must win over a plain "trochanter" at the same place.
        std::stable_sort(candidates.begin(), candidates.end(),
                         [](const Candidate &a, const Candidate &b) { return a.term.size() > b.term.size(); });
    }
}

void GlossaryLinker::startChapter()
{
    m_used.clear();
}

void GlossaryLinker::markUsed(const QString &termId)
{
    if (!m_used.contains(termId))
        m_used.append(termId);
}

qsizetype GlossaryLinker::matchAt(const QString &text, qsizetype position, const Candidate &candidate) const
{
    const qsizetype length = candidate.term.size();
    if (QStringView(text).sliced(position).startsWith(candidate.term, Qt::CaseInsensitive)) {
        const qsizetype end = position + length;
        const bool wordEnds = end == text.size() || !text.at(end).isLetterOrNumber();
        const bool joined = end + 1 < text.size() && (text.at(end) == u'-' || text.at(end) == u'\'') &&
                            text.at(end + 1).isLetterOrNumber();
        if (wordEnds && !joined)
            return length;
    }
    return 0;
}

QList<GlossaryLinker::Piece> GlossaryLinker::link(const QString &text)
{
    QList<Piece> pieces;
    qsizetype plainStart = 0;
    for (QStringView word : dutchWords(text)) {
        const auto candidates = m_byFirstWord.constFind(word.toString().toLower());
        if (candidates == m_byFirstWord.cend())
            continue;
        const qsizetype position = word.data() - text.constData();
        if (position < plainStart)
            continue; // inside a multi-word term linked just before
        for (const Candidate &candidate : *candidates) {
            if (m_used.contains(candidate.id))
                continue;
            const qsizetype length = matchAt(text, position, candidate);
            if (length == 0)
                continue;
            if (position > plainStart)
                pieces.append(Piece{text.mid(plainStart, position - plainStart), {}});
            pieces.append(Piece{text.mid(position, length), candidate.id});
            m_used.append(candidate.id);
            plainStart = position + length;
            break;
        }
    }
    if (plainStart < text.size())
        pieces.append(Piece{text.mid(plainStart), {}});
    return pieces;
}

} // namespace heupwijzer::core::content
