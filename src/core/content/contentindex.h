#pragma once

#include "core/content/contentset.h"
#include "core/content/diagnostic.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

namespace heupwijzer::core::content {

// Every name a text can refer to: article, chapter and exercise ids (one shared id space), section anchors,
// glossary ids and image names. Registering a taken id reports it.
class ContentIndex {
public:
    explicit ContentIndex(Diagnostics &diagnostics) : m_diagnostics(diagnostics) {}

    void addArticle(const Article &article, const QString &firstChapterId);
    void addChapter(const Chapter &chapter);
    void addExercise(const ExerciseCard &card);
    void addTerm(const GlossaryTerm &term);
    void addImage(const QString &name);

    // The chapter a link "#id" opens: the chapter itself, or an article's first chapter.
    std::optional<QString> chapterFor(const QString &id) const;
    bool hasAnchor(const QString &chapterId, const QString &anchor) const;
    const ExerciseCard *exercise(const QString &id) const { return m_exercises.value(id); }
    const GlossaryTerm *term(const QString &id) const { return m_terms.value(id); }
    bool hasImage(const QString &name) const { return m_images.contains(name); }

private:
    bool claimId(const QString &id, const SourceLocation &where);

    Diagnostics &m_diagnostics;
    QHash<QString, SourceLocation> m_ids;
    QHash<QString, QString> m_chapterOf; // article or chapter id → chapter id
    QHash<QString, QSet<QString>> m_anchors;
    QHash<QString, const ExerciseCard *> m_exercises;
    QHash<QString, const GlossaryTerm *> m_terms;
    QSet<QString> m_images;
};

} // namespace heupwijzer::core::content
