#include "ui/glossarypanel.h"

#include "core/store/contentstore.h"
#include "ui/glossarymodel.h"
#include "ui/links.h"
#include "ui/roles.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace heupwijzer::ui {

GlossaryPanel::GlossaryPanel(const core::ContentStore &store, QWidget *parent) : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("glossaryPanel"));
    setupWidgets();
}

void GlossaryPanel::ensureModel()
{
    // Built when the panel is first needed, not at start-up: sorting A–Z with a Dutch collator is the
    // slowest part of the panel, and most readers never open it.
    if (m_model != nullptr)
        return;
    m_model = new GlossaryModel(m_store, this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(SearchTextRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterFixedString(m_filterEdit->text());
    m_list->setModel(m_filter);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showDetails(current); });
}

void GlossaryPanel::showEvent(QShowEvent *event)
{
    ensureModel();
    QWidget::showEvent(event);
}

void GlossaryPanel::setupWidgets()
{
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("glossaryFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter terms…"));
    m_filterEdit->setAccessibleName(tr("Filter the glossary"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        ensureModel();
        m_filter->setFilterFixedString(text);
    });

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("glossaryList"));
    m_list->setAccessibleName(tr("Terms A to Z"));
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("glossaryDetails"));
    m_details->setAccessibleName(tr("Meaning of the term"));
    m_details->setOpenLinks(false);
    connect(m_details, &QTextBrowser::anchorClicked, this, &GlossaryPanel::linkActivated);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("glossarySplitter"));
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_filterEdit);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_filterEdit);
    m_filterEdit->installEventFilter(this);
}

bool GlossaryPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Down or Enter in the filter moves into the list, as in a search box, so the keyboard never gets stuck.
    if (watched == m_filterEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            ensureModel();
            m_list->setFocus();
            if (!m_list->currentIndex().isValid() && m_filter->rowCount() > 0)
                m_list->setCurrentIndex(m_filter->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool GlossaryPanel::showTerm(const QString &termId)
{
    ensureModel();
    const QModelIndex source = m_model->indexOfTerm(termId);
    if (!source.isValid())
        return false;
    QModelIndex proxy = m_filter->mapFromSource(source);
    if (!proxy.isValid()) {
        m_filterEdit->clear();
        proxy = m_filter->mapFromSource(source);
    }
    m_list->setCurrentIndex(proxy);
    m_list->scrollTo(proxy, QAbstractItemView::PositionAtCenter);
    showDetails(proxy);
    return true;
}

QString GlossaryPanel::currentTermId() const
{
    return m_list->currentIndex().data(IdRole).toString();
}

void GlossaryPanel::setZoomPercent(int percent)
{
    // The definition is reading text, so it follows the reading zoom (at a smaller base than the chapter).
    QFont detailFont = m_details->font();
    detailFont.setPointSizeF(12.0 * percent / 100.0);
    m_details->setFont(detailFont);
}

void GlossaryPanel::showDetails(const QModelIndex &proxyIndex)
{
    m_details->setHtml(detailsHtml(proxyIndex.data(IdRole).toString()));
}

QString GlossaryPanel::detailsHtml(const QString &termId) const
{
    const core::GlossaryEntry *entry = m_store.term(termId);
    if (entry == nullptr)
        return QStringLiteral("<p>%1</p>").arg(tr("Choose a term to see what it means."));
    QString out =
        QStringLiteral("<h2>%1</h2><p>%2</p>").arg(entry->term.toHtmlEscaped(), entry->definition.toHtmlEscaped());
    if (!entry->lay.isEmpty())
        out += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Also called:"), entry->lay.join(u", ").toHtmlEscaped());
    if (!entry->medical.isEmpty())
        out +=
            QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Medical words:"), entry->medical.join(u", ").toHtmlEscaped());
    if (!entry->usedIn.isEmpty()) {
        out += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Used in:"));
        for (const QString &chapterId : entry->usedIn) {
            const core::ChapterInfo *chapter = m_store.chapter(chapterId);
            out += QStringLiteral("<li><a href=\"%1\">%2</a></li>")
                       .arg(links::chapter(chapterId).toString().toHtmlEscaped(),
                            (chapter != nullptr ? chapter->title : chapterId).toHtmlEscaped());
        }
        out += QStringLiteral("</ul>");
    }
    return out;
}

} // namespace heupwijzer::ui
