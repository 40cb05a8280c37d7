#pragma once

#include <QList>
#include <QString>

namespace heupwijzer::ui {

// One thing the physiotherapist put on a handout: a whole chapter, one section of a chapter, or an exercise card.
struct HandoutItem {
    enum class Kind { Chapter, Section, Exercise };

    Kind kind = Kind::Chapter;
    QString id;     // chapter id (Chapter, Section) or exercise id (Exercise)
    QString anchor; // the section's anchor inside chapter `id`; empty otherwise
    QString title;  // what the list of chosen items shows

    // Unique per item and shaped like the reader's links, so it reads well in logs and test failures.
    QString key() const
    {
        switch (kind) {
        case Kind::Chapter:
            return QStringLiteral("chapter:") + id;
        case Kind::Section:
            return QStringLiteral("chapter:") + id + u'#' + anchor;
        case Kind::Exercise:
            return QStringLiteral("oefening:") + id;
        }
        return {};
    }

    friend bool operator==(const HandoutItem &, const HandoutItem &) = default;
};

using HandoutItems = QList<HandoutItem>;

} // namespace heupwijzer::ui
