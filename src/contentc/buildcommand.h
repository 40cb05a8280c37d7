#pragma once

#include <QStringList>

class QTextStream;

namespace heupwijzer::contentc {

// `heupwijzer-contentc build CONTENT_DIR -o FILE.db [--min-flesch N]`: all checks, then an atomic write.
int runBuild(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace heupwijzer::contentc
