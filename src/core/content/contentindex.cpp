#include "core/content/contentindex.h"

namespace heupwijzer::core::content {

bool ContentIndex::claimId(const QString &id, const SourceLocation &where)
{
    if (id.isEmpty())
        return false;
    if (const auto first = m_ids.constFind(id); first != m_ids.cend()) {
        m_diagnostics.error(
            where, QStringLiteral("duplicate id '%1': already used at %2:%3").arg(id, first->file).arg(first->line));
        return false;
    }
    m_ids.insert(id, where);
    return true;
}

void ContentIndex::addArticle(const Article &article, const QString &firstChapterId)
{
    if (claimId(article.id, article.where) && !firstChapterId.isEmpty())
        m_chapterOf.insert(article.id, firstChapterId);
}

void ContentIndex::addChapter(const Chapter &chapter)
{
    if (!claimId(chapter.id, chapter.where))
        return;
    m_chapterOf.insert(chapter.id, chapter.id);
    QSet<QString> &anchors = m_anchors[chapter.id];
    for (const Section &section : chapter.sections)
        anchors.insert(section.anchor);
}

void ContentIndex::addExercise(const ExerciseCard &card)
{
    if (claimId(card.id, card.where))
        m_exercises.insert(card.id, &card);
}

void ContentIndex::addTerm(const GlossaryTerm &term)
{
    m_terms.insert(term.id, &term);
}

void ContentIndex::addImage(const QString &name)
{
    m_images.insert(name);
}

std::optional<QString> ContentIndex::chapterFor(const QString &id) const
{
    const auto found = m_chapterOf.constFind(id);
    if (found == m_chapterOf.cend())
        return std::nullopt;
    return *found;
}

bool ContentIndex::hasAnchor(const QString &chapterId, const QString &anchor) const
{
    return m_anchors.value(chapterId).contains(anchor);
}

} // namespace heupwijzer::core::content
