#pragma once

#include <QStringList>

class QTextStream;

namespace heupwijzer::contentc {

// `heupwijzer-contentc search FILE.db QUERY [--limit N] [--json]`: the app's own search engine on a database.
int runSearch(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace heupwijzer::contentc
