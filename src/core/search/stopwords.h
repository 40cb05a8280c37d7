#pragma once

#include <QStringView>

namespace heupwijzer::core::search {

// Dutch function words that say nothing about what someone looks for ("pijn in mijn bil": only pijn and bil count).
// Input: a folded word (textfold.h).
bool isStopWord(QStringView foldedWord);

} // namespace heupwijzer::core::search
