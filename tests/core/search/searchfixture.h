#pragma once

#include "core/result.h"

#include <QByteArray>

#include <memory>

namespace heupwijzer::core {
class Database;
}

namespace heupwijzer::tests {

// A small content database in memory, filled the way the compiler fills one (contentschema.h tables) and indexed
// with search::buildIndex: seven short chapters in plain Dutch and a glossary of four terms.
//   slijmbeurs-zijkant  "Pijn aan de zijkant van de heup"   (zijkant) slijmbeursontsteking, geïrriteerd, kussen
//   liesbreuk           "Liesbreuk: bult in de lies"        (lies)    bult, hoesten, liespijn
//   heupbuiger          "De heupbuiger (iliopsoas)"         (lies)    heupbuigers, rekken
//   artrose             "Heupartrose"                       (lies, bil) startpijn, kraakbeen, "&" and "<"
//   bil                 "Pijn in je bil"                    (bil, onderrug) onderrug, many stop words
//   oefeningen          "Oefeningen"                        ()        heuppijn, bruggetje
//   operaties           "Operaties"                         ()        liesbreuk four times, not in the title
// Glossary: bursitis (slijmbeursontsteking), iliopsoas (heupbuiger, psoas), heupartrose (slijtage, coxartrose),
// liesbreuk (bult in de lies).
// diaryChapters: that many chapters first, all alike ("Dagboek, dag N": "Mijn heup voelt vandaag anders…"), so the
// seven come after them in reading order: a large library where "heup" is in every chapter.
core::Result<std::unique_ptr<core::Database>> makeSearchFixture(int diaryChapters = 0);

// The database as one serialized image, as the app embeds it.
QByteArray serialize(core::Database &db);

} // namespace heupwijzer::tests
