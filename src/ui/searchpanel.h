#pragma once

#include <QLineEdit> // callers place searchField() in their tool bar
#include <QPointer>
#include <QUrl>
#include <QWidget>

class QComboBox;
class QLabel;
class QModelIndex;

namespace heupwijzer::core {
class ContentStore;
}

namespace heupwijzer::ui {

class SearchResultsModel;
class SearchResultsView;
class SearchService;
struct SearchAnswer;

// Search as you type. The field lives in the window's toolbar; this panel shows the body-region filter, a
// status line ("Bedoelde je …?", nothing found) and the results, grouped by article with the found words in bold.
// Searching runs on a search thread (SearchService): typing never waits for it, and an answer that a newer
// keystroke has overtaken is never shown.
//
// Keyboard: Down in the field goes into the results, Up from the first result comes back; Enter opens the
// selected result (in the field: the best one, or the one chosen before); Escape clears the field, and in an
// empty field returns to where the reader was (the reading pane).
class SearchPanel : public QWidget {
    Q_OBJECT

public:
    explicit SearchPanel(const core::ContentStore &store, QWidget *parent = nullptr);
    ~SearchPanel() override;

    QLineEdit *searchField() const { return m_field; }
    QString resultsText() const; // the status line and every result, as plain text
    int hitCount() const;        // chapters in the results on screen
    // The search thread and its connection, started at the first search rather than with the window.
    SearchService &service();
    // The body region the results are limited to ("lies", "zijkant", "bil", "onderrug"); empty for all.
    QString region() const;
    void setRegion(const QString &regionKey);
    // Makes the filter, status line and list if they are not there yet. They are made when first needed (a
    // search, Ctrl+F, the window opening their tab), not with the window: the panel waits behind the Contents
    // tab, and a start-up should only build what it shows.
    void prepareResults();

public Q_SLOTS:
    void focusSearchField();

Q_SIGNALS:
    void linkActivated(const QUrl &url);
    // A result is being opened: the reader marks `foundWords` on `page` (emitted just before linkActivated).
    void hitsOpened(const QUrl &page, const QStringList &foundWords);
    // The results for `query` are on screen.
    void resultsShown(const QString &query);
    // The filter, status line and results list exist now (see prepareResults()).
    void resultsUiBuilt();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *makeRegionFilter();
    void search();
    void showAnswer(const SearchAnswer &answer);
    QString statusHtml(const SearchAnswer &answer) const;
    void showStatus(const QString &html);
    void open(const QModelIndex &index);
    void openChosenOrBest();
    void onStatusLink(const QString &link);
    bool handleFieldKey(int key);
    void updatePlaceholder();

    const core::ContentStore &m_store;
    SearchService *m_service = nullptr;
    QLineEdit *m_field = nullptr;
    QComboBox *m_regionFilter = nullptr;
    QLabel *m_status = nullptr;
    SearchResultsView *m_results = nullptr;
    SearchResultsModel *m_model = nullptr;
    quint64 m_shownGeneration = 0;   // the request whose answer is on screen
    bool m_openWhenAnswered = false; // Enter came before the answer to the newest keystroke
    QPointer<QWidget> m_returnFocus; // where Escape in an empty field goes back to
};

} // namespace heupwijzer::ui
