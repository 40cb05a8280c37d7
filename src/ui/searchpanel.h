#pragma once

#include <QUrl>
#include <QWidget>

class QLineEdit;
class QTextBrowser;

namespace heupwijzer::core::search {
class SearchEngine;
struct SearchResults;
} // namespace heupwijzer::core::search

namespace heupwijzer::ui {

// Search as you type: the field lives in the window's toolbar, the results (grouped by article, with the
// matched words in bold) in this panel. Results are a QTextBrowser of links, so a screen reader and the Tab
// key can walk through them.
class SearchPanel : public QWidget {
    Q_OBJECT

public:
    explicit SearchPanel(core::search::SearchEngine &engine, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_field; }
    QString resultsText() const;

public Q_SLOTS:
    void focusSearchField();

Q_SIGNALS:
    void linkActivated(const QUrl &url);
    void resultsShown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch(const QString &text);
    QString resultsHtml(const QString &query, const core::search::SearchResults &results) const;
    void openFirstHit();

    core::search::SearchEngine &m_engine;
    QLineEdit *m_field = nullptr;
    QTextBrowser *m_results = nullptr;
    QUrl m_firstHit;
};

} // namespace heupwijzer::ui
