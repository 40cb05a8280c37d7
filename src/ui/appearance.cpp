#include "ui/appearance.h"

#include "ui/a11y/focusstyle.h"
#include "ui/icons.h"
#include "ui/readerview.h"
#include "ui/settings.h"
#include "ui/theme.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QLabel>
#include <QToolTip>

namespace heupwijzer::ui {

// The words here keep the window's translation context (QCoreApplication::translate with the window's class),
// where their Dutch is: they were the window's before this class took them over.

Appearance::Appearance(Settings &settings, ReaderView &reader, QWidget *window)
    : QObject(window), m_settings(settings), m_reader(reader)
{
    createZoomActions(window);
    createThemeActions();
    connect(&m_reader, &ReaderView::zoomStepsRequested, this, &Appearance::zoomBy);
}

void Appearance::createZoomActions(QWidget *window)
{
    m_zoomIn = new QAction(QCoreApplication::translate("heupwijzer::ui::MainWindow", "Zoom &in"), this);
    m_zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(m_zoomIn, &QAction::triggered, this, [this] { zoomBy(+1); });
    m_zoomOut = new QAction(QCoreApplication::translate("heupwijzer::ui::MainWindow", "Zoom &out"), this);
    m_zoomOut->setShortcuts(QKeySequence::keyBindings(QKeySequence::ZoomOut));
    connect(m_zoomOut, &QAction::triggered, this, [this] { zoomBy(-1); });
    m_zoomReset = new QAction(QCoreApplication::translate("heupwijzer::ui::MainWindow", "&Normal size"), this);
    m_zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_zoomReset, &QAction::triggered, this, [this] { m_settings.setZoomPercent(Settings::kDefaultZoom); });
    m_zoomLabel = new QLabel(window);
}

void Appearance::createThemeActions()
{
    m_themes = new QActionGroup(this);
    const std::pair<ThemeChoice, QString> themes[] = {
        {ThemeChoice::System, QCoreApplication::translate("heupwijzer::ui::MainWindow", "Like the &system")},
        {ThemeChoice::Light, QCoreApplication::translate("heupwijzer::ui::MainWindow", "&Light")},
        {ThemeChoice::Dark, QCoreApplication::translate("heupwijzer::ui::MainWindow", "&Dark")},
        {ThemeChoice::HighContrast, QCoreApplication::translate("heupwijzer::ui::MainWindow", "&High contrast")}};
    for (const auto &[choice, label] : themes) {
        QAction *action = m_themes->addAction(label);
        action->setCheckable(true);
        action->setData(int(choice));
        connect(action, &QAction::triggered, this, [this, choice = choice] { m_settings.setTheme(choice); });
    }
}

QList<QAction *> Appearance::themeActions() const
{
    return m_themes->actions();
}

void Appearance::addTintedIcon(QAction *action, const char *iconName)
{
    m_tintedIcons.append({action, iconName});
}

void Appearance::applySettings()
{
    connect(&m_settings, &Settings::zoomChanged, this, &Appearance::applyZoom, Qt::UniqueConnection);
    connect(&m_settings, &Settings::themeChanged, this, &Appearance::applyTheme, Qt::UniqueConnection);
    applyTheme(m_settings.theme());
    applyZoom(m_settings.zoomPercent());
}

void Appearance::zoomBy(int steps)
{
    m_settings.setZoomPercent(Settings::steppedZoom(m_settings.zoomPercent(), steps));
}

void Appearance::applyZoom(int percent)
{
    m_reader.setZoomPercent(percent);
    m_zoomLabel->setText(QCoreApplication::translate("heupwijzer::ui::MainWindow", "Text size %1 %").arg(percent));
    m_zoomIn->setEnabled(percent < Settings::kMaximumZoom);
    m_zoomOut->setEnabled(percent > Settings::kMinimumZoom);
    Q_EMIT zoomApplied(percent);
}

void Appearance::applyTheme(ThemeChoice choice)
{
    const Theme theme = Theme::forChoice(choice);
    FocusFrameStyle::install(theme.thickFocusFrames()); // first: a new style would bring its own palette
    QApplication::setPalette(theme.palette());
    QToolTip::setPalette(theme.palette());
    m_reader.setReaderStyleSheet(theme.readerStyleSheet());
    for (QAction *action : m_themes->actions())
        action->setChecked(action->data().toInt() == int(choice));
    const QColor iconColour = theme.palette().color(QPalette::ButtonText);
    for (const auto &[action, name] : std::as_const(m_tintedIcons))
        action->setIcon(tintedIcon(QLatin1StringView(name), iconColour));
}

} // namespace heupwijzer::ui
