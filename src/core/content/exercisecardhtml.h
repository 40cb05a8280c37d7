#pragma once

#include "core/store/exercise.h"

#include <QDate>

#include <QString>

namespace heupwijzer::core::content {

enum class CardTitle {
    Heading, // inside a chapter: the card carries its own <h3> title
    Omitted, // on a page of its own, whose <h1> already names the exercise
};

// An exercise card, as a ```oefening block shows it in a chapter and an oefening: link on a page of its own:
// title, picture, goal, start position, numbered steps, the dosage table and when to stop. A single-cell table,
// because QTextBrowser draws no borders or backgrounds on <div>.
QString exerciseCardHtml(const Exercise &card, CardTitle title = CardTitle::Heading);

// "Gecontroleerd op 21 november 2026": Dutch month names without depending on the system locale.
QString dutchDate(const QDate &date);

} // namespace heupwijzer::core::content
