#pragma once

#include <QStringList>

class QTextStream;

namespace heupwijzer::contentc {

// `heupwijzer-contentc stats FILE.db [--json]`: counts and, per article and chapter, the Flesch-Douma score
// and average sentence length.
int runStats(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace heupwijzer::contentc
