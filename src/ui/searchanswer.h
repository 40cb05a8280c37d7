#pragma once

#include "core/search/searchengine.h"

#include <QMetaType>
#include <QString>

namespace heupwijzer::ui {

// One search as typed: the text and the body-region filter, numbered so that an answer to an older request
// can be recognised and dropped.
struct SearchRequest {
    quint64 generation = 0;
    QString text;
    QString region; // empty: every region
};

// What the search thread found for one request; `error` is set instead when the search failed.
struct SearchAnswer {
    SearchRequest request;
    core::search::SearchResults results;
    QString error;
};

} // namespace heupwijzer::ui

Q_DECLARE_METATYPE(heupwijzer::ui::SearchAnswer)
