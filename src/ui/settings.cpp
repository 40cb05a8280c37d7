#include "ui/settings.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <iterator>

namespace heupwijzer::ui {

namespace {
const QString kZoomKey = QStringLiteral("reader/zoom");
const QString kThemeKey = QStringLiteral("reader/theme");
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kPracticeModeKey = QStringLiteral("praktijk/enabled");
const QString kPracticeIdleMinutesKey = QStringLiteral("praktijk/idleMinutes");
constexpr int kDefaultPracticeIdleMinutes = 3;
// Small steps near 100 %, bigger ones further out, as in web browsers.
constexpr int kZoomLevels[] = {50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300};
} // namespace

int Settings::steppedZoom(int current, int steps)
{
    int zoom = current;
    for (; steps > 0; --steps) {
        const int *next = std::upper_bound(std::begin(kZoomLevels), std::end(kZoomLevels), zoom);
        zoom = next != std::end(kZoomLevels) ? *next : kMaximumZoom;
    }
    for (; steps < 0; ++steps) {
        const int *atLeast = std::lower_bound(std::begin(kZoomLevels), std::end(kZoomLevels), zoom);
        zoom = atLeast != std::begin(kZoomLevels) ? *(atLeast - 1) : kMinimumZoom;
    }
    return zoom;
}

QString Settings::locate(const QString &programDir)
{
    const QDir dir(programDir);
    if (QFileInfo::exists(dir.filePath(QStringLiteral("heupwijzer.portable"))))
        return dir.filePath(QStringLiteral("heupwijzer.ini"));
    // INI everywhere (never the Windows registry): ~/.config/Heupwijzer/Heupwijzer.ini, %APPDATA%\Heupwijzer\…
    const QSettings standard(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Heupwijzer"),
                             QStringLiteral("Heupwijzer"));
    return standard.fileName();
}

Settings::Settings(const QString &iniPath, QObject *parent) : Settings(iniPath, Persistence::Disk, parent) {}

Settings::Settings(const QString &iniPath, Persistence persistence, QObject *parent)
    : QObject(parent), m_iniPath(iniPath), m_persistence(persistence),
      // A QSettings without a file name keeps everything in memory and never syncs to disk.
      m_settings(persistence == Persistence::Disk ? iniPath : QString(), QSettings::IniFormat)
{
    if (persistence == Persistence::Disk || !QFileInfo::exists(iniPath))
        return;
    const QSettings onDisk(iniPath, QSettings::IniFormat); // only read: an unchanged QSettings writes nothing
    for (const QString &key : onDisk.allKeys())
        m_settings.setValue(key, onDisk.value(key));
}

bool Settings::practiceMode() const
{
    return m_settings.value(kPracticeModeKey, false).toBool();
}

void Settings::setPracticeMode(bool enabled)
{
    m_settings.setValue(kPracticeModeKey, enabled);
    if (m_persistence == Persistence::InMemory) {
        QSettings onDisk(m_iniPath, QSettings::IniFormat);
        onDisk.setValue(kPracticeModeKey, enabled);
    }
}

int Settings::practiceIdleMinutes() const
{
    bool ok = false;
    const int minutes = m_settings.value(kPracticeIdleMinutesKey, kDefaultPracticeIdleMinutes).toInt(&ok);
    return ok && minutes > 0 ? minutes : kDefaultPracticeIdleMinutes;
}

int Settings::zoomPercent() const
{
    bool ok = false;
    const int stored = m_settings.value(kZoomKey, kDefaultZoom).toInt(&ok);
    return ok ? qBound(kMinimumZoom, stored, kMaximumZoom) : kDefaultZoom;
}

void Settings::setZoomPercent(int percent)
{
    const int bounded = qBound(kMinimumZoom, percent, kMaximumZoom);
    if (bounded == zoomPercent())
        return;
    m_settings.setValue(kZoomKey, bounded);
    Q_EMIT zoomChanged(bounded);
}

ThemeChoice Settings::theme() const
{
    return themeChoiceFromKey(m_settings.value(kThemeKey).toString());
}

void Settings::setTheme(ThemeChoice theme)
{
    if (theme == this->theme())
        return;
    m_settings.setValue(kThemeKey, themeChoiceKey(theme));
    Q_EMIT themeChanged(theme);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(kGeometryKey).toByteArray();
}

QByteArray Settings::windowState() const
{
    return m_settings.value(kStateKey).toByteArray();
}

void Settings::setWindowLayout(const QByteArray &geometry, const QByteArray &state)
{
    m_settings.setValue(kGeometryKey, geometry);
    m_settings.setValue(kStateKey, state);
}

void Settings::sync()
{
    if (m_persistence == Persistence::InMemory)
        return;
    m_settings.sync();
}

} // namespace heupwijzer::ui
