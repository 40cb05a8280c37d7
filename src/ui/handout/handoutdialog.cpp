#include "ui/handout/handoutdialog.h"

#include "ui/handout/chosenitemsmodel.h"
#include "ui/handout/handoutdocument.h"
#include "ui/handout/handoutoutput.h"
#include "ui/handout/handouttreemodel.h"
#include "ui/handout/practiceprofiledialog.h"
#include "ui/uilogging.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace heupwijzer::ui {

HandoutDialog::HandoutDialog(const core::ContentStore &store, const PracticeProfile &practice, QWidget *parent)
    : QDialog(parent), m_store(store), m_practice(practice), m_date(QDate::currentDate())
{
    setWindowTitle(tr("Make a handout"));
    m_chosen = new ChosenItemsModel(this);
    m_tree = new HandoutTreeModel(store, *m_chosen, this);
    auto *grid = new QGridLayout(this);
    grid->addWidget(choiceBox(), 0, 0);
    grid->addWidget(orderBox(), 0, 1);
    grid->addWidget(noteBox(), 1, 0, 1, 2);
    grid->addWidget(practiceRow(), 2, 0, 1, 2);
    grid->addWidget(outputButtons(), 3, 0, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(0, 1); // the lists grow with the window, the note stays a few lines high

    connect(m_chosen, &QAbstractItemModel::rowsInserted, this, &HandoutDialog::updateButtons);
    connect(m_chosen, &QAbstractItemModel::rowsRemoved, this, &HandoutDialog::updateButtons);
    connect(m_chosen, &QAbstractItemModel::rowsMoved, this, &HandoutDialog::updateButtons);
    connect(m_orderView->selectionModel(), &QItemSelectionModel::currentChanged, this, &HandoutDialog::updateButtons);
    connect(m_note, &QPlainTextEdit::textChanged, this, &HandoutDialog::updateButtons);
    updateButtons();
    resize(900, 640);
}

HandoutDialog::~HandoutDialog() = default;

QWidget *HandoutDialog::choiceBox()
{
    auto *filter = new QLineEdit(this);
    filter->setPlaceholderText(tr("Filter…"));
    filter->setAccessibleName(tr("Filter the chapters and exercises"));
    filter->setClearButtonEnabled(true);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_tree);
    proxy->setRecursiveFilteringEnabled(true); // a matching chapter keeps its article visible
    proxy->setAutoAcceptChildRows(true);       // a matching article keeps its chapters
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_treeView = new QTreeView(this);
    m_treeView->setModel(proxy);
    m_treeView->setHeaderHidden(true);
    m_treeView->setAccessibleName(tr("Chapters and exercises to put on the handout"));
    m_treeView->expand(proxy->index(0, 0)); // the exercises: what a handout is mostly for
    connect(filter, &QLineEdit::textChanged, this, [this, proxy](const QString &text) {
        proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_treeView->expandAll();
    });

    auto *box = new QGroupBox(tr("1. Tick what goes on the handout"), this);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(filter);
    layout->addWidget(m_treeView);
    return box;
}

QWidget *HandoutDialog::orderBox()
{
    m_orderView = new QListView(this);
    m_orderView->setModel(m_chosen);
    m_orderView->setAccessibleName(tr("On the handout, in this order"));
    m_orderView->setDragDropMode(QAbstractItemView::InternalMove);
    m_orderView->setDefaultDropAction(Qt::MoveAction);
    m_orderView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_orderView->setWordWrap(true); // long chapter names stay readable without scrolling sideways
    m_orderView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_up = new QPushButton(tr("Move &up"), this);
    m_down = new QPushButton(tr("Move &down"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_up->setObjectName(QStringLiteral("moveUp")); // for tests, which see the translated labels
    m_down->setObjectName(QStringLiteral("moveDown"));
    m_remove->setObjectName(QStringLiteral("remove"));
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(+1); });
    connect(m_remove, &QPushButton::clicked, this, &HandoutDialog::removeCurrent);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch();
    buttons->addWidget(m_remove);

    auto *box = new QGroupBox(tr("2. Put it in order (drag, or use the buttons)"), this);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_orderView);
    layout->addLayout(buttons);
    return box;
}

QWidget *HandoutDialog::noteBox()
{
    m_note = new QPlainTextEdit(this);
    m_note->setAccessibleName(tr("Note for the patient"));
    m_note->setPlaceholderText(tr("For example: do exercise 2 only 5 times a day for the first week."));
    m_note->setTabChangesFocus(true);
    m_note->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_note->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_note->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    auto *box = new QGroupBox(tr("3. Note for the patient (optional)"), this);
    (new QVBoxLayout(box))->addWidget(m_note);
    return box;
}

QWidget *HandoutDialog::practiceRow()
{
    auto *row = new QWidget(this);
    m_practiceLabel = new QLabel(row);
    m_practiceLabel->setWordWrap(true);
    auto *edit = new QPushButton(tr("Practice &details…"), row);
    edit->setObjectName(QStringLiteral("practiceDetails"));
    connect(edit, &QPushButton::clicked, this, &HandoutDialog::practiceDetailsRequested);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_practiceLabel, 1);
    layout->addWidget(edit);
    showPractice();
    return row;
}

void HandoutDialog::setPractice(const PracticeProfile &practice)
{
    m_practice = practice;
    showPractice();
}

void HandoutDialog::showPractice()
{
    m_practiceLabel->setText(m_practice.name.isEmpty()
                                 ? tr("No practice details yet: the handout is printed without the practice name.")
                                 : tr("Printed with the details of %1.").arg(m_practice.name));
}

QWidget *HandoutDialog::outputButtons()
{
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_preview = box->addButton(tr("Print pre&view…"), QDialogButtonBox::ActionRole);
    m_print = box->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_save = box->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole);
    connect(m_preview, &QPushButton::clicked, this, &HandoutDialog::preview);
    connect(m_print, &QPushButton::clicked, this, &HandoutDialog::print);
    connect(m_save, &QPushButton::clicked, this, &HandoutDialog::savePdf);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    return box;
}

void HandoutDialog::choose(const QString &key)
{
    m_tree->setData(m_tree->indexOf(key), Qt::Checked, Qt::CheckStateRole);
}

void HandoutDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

std::unique_ptr<HandoutDocument> HandoutDialog::document() const
{
    return std::make_unique<HandoutDocument>(
        m_store, HandoutDocument::Contents{m_practice, m_chosen->items(), m_note->toPlainText(), m_date});
}

void HandoutDialog::updateButtons()
{
    const int row = m_orderView->currentIndex().row();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_chosen->rowCount() - 1);
    m_remove->setEnabled(row >= 0);
    // Even a handout with only a note is worth printing: the red-flag box comes with every handout.
    const bool anything = m_chosen->rowCount() > 0 || !m_note->toPlainText().trimmed().isEmpty();
    for (QPushButton *button : {m_preview, m_print, m_save})
        button->setEnabled(anything);
}

void HandoutDialog::moveCurrent(int step)
{
    const int row = m_orderView->currentIndex().row();
    if (m_chosen->moveBy(row, step))
        m_orderView->setCurrentIndex(m_chosen->index(row + step));
}

void HandoutDialog::removeCurrent()
{
    const QModelIndex current = m_orderView->currentIndex();
    if (current.isValid())
        m_chosen->remove(m_chosen->items().at(current.row()).key());
}

void HandoutDialog::preview()
{
    const std::unique_ptr<HandoutDocument> handout = document();
    QPrinter printer(QPrinter::HighResolution);
    prepareHandoutPrinter(printer);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Handout preview"));
    QString failure;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&handout, &failure](QPrinter *target) {
        if (auto rendered = handout->render(*target); !rendered)
            failure = rendered.error().message;
    });
    dialog.exec();
    if (!failure.isEmpty())
        showError(failure);
}

void HandoutDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    prepareHandoutPrinter(printer);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print handout"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto rendered = document()->render(printer); !rendered)
        showError(rendered.error().message);
}

void HandoutDialog::savePdf()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save handout as PDF"), suggestedPdfPath(m_date),
                                                tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (auto saved = saveHandoutPdf(*document(), path); !saved)
        showError(saved.error().message);
    else
        qCInfo(lcUi) << "handout saved as" << QDir::toNativeSeparators(path);
}

void HandoutDialog::showError(const QString &message)
{
    qCWarning(lcUi) << "handout:" << message;
    QMessageBox::warning(this, tr("Handout"), message);
}

void openHandoutDialog(const core::ContentStore &store, QSettings &settings, const QUrl &current, QWidget *parent)
{
    HandoutDialog dialog(store, PracticeProfile::load(settings), parent);
    if (current.isValid())
        dialog.choose(current.toString());
    QObject::connect(&dialog, &HandoutDialog::practiceDetailsRequested, &dialog, [&dialog, &settings] {
        if (PracticeProfileDialog::edit(settings, &dialog))
            dialog.setPractice(PracticeProfile::load(settings));
    });
    dialog.exec();
}

} // namespace heupwijzer::ui
