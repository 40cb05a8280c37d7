#pragma once

#include <QStringView>

namespace heupwijzer::core::search {

// Damerau-Levenshtein distance (optimal string alignment: insert, delete, substitute, swap two neighbours), which
// counts the usual typing slips once each: heub/heup, artorse/artrose, iliopsaos/iliopsoas.
// Stops early and returns limit + 1 as soon as the distance must exceed limit.
int editDistance(QStringView a, QStringView b, int limit);

} // namespace heupwijzer::core::search
