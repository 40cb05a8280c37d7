#pragma once

#include <QObject>
#include <QString>

class QStatusBar;
class QUrl;

namespace heupwijzer::core {
class ContentStore;
}

namespace heupwijzer::ui {

class ReaderView;

// A term's definition for readers who do not hover with a mouse. While a term link in the reading pane is
// chosen (Tab through the links, or the mouse on it), its definition stays in the status bar, where it does not
// vanish at the next key press as a tooltip does, and becomes the reading pane's accessible description, which
// screen readers announce when it changes. Leaving the link or the page gives the pane its own description back.
// (The tooltip at the link itself is the reading pane's own: ReaderView::showLinkToolTip.)
class GlossaryHint : public QObject {
    Q_OBJECT

public:
    GlossaryHint(const core::ContentStore &store, ReaderView &reader, QStatusBar &statusBar);

    // "slijmbeurs: Een plat zakje met vocht." for a term link; empty for any other link.
    QString hintFor(const QUrl &link) const;

private:
    void onLinkChosen(const QUrl &link);
    void show(const QString &hint);
    void clear();

    const core::ContentStore &m_store;
    ReaderView &m_reader;
    QStatusBar &m_statusBar;
    QString m_shown;              // the hint on screen; empty when none
    QString m_restingDescription; // the pane's own description, given back when the hint goes
};

} // namespace heupwijzer::ui
