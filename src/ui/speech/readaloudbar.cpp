#include "ui/speech/readaloudbar.h"

#include "ui/a11y/flowlayout.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

namespace heupwijzer::ui {

ReadAloudBar::ReadAloudBar(ReadAloud &readAloud, QWidget *parent) : QWidget(parent), m_readAloud(readAloud)
{
    setObjectName(QStringLiteral("readAloudBar"));
    setAccessibleName(tr("Read aloud"));
    setupActions();
    setupLayout();
    connect(&m_readAloud, &ReadAloud::stateChanged, this, &ReadAloudBar::showState);
    connect(&m_readAloud, &ReadAloud::statusChanged, this, &ReadAloudBar::showStatus);
    connect(&m_readAloud, &ReadAloud::speedChanged, this, &ReadAloudBar::showSpeed);
    showState(m_readAloud.state());
    showStatus(m_readAloud.statusText());
    showSpeed(m_readAloud.speed());
}

void ReadAloudBar::setupActions()
{
    m_playAction = new QAction(this);
    connect(m_playAction, &QAction::triggered, &m_readAloud, &ReadAloud::toggle);
    // The whole name where it stands alone (F1's list of shortcuts, the tool tip); the short word on the button,
    // beside "Voorlezen".
    m_stopAction = new QAction(style()->standardIcon(QStyle::SP_MediaStop), tr("Stop reading aloud"), this);
    m_stopAction->setIconText(tr("Stop"));
    m_stopAction->setToolTip(tr("Stop reading aloud"));
    connect(m_stopAction, &QAction::triggered, &m_readAloud, &ReadAloud::stop);
}

QToolButton *ReadAloudBar::makeButton(QAction *action, const QString &objectName)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setFocusPolicy(Qt::StrongFocus); // tool buttons skip Tab by default
    button->setAutoRaise(false);
    button->setIconSize(QSize(20, 20)); // large targets: many readers are older, or in pain at a laptop
    button->setMinimumHeight(32);
    return button;
}

void ReadAloudBar::setupLayout()
{
    m_playButton = makeButton(m_playAction, QStringLiteral("readAloudPlay"));
    m_stopButton = makeButton(m_stopAction, QStringLiteral("readAloudStop"));
    m_stopButton->setAccessibleName(tr("Stop reading aloud"));

    auto *speedCaption = new QLabel(tr("Speed"), this);
    m_speedSlider = new QSlider(Qt::Horizontal, this);
    m_speedSlider->setObjectName(QStringLiteral("readAloudSpeed"));
    m_speedSlider->setRange(ReadAloud::kSlowestSpeed, ReadAloud::kFastestSpeed);
    m_speedSlider->setSingleStep(10);
    m_speedSlider->setPageStep(25);
    m_speedSlider->setTickPosition(QSlider::TicksBelow);
    m_speedSlider->setTickInterval(25);
    m_speedSlider->setMinimumWidth(160);
    m_speedSlider->setAccessibleName(tr("Reading speed"));
    m_speedSlider->setToolTip(tr("Reading speed: slower to the left, faster to the right"));
    speedCaption->setBuddy(m_speedSlider);
    connect(m_speedSlider, &QSlider::valueChanged, &m_readAloud, &ReadAloud::setSpeed);
    m_speedLabel = new QLabel(this);
    m_speedLabel->setObjectName(QStringLiteral("readAloudSpeedValue"));
    m_speedLabel->setMinimumWidth(m_speedLabel->fontMetrics().horizontalAdvance(QStringLiteral("150 %")));

    m_warningIcon = new QLabel(this); // its picture comes with the first warning (showState)
    m_warningIcon->setObjectName(QStringLiteral("readAloudWarning"));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("readAloudStatus"));
    m_statusLabel->setAccessibleName(tr("Read-aloud status"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse); // package names can be copied
    // Never squeezed to a column of single words: a few words a line at least, the bar grows taller instead.
    m_statusLabel->setMinimumWidth(m_statusLabel->fontMetrics().averageCharWidth() * 16);

    // Groups that flow onto a second row when the window is narrow or the font large, instead of squeezing the
    // buttons until their labels are cut off; the status line takes what is left of the last row.
    auto *layout = new FlowLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(group({m_playButton, m_stopButton}));
    layout->addWidget(group({speedCaption, m_speedSlider, m_speedLabel}));
    layout->addWidget(group({m_warningIcon, m_statusLabel}, m_statusLabel));
}

QWidget *ReadAloudBar::group(std::initializer_list<QWidget *> widgets, QWidget *stretch)
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 12, 0); // the gap between the groups
    for (QWidget *widget : widgets)
        row->addWidget(widget, widget == stretch ? 1 : 0);
    return box;
}

void ReadAloudBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitHeightToWidth();
}

void ReadAloudBar::fitHeightToWidth()
{
    // A tool bar gives its widget the height of its size hint at any width, but a long message (what to install)
    // needs more lines as the window gets narrower or the font larger: ask for the height this width needs.
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > 0 && needed != minimumHeight())
        setMinimumHeight(needed);
}

void ReadAloudBar::showState(ReadAloud::State state)
{
    QString text = tr("Read aloud");
    QString toolTip = tr("Read the chapter aloud from where you are, or the text you selected");
    QStyle::StandardPixmap icon = QStyle::SP_MediaPlay;
    if (state == ReadAloud::State::Speaking) {
        text = tr("Pause");
        toolTip = tr("Pause reading aloud");
        icon = QStyle::SP_MediaPause;
    } else if (state == ReadAloud::State::Paused) {
        text = tr("Continue");
        toolTip = tr("Continue reading aloud, from the start of the interrupted sentence");
    }
    m_playAction->setText(text);
    m_playAction->setToolTip(toolTip);
    m_playAction->setIcon(style()->standardIcon(icon));
    m_playAction->setEnabled(state != ReadAloud::State::Starting);
    m_playButton->setAccessibleName(text);
    m_playButton->setAccessibleDescription(toolTip);
    m_stopAction->setEnabled(state == ReadAloud::State::Speaking || state == ReadAloud::State::Paused ||
                             state == ReadAloud::State::Starting);
    const bool unavailable = state == ReadAloud::State::Unavailable;
    if (unavailable && m_warningIcon->pixmap().isNull()) {
        // Loaded the first time it is needed: on X11 the style looks the picture up in the desktop's icon theme,
        // and reading the theme's index took longer than building the rest of the window (about 6 ms).
        const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
        m_warningIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    }
    m_warningIcon->setVisible(unavailable);
}

void ReadAloudBar::showStatus(const QString &text)
{
    m_statusLabel->setText(text);
    m_statusLabel->setToolTip(text);
    fitHeightToWidth();
}

void ReadAloudBar::showSpeed(int percent)
{
    m_speedSlider->setValue(percent);
    m_speedLabel->setText(tr("%1 %").arg(percent));
    m_speedSlider->setAccessibleDescription(tr("%1 percent of the normal speed").arg(percent));
}

} // namespace heupwijzer::ui
