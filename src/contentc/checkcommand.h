#pragma once

#include <QStringList>

class QTextStream;

namespace heupwijzer::contentc {

// `heupwijzer-contentc check CONTENT_DIR [--min-flesch N]`: every check, nothing written. Exit 0 when there
// are no errors (warnings allowed), 1 with errors.
int runCheck(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace heupwijzer::contentc
