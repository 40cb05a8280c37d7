#include "ui/searchpanel.h"

#include "core/store/contentstore.h"
#include "ui/links.h"
#include "ui/roles.h"
#include "ui/searchanswer.h"
#include "ui/searchresultsmodel.h"
#include "ui/searchresultsview.h"
#include "ui/searchservice.h"
#include "ui/startpage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

#include <utility>

namespace heupwijzer::ui {

namespace {
const QString kSuggestionScheme = QStringLiteral("zoek");
const QString kAllRegionsLink = QStringLiteral("zoek-overal:");

QString paragraph(const QString &html)
{
    return QStringLiteral("<p>%1</p>").arg(html);
}
} // namespace

SearchPanel::SearchPanel(const core::ContentStore &store, QWidget *parent) : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("searchPanel"));
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setAccessibleName(tr("Search"));
    m_field->setClearButtonEnabled(true);
    m_field->setMinimumWidth(220);
    m_field->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_field->installEventFilter(this);
    updatePlaceholder();
    // No delay after a keystroke: a query takes milliseconds on the search thread, and an answer that a newer
    // keystroke overtook is dropped, so waiting would only make the list slower to follow the typing.
    connect(m_field, &QLineEdit::textChanged, this, &SearchPanel::search);
    connect(m_field, &QLineEdit::returnPressed, this, &SearchPanel::openChosenOrBest);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
}

SearchPanel::~SearchPanel() = default;

void SearchPanel::prepareResults()
{
    if (m_results != nullptr)
        return;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction); // the "Bedoelde je …?" link takes Tab and Enter
    m_status->setContentsMargins(6, 4, 6, 4);
    connect(m_status, &QLabel::linkActivated, this, &SearchPanel::onStatusLink);

    m_model = new SearchResultsModel(this);
    m_results = new SearchResultsView(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setModel(m_model);
    m_results->setSearchField(m_field);
    connect(m_results, &QAbstractItemView::activated, this, &SearchPanel::open);
    connect(m_results, &QAbstractItemView::clicked, this, &SearchPanel::open);

    auto *panelLayout = qobject_cast<QVBoxLayout *>(layout());
    panelLayout->addWidget(makeRegionFilter());
    panelLayout->addWidget(m_status);
    panelLayout->addWidget(m_results, 1);
    showStatus(paragraph(tr("Type a word in the search field at the top.")));
    Q_EMIT resultsUiBuilt();
}

SearchService &SearchPanel::service()
{
    if (m_service == nullptr) {
        m_service = new SearchService(m_store.database(), this);
        connect(m_service, &SearchService::answered, this, &SearchPanel::showAnswer);
    }
    return *m_service;
}

QWidget *SearchPanel::makeRegionFilter()
{
    auto *row = new QWidget(this);
    auto *label = new QLabel(tr("&Place:"), row);
    m_regionFilter = new QComboBox(row);
    m_regionFilter->setObjectName(QStringLiteral("searchRegionFilter"));
    m_regionFilter->setAccessibleName(tr("Place of the pain"));
    m_regionFilter->view()->setAccessibleName(tr("Place of the pain")); // its drop-down list, read on opening
    m_regionFilter->addItem(tr("All places"), QString());
    for (const QString &key : StartPage::regionKeys())
        m_regionFilter->addItem(StartPage::regionLabel(key), key);
    // The labels are long at a large text size: the box shrinks with the panel and shows the end elided.
    m_regionFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_regionFilter->setMinimumContentsLength(8);
    m_regionFilter->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    label->setBuddy(m_regionFilter);
    connect(m_regionFilter, &QComboBox::currentIndexChanged, this, &SearchPanel::search);

    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(6, 6, 6, 2);
    layout->addWidget(label);
    layout->addWidget(m_regionFilter, 1);
    return row;
}

QString SearchPanel::region() const
{
    return m_regionFilter != nullptr ? m_regionFilter->currentData().toString() : QString();
}

void SearchPanel::setRegion(const QString &regionKey)
{
    prepareResults();
    m_regionFilter->setCurrentIndex(qMax(0, m_regionFilter->findData(regionKey)));
}

QString SearchPanel::resultsText() const
{
    if (m_results == nullptr)
        return {};
    QStringList lines{QTextDocumentFragment::fromHtml(m_status->text()).toPlainText()};
    for (int article = 0; article < m_model->rowCount(); ++article) {
        const QModelIndex articleIndex = m_model->index(article, 0);
        lines.append(articleIndex.data().toString());
        for (int hit = 0; hit < m_model->rowCount(articleIndex); ++hit) {
            const QModelIndex hitIndex = m_model->index(hit, 0, articleIndex);
            lines.append(hitIndex.data().toString());
            lines.append(hitIndex.data(Qt::AccessibleDescriptionRole).toString());
        }
    }
    return lines.join(u'\n');
}

int SearchPanel::hitCount() const
{
    int count = 0;
    for (int article = 0; m_model != nullptr && article < m_model->rowCount(); ++article)
        count += m_model->rowCount(m_model->index(article, 0));
    return count;
}

void SearchPanel::focusSearchField()
{
    QWidget *previous = QApplication::focusWidget();
    if (previous != nullptr && previous != m_field && !isAncestorOf(previous))
        m_returnFocus = previous;
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    prepareResults(); // the reader is about to search
}

void SearchPanel::search()
{
    prepareResults();
    const QString text = m_field->text();
    if (text.trimmed().isEmpty()) {
        if (m_service != nullptr)
            m_service->cancel(); // an answer still on its way must not fill the list again
        m_openWhenAnswered = false;
        m_model->clearResults();
        showStatus(paragraph(tr("Type a word in the search field at the top.")));
        return;
    }
    service().search(text, region());
}

void SearchPanel::showAnswer(const SearchAnswer &answer)
{
    m_shownGeneration = answer.request.generation;
    if (!answer.error.isEmpty()) {
        m_model->clearResults();
        showStatus(paragraph(tr("Searching is not possible right now.")));
        return;
    }
    m_model->setResults(answer.results, answer.request.text);
    m_results->expandAll();
    showStatus(statusHtml(answer));
    Q_EMIT resultsShown(answer.request.text);
    if (std::exchange(m_openWhenAnswered, false))
        open(m_model->bestHit());
}

QString SearchPanel::statusHtml(const SearchAnswer &answer) const
{
    QString status;
    if (!answer.results.didYouMean.isEmpty()) {
        QUrl suggestion;
        suggestion.setScheme(kSuggestionScheme);
        suggestion.setPath(answer.results.didYouMean);
        status += paragraph(QStringLiteral("%1 <a href=\"%2\">%3</a>?")
                                .arg(tr("Did you mean"), suggestion.toString().toHtmlEscaped(),
                                     answer.results.didYouMean.toHtmlEscaped()));
    }
    const QString query = answer.request.text.trimmed();
    if (!answer.results.hits.isEmpty())
        return status + paragraph(tr("%n chapter(s) found", nullptr, int(answer.results.hits.size())));
    if (answer.request.region.isEmpty())
        return status + paragraph(tr("Nothing found for “%1”.").arg(query).toHtmlEscaped());
    // Nothing in the chosen region: offer the way back to all of them.
    return status + paragraph(tr("Nothing found for “%1” at “%2”.")
                                  .arg(query, StartPage::regionLabel(answer.request.region))
                                  .toHtmlEscaped() +
                              QStringLiteral(" <a href=\"%1\">%2</a>").arg(kAllRegionsLink, tr("Search all places")));
}

void SearchPanel::showStatus(const QString &html)
{
    m_status->setText(html);
}

void SearchPanel::onStatusLink(const QString &link)
{
    if (link == kAllRegionsLink) {
        setRegion({});
        return;
    }
    const QUrl url(link);
    if (url.scheme() == kSuggestionScheme)
        m_field->setText(url.path());
}

void SearchPanel::open(const QModelIndex &index)
{
    const QUrl url = index.data(LinkRole).toUrl();
    if (url.isEmpty())
        return;
    Q_EMIT hitsOpened(url, m_model->foundWords());
    Q_EMIT linkActivated(url);
}

void SearchPanel::openChosenOrBest()
{
    if (m_field->text().trimmed().isEmpty())
        return;
    if (m_shownGeneration != service().latestGeneration()) {
        m_openWhenAnswered = true; // the list still shows an older query: open the newest one's best hit
        return;
    }
    const QModelIndex chosen = m_results->currentIndex();
    open(chosen.isValid() ? chosen : m_model->bestHit());
}

bool SearchPanel::handleFieldKey(int key)
{
    switch (key) {
    case Qt::Key_Down:
        if (m_model == nullptr || m_model->rowCount() == 0)
            return false;
        {
            // Chosen before the focus moves: a list taking the focus makes its first row (an article) current.
            const QModelIndex target =
                m_results->currentIndex().isValid() ? m_results->currentIndex() : m_model->bestHit();
            m_results->select(target);
            m_results->setFocus(Qt::TabFocusReason);
            return true;
        }
    case Qt::Key_Escape:
        if (!m_field->text().isEmpty()) {
            m_field->clear();
            return true;
        }
        if (QWidget *back =
                m_returnFocus ? m_returnFocus.data() : window()->findChild<QWidget *>(QStringLiteral("reader")))
            back->setFocus(Qt::OtherFocusReason);
        return true;
    default:
        return false;
    }
}

void SearchPanel::updatePlaceholder()
{
    // The example shows how to search; when large print leaves the field too narrow for it, a whole short word
    // is better than an example cut off in the middle.
    const QString example = tr("Search, e.g. pain in the groin");
    const int frame = 2 * m_field->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, m_field) + 4;
    const int room = m_field->width() - m_field->textMargins().left() - m_field->textMargins().right() - frame;
    m_field->setPlaceholderText(m_field->fontMetrics().horizontalAdvance(example) <= room ? example : tr("Search"));
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && (event->type() == QEvent::Resize || event->type() == QEvent::FontChange))
        updatePlaceholder();
    if (watched == m_field && event->type() == QEvent::KeyPress &&
        handleFieldKey(static_cast<QKeyEvent *>(event)->key()))
        return true;
    return QWidget::eventFilter(watched, event);
}

} // namespace heupwijzer::ui
