#pragma once

#include "core/content/contentset.h"

#include <QString>

namespace heupwijzer::core::content {

// The card a ```oefening block shows in a chapter: title, picture, goal, start position, numbered steps, the
// dosage table and when to stop. A single-cell table, because QTextBrowser draws no borders or backgrounds on
// <div>.
QString exerciseCardHtml(const ExerciseCard &card);

// "Gecontroleerd op 21 november 2026": Dutch month names without depending on the system locale.
QString dutchDate(const QDate &date);

} // namespace heupwijzer::core::content
