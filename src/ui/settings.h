#pragma once

#include "ui/themechoice.h"

#include <QByteArray>
#include <QObject>
#include <QSettings>
#include <QUrl>

namespace heupwijzer::ui {

// Every user preference and piece of window state, typed, over one INI file. Setters emit a change signal only
// when the value really changes, so views can bind to them without loops.
class Settings : public QObject {
    Q_OBJECT

public:
    static constexpr int kMinimumZoom = 50;
    static constexpr int kMaximumZoom = 300;
    static constexpr int kDefaultZoom = 100;

    // The INI file to use for a program installed in programDir: beside the program when the marker file
    // `heupwijzer.portable` is there (a USB stick in the practice), otherwise the platform's standard place.
    static QString locate(const QString &programDir);

    // The zoom level `steps` steps up (positive) or down from `current`, on the browser-like ladder
    // 50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300.
    static int steppedZoom(int current, int steps);

    // Disk: changes are written to the INI file. InMemory (practice mode): the file's values are read once and
    // every change stays in memory, so nothing is ever written (not even a lock file or a folder).
    enum class Persistence { Disk, InMemory };

    explicit Settings(const QString &iniPath, QObject *parent = nullptr);
    Settings(const QString &iniPath, Persistence persistence, QObject *parent = nullptr);

    QString fileName() const { return m_settings.fileName(); }
    bool writesToDisk() const { return m_persistence == Persistence::Disk; }
    // For parts that keep their own keys (the handout's practice details); in memory in practice mode.
    QSettings &storage() { return m_settings; }

    // Practice mode: the reader on a shared screen in the practice (see PracticeMode).
    bool practiceMode() const;
    // Written to the file at once, also in memory mode: switching the mode is a deliberate act by the practice.
    void setPracticeMode(bool enabled);
    int practiceIdleMinutes() const; // praktijk/idleMinutes, default 3

    int zoomPercent() const;
    void setZoomPercent(int percent);

    ThemeChoice theme() const;
    void setTheme(ThemeChoice theme);

    // The last chapter and how far down it the reader was live in the user store (core/userdata), not here.

    QByteArray windowGeometry() const;
    QByteArray windowState() const; // dock and toolbar layout, including panel sizes
    void setWindowLayout(const QByteArray &geometry, const QByteArray &state);

    // Writes pending changes to disk now (they are also written when the object is destroyed).
    void sync();

Q_SIGNALS:
    void zoomChanged(int percent);
    void themeChanged(heupwijzer::ui::ThemeChoice theme);

private:
    QString m_iniPath;
    Persistence m_persistence = Persistence::Disk;
    QSettings m_settings;
};

} // namespace heupwijzer::ui
