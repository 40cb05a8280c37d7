#include "ui/searchpanel.h"

#include "core/search/searchengine.h"
#include "ui/links.h"
#include "ui/uilogging.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace heupwijzer::ui {

namespace {
const QString kSuggestionScheme = QStringLiteral("zoek");
}

SearchPanel::SearchPanel(core::search::SearchEngine &engine, QWidget *parent) : QWidget(parent), m_engine(engine)
{
    setObjectName(QStringLiteral("searchPanel"));
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setPlaceholderText(tr("Search, e.g. pain in the groin"));
    m_field->setAccessibleName(tr("Search"));
    m_field->setClearButtonEnabled(true);
    m_field->setMinimumWidth(220);
    m_field->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_field->installEventFilter(this);
    connect(m_field, &QLineEdit::textChanged, this, &SearchPanel::runSearch);
    connect(m_field, &QLineEdit::returnPressed, this, &SearchPanel::openFirstHit);

    m_results = new QTextBrowser(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setOpenLinks(false);
    connect(m_results, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == kSuggestionScheme)
            m_field->setText(url.path());
        else
            Q_EMIT linkActivated(url);
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_results);
    m_results->setHtml(QStringLiteral("<p>%1</p>").arg(tr("Type a word in the search field at the top.")));
}

QString SearchPanel::resultsText() const
{
    return m_results->toPlainText();
}

void SearchPanel::focusSearchField()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchPanel::runSearch(const QString &text)
{
    m_firstHit.clear();
    if (text.trimmed().isEmpty()) {
        m_results->clear();
        return;
    }
    // The index is small (tens of chapters): a query takes about a millisecond, so it runs right here.
    auto found = m_engine.search(text);
    if (!found) {
        qCWarning(lcUi) << "search failed:" << found.error().message;
        m_results->setHtml(QStringLiteral("<p>%1</p>").arg(tr("Searching is not possible right now.")));
        return;
    }
    const QList<core::search::SearchHit> &hits = found.value().hits;
    if (!hits.isEmpty()) // the best hit is also the first one shown: its article heads the list
        m_firstHit = links::chapter(hits.first().chapterId, hits.first().sectionAnchor);
    m_results->setHtml(resultsHtml(text, found.value()));
    Q_EMIT resultsShown();
}

QString SearchPanel::resultsHtml(const QString &query, const core::search::SearchResults &results) const
{
    QString out;
    if (!results.didYouMean.isEmpty()) {
        QUrl suggestion;
        suggestion.setScheme(kSuggestionScheme);
        suggestion.setPath(results.didYouMean);
        out += QStringLiteral("<p>%1 <a href=\"%2\">%3</a>?</p>")
                   .arg(tr("Did you mean"), suggestion.toString().toHtmlEscaped(), results.didYouMean.toHtmlEscaped());
    }
    if (results.hits.isEmpty())
        return out + QStringLiteral("<p>%1</p>").arg(tr("Nothing found for “%1”.").arg(query).toHtmlEscaped());
    // Group by article in the order of each article's best hit, so the best match stays on top.
    QStringList articleOrder;
    for (const core::search::SearchHit &hit : results.hits) {
        if (!articleOrder.contains(hit.articleId))
            articleOrder.append(hit.articleId);
    }
    for (const QString &articleId : articleOrder) {
        bool first = true;
        for (const core::search::SearchHit &hit : results.hits) {
            if (hit.articleId != articleId)
                continue;
            if (first)
                out += QStringLiteral("<h3>%1</h3>").arg(hit.articleTitle.toHtmlEscaped());
            first = false;
            const QUrl url = links::chapter(hit.chapterId, hit.sectionAnchor);
            const QString title = hit.sectionTitle.isEmpty()
                                      ? hit.chapterTitle
                                      : hit.chapterTitle + QStringLiteral(" › ") + hit.sectionTitle;
            out += QStringLiteral("<p><a href=\"%1\">%2</a><br/>%3</p>")
                       .arg(url.toString().toHtmlEscaped(), title.toHtmlEscaped(), hit.snippetHtml);
        }
    }
    return out;
}

void SearchPanel::openFirstHit()
{
    if (!m_firstHit.isEmpty())
        Q_EMIT linkActivated(m_firstHit);
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down) {
            m_results->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_field->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace heupwijzer::ui
