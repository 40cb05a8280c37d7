#pragma once

#include "ui/themechoice.h"

#include <QList>
#include <QObject>
#include <utility>

class QAction;
class QActionGroup;
class QLabel;
class QWidget;

namespace heupwijzer::ui {

class ReaderView;
class Settings;

// How the window looks: the zoom (50–300 %, Ctrl+plus/minus/0 and Ctrl+wheel) and the colours (like the system,
// light, dark, high contrast). The settings are the one truth: the actions only change them, and every change
// of the settings is applied here to the whole program (palette, focus frames, reading style, tinted icons).
class Appearance : public QObject {
    Q_OBJECT

public:
    Appearance(Settings &settings, ReaderView &reader, QWidget *window);

    QAction *zoomIn() const { return m_zoomIn; }
    QAction *zoomOut() const { return m_zoomOut; }
    QAction *zoomReset() const { return m_zoomReset; }
    QList<QAction *> themeActions() const;
    // "Text size 120 %", for the status bar.
    QLabel *zoomLabel() const { return m_zoomLabel; }

    // The action's icon is resources/icons/<name>.svg in the theme's button-text colour, redrawn on every change.
    void addTintedIcon(QAction *action, const char *iconName);
    // Applies the stored theme and zoom; afterwards every change of the settings is applied as it happens.
    void applySettings();

Q_SIGNALS:
    // For the parts of the window that follow the zoom besides the reading pane (the glossary).
    void zoomApplied(int percent);

private:
    void createZoomActions(QWidget *window);
    void createThemeActions();
    void zoomBy(int steps);
    void applyZoom(int percent);
    void applyTheme(ThemeChoice choice);

    Settings &m_settings;
    ReaderView &m_reader;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_zoomReset = nullptr;
    QActionGroup *m_themes = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QList<std::pair<QAction *, const char *>> m_tintedIcons;
};

} // namespace heupwijzer::ui
