#include "ui/fontwarmup.h"

#include <QFontDatabase>
#include <QStringList>

namespace heupwijzer::ui {

// families() makes the platform fill the whole database; the list it returns is not needed.
FontDatabaseWarmUp::FontDatabaseWarmUp() : m_thread([] { static_cast<void>(QFontDatabase::families()); }) {}

} // namespace heupwijzer::ui
