#pragma once

#include "core/store/contentstore.h"

#include <QByteArray>
#include <QStringList>

#include <memory>

// Content for the handout tests, beyond the shared FixtureContent: what a handout needs to show its layout.
//   - chapter "alarmsignalen" (article "hulp") with a red-flag box whose items are kRedFlagItem and others;
//   - chapter "oefeningen" (article "thuis") with sections "rustig-beginnen" and "opbouwen";
//   - chapter "lang" (article "thuis"): 90 numbered paragraphs under headings, several pages long;
//   - five exercises with a picture, six steps each, and a "Stop als" sentence naming the exercise.
// withRedFlagChapter = false leaves out the "alarmsignalen" chapter, so the handout falls back to its summary.
struct HandoutFixture {
    explicit HandoutFixture(bool withRedFlagChapter = true);

    static const QString kRedFlagItem;
    // The exercise ids and titles, in the content's order.
    static const QStringList kExerciseIds;
    static QString exerciseTitle(const QString &id);
    static QString stopIf(const QString &id);

    QByteArray image; // declared first: the store reads these bytes in place
    std::unique_ptr<heupwijzer::core::ContentStore> store;
};
