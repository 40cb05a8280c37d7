#include "ui/a11y/shortcutsdialog.h"

#include "ui/a11y/screenfit.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace heupwijzer::ui {

QList<QAction *> ShortcutsDialog::actionsWithShortcuts(const QWidget &window)
{
    QList<QAction *> found;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (!action->shortcuts().isEmpty() && !action->text().isEmpty() && !found.contains(action))
            found.append(action);
    }
    return found;
}

QString ShortcutsDialog::plainText(const QAction &action)
{
    QString text = action.text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return text.remove(QStringLiteral("...")).remove(u'…').trimmed();
}

ShortcutsDialog::ShortcutsDialog(const QWidget &window, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *intro = new QLabel(tr("Everything in Heupwijzer can be done with the keyboard. Tab moves to the next "
                                "part of the window and to the next link in the text; Enter opens it."),
                             this);
    intro->setWordWrap(true);

    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    for (QAction *action : actionsWithShortcuts(window)) {
        // One key per line ("Alt+Pijl rechts", "of Shift+Backspace"): with large print a long row wraps at
        // a sensible place instead of ending in "…".
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts()) {
            const QString text = key.toString(QKeySequence::NativeText);
            keys.append(keys.isEmpty() ? text : tr("or %1").arg(text));
        }
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(plainText(*action)));
        m_table->setItem(row, 1, new QTableWidgetItem(keys.join(u'\n')));
    }
    m_table->sortItems(0);
    m_table->resizeColumnsToContents(); // before the rows, so each row is measured at its final, unwrapped width
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->resizeRowsToContents();
    // A dialog narrower than the table (large print on a small screen) narrows the keys column: its rows then
    // grow to the wrapped text instead of ending in "…".
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table,
            [table = m_table] { table->resizeRowsToContents(); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    sizeToTable();
}

void ShortcutsDialog::sizeToTable()
{
    // The whole list at once, without scrolling, when the screen has room for it: a table view asks for a few
    // rows only, whatever it holds. A scroll bar's width is kept free in case the screen is too small.
    const QHeaderView *header = m_table->horizontalHeader();
    const int frame = 2 * m_table->frameWidth();
    const int scrollBar = m_table->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_table);
    const QSize table(header->length() + frame + scrollBar,
                      header->sizeHint().height() + m_table->verticalHeader()->length() + frame);
    const QMargins margins = layout()->contentsMargins();
    const int width = std::max({560, table.width() + margins.left() + margins.right(), sizeHint().width()});
    const int height =
        layout()->totalHeightForWidth(width) + std::max(0, table.height() - m_table->sizeHint().height());
    fitOnScreen(*this, QSize(width, height));
}

} // namespace heupwijzer::ui
