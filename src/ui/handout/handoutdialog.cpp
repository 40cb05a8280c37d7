#include "ui/handout/handoutdialog.h"

#include "ui/a11y/flowlayout.h"
#include "ui/a11y/screenfit.h"
#include "ui/handout/chosenitemsmodel.h"
#include "ui/handout/handoutdocument.h"
#include "ui/handout/handoutoutput.h"
#include "ui/handout/handouttreemodel.h"
#include "ui/handout/practiceprofiledialog.h"
#include "ui/librarytree.h"
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
#include <QScrollArea>
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
    // The steps scroll and the buttons stay put: with a large font on a laptop the steps do not all fit, and
    // the buttons that print must always be in reach.
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(stepsArea(), 1);
    layout->addLayout(outputButtons());

    connect(m_chosen, &QAbstractItemModel::rowsInserted, this, &HandoutDialog::updateButtons);
    connect(m_chosen, &QAbstractItemModel::rowsRemoved, this, &HandoutDialog::updateButtons);
    connect(m_chosen, &QAbstractItemModel::rowsMoved, this, &HandoutDialog::updateButtons);
    connect(m_orderView->selectionModel(), &QItemSelectionModel::currentChanged, this, &HandoutDialog::updateButtons);
    connect(m_note, &QPlainTextEdit::textChanged, this, &HandoutDialog::updateButtons);
    updateButtons();
    // Room for the lists at any font size (about 100 characters by 34 lines), but never more than the screen.
    const QFontMetrics metrics = fontMetrics();
    fitOnScreen(*this, QSize(qMax(900, metrics.averageCharWidth() * 100), qMax(640, metrics.lineSpacing() * 34)));
}

HandoutDialog::~HandoutDialog() = default;

QWidget *HandoutDialog::stepsArea()
{
    auto *steps = new QWidget(this);
    auto *grid = new QGridLayout(steps);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(choiceBox(), 0, 0);
    grid->addWidget(orderBox(), 0, 1);
    grid->addWidget(noteBox(), 1, 0, 1, 2);
    grid->addWidget(practiceRow(), 2, 0, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(0, 1); // the lists grow with the window, the note stays a few lines high

    auto *area = new QScrollArea(this);
    area->setObjectName(QStringLiteral("handoutSteps"));
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setFocusPolicy(Qt::NoFocus); // not a Tab stop of its own: it scrolls to whatever field gets the focus
    area->setWidget(steps);
    return area;
}

QGroupBox *HandoutDialog::step(const QString &heading, QWidget *first)
{
    // A heading that wraps instead of a group box title, which never does and made the dialog as wide as it.
    auto *box = new QGroupBox(this);
    box->setAccessibleName(heading);
    auto *label = new QLabel(heading, box);
    label->setWordWrap(true);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setBuddy(first);
    (new QVBoxLayout(box))->addWidget(label);
    return box;
}

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
    // The library's tree: long chapter and exercise names wrap onto more lines instead of ending in "…".
    m_treeView = new LibraryTree(this);
    m_treeView->setObjectName(QStringLiteral("handoutTree"));
    m_treeView->setModel(proxy);
    m_treeView->setAccessibleName(tr("Chapters and exercises to put on the handout"));
    m_treeView->expand(proxy->index(0, 0)); // the exercises: what a handout is mostly for
    connect(filter, &QLineEdit::textChanged, this, [this, proxy](const QString &text) {
        proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_treeView->expandAll();
    });

    QGroupBox *box = step(tr("1. Tick what goes on the handout"), filter);
    auto *layout = qobject_cast<QVBoxLayout *>(box->layout());
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
    auto *buttons = new FlowLayout; // on two rows when the column is narrow, so no label is cut off
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addWidget(m_remove);

    QGroupBox *box = step(tr("2. Put it in order (drag, or use the buttons)"), m_orderView);
    auto *layout = qobject_cast<QVBoxLayout *>(box->layout());
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
    QGroupBox *box = step(tr("3. Note for the patient (optional)"), m_note);
    box->layout()->addWidget(m_note);
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

QLayout *HandoutDialog::outputButtons()
{
    // A row that wraps: a QDialogButtonBox keeps all its buttons on one row, wider than a laptop screen at a large
    // font. Close stays in a button box of its own for its standard (translated) text and Escape.
    m_preview = new QPushButton(tr("Print pre&view…"), this);
    m_print = new QPushButton(tr("&Print…"), this);
    m_save = new QPushButton(tr("&Save as PDF…"), this);
    connect(m_preview, &QPushButton::clicked, this, &HandoutDialog::preview);
    connect(m_print, &QPushButton::clicked, this, &HandoutDialog::print);
    connect(m_save, &QPushButton::clicked, this, &HandoutDialog::savePdf);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *row = new FlowLayout;
    row->setRightAligned(true);
    for (QPushButton *button : {m_preview, m_print, m_save}) {
        button->setAutoDefault(false); // Enter in the filter field or the note must not print
        row->addWidget(button);
    }
    row->addWidget(close);
    return row;
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
