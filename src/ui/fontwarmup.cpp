#include "ui/fontwarmup.h"

#include <QFontDatabase>
#include <QStringList>

#include <fontconfig/fontconfig.h>

namespace heupwijzer::ui {

FontDatabaseWarmUp::FontDatabaseWarmUp()
    : m_thread([this] {
          // False only when fontconfig finds no configuration at all: Qt asks again when it fills its
          // database, and reports that itself, so there is nothing to add here.
          static_cast<void>(FcInit());
          m_go.acquire();
          if (m_fillQtDatabase)
              static_cast<void>(QFontDatabase::families()); // fills the whole database; the list is not needed
      })
{}

FontDatabaseWarmUp::~FontDatabaseWarmUp()
{
    wait();
}

void FontDatabaseWarmUp::applicationReady()
{
    release(true);
}

void FontDatabaseWarmUp::wait()
{
    release(false); // without a QApplication there is no Qt font database to fill
    if (m_thread.joinable())
        m_thread.join();
}

void FontDatabaseWarmUp::release(bool fillQtDatabase)
{
    if (m_released)
        return;
    m_released = true;
    m_fillQtDatabase = fillQtDatabase;
    m_go.release();
}

} // namespace heupwijzer::ui
