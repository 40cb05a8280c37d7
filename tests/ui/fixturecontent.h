#pragma once

#include "core/store/contentstore.h"

#include <QByteArray>

#include <memory>

// A small content database for the UI tests, independent of the real texts: two articles (a condition article
// about the groin with a red-flag box and an exercise card, an information article about the back), four
// chapters, a glossary of three terms, one exercise and one SVG picture, in the compiler's HTML conventions.
//
// Reading order:  heupbuiger, liespijn (article "heup-artikel"), onderrug, zitten (article "rug-artikel").
// Regions:        heupbuiger [lies], liespijn [lies, zijkant] (condition), onderrug [onderrug, bil], zitten [].
struct FixtureContent {
    FixtureContent();

    QByteArray image; // declared first: the store reads these bytes in place, so they must outlive it
    std::unique_ptr<heupwijzer::core::ContentStore> store;
};

// The serialized database on its own, e.g. to write it to a file for --content.
QByteArray buildFixtureImage();
