#pragma once

#include <QDialog>

class QAction;
class QTableWidget;

namespace heupwijzer::ui {

// "Sneltoetsen" (F1): every action of a window that has a keyboard shortcut, with its key, in the words of the
// menus. Built from the window's own actions each time it opens, so it can never list a key that is gone.
class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QWidget &window, QWidget *parent = nullptr);

    // The actions shown: those of the window (and its menus and docks) with at least one shortcut, once each.
    static QList<QAction *> actionsWithShortcuts(const QWidget &window);
    // The menu text of an action without its mnemonic ampersands, as listed in the dialog.
    static QString plainText(const QAction &action);

private:
    void sizeToTable();

    QTableWidget *m_table = nullptr;
};

} // namespace heupwijzer::ui
