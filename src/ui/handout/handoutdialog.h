#pragma once

#include "ui/handout/handoutitem.h"
#include "ui/handout/practiceprofile.h"

#include <QDate>
#include <QDialog>

#include <memory>

class QGroupBox;
class QLabel;
class QLayout;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QSettings;
class QUrl;
class QTreeView;

namespace heupwijzer::core {
class ContentStore;
}

namespace heupwijzer::ui {

class ChosenItemsModel;
class HandoutDocument;
class HandoutTreeModel;

// Builds a handout: tick chapters, sections and exercises in the tree; put them in order in the list beside it
// (buttons or drag and drop); add a note for the patient; then preview, print or save as PDF.
class HandoutDialog : public QDialog {
    Q_OBJECT

public:
    HandoutDialog(const core::ContentStore &store, const PracticeProfile &practice, QWidget *parent = nullptr);
    ~HandoutDialog() override;

    // Ticks an item before the dialog opens, e.g. the chapter or exercise being read. Unknown keys are ignored.
    void choose(const QString &key);

    ChosenItemsModel &chosen() const { return *m_chosen; }
    HandoutTreeModel &tree() const { return *m_tree; }
    void setNote(const QString &note);
    // The handout as it stands now, dated today (or the date set for tests).
    std::unique_ptr<HandoutDocument> document() const;
    void setDate(const QDate &date) { m_date = date; }
    // The practice printed at the top, e.g. after it was edited through practiceDetailsRequested().
    void setPractice(const PracticeProfile &practice);

Q_SIGNALS:
    // The "Practice details…" button: whoever holds the settings shows PracticeProfileDialog, then setPractice().
    void practiceDetailsRequested();

private:
    QWidget *stepsArea();
    QGroupBox *step(const QString &heading, QWidget *first);
    QWidget *choiceBox();
    QWidget *orderBox();
    QWidget *noteBox();
    QWidget *practiceRow();
    void showPractice();
    QLayout *outputButtons();
    void updateButtons();
    void moveCurrent(int step);
    void removeCurrent();
    void preview();
    void print();
    void savePdf();
    void showError(const QString &message);

    const core::ContentStore &m_store;
    PracticeProfile m_practice;
    QDate m_date;
    ChosenItemsModel *m_chosen = nullptr;
    HandoutTreeModel *m_tree = nullptr;
    QLabel *m_practiceLabel = nullptr;
    QTreeView *m_treeView = nullptr;
    QListView *m_orderView = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_save = nullptr;
};

// The whole handout flow for the main window: loads the practice from `settings` (group "praktijk"), ticks the
// page being read (`current`: a chapter:, chapter:#section or oefening: link; ignored otherwise), lets the
// practice details be edited from the dialog, and shows it modally.
void openHandoutDialog(const core::ContentStore &store, QSettings &settings, const QUrl &current, QWidget *parent);

} // namespace heupwijzer::ui
