#pragma once

#include <QTreeView>

namespace heupwijzer::ui {

// The list of search results: arrow keys move through it, Enter opens (activated()), and it hands the keyboard
// back to the search field when the person goes up past the first row, presses Escape or simply types on.
class SearchResultsView : public QTreeView {
    Q_OBJECT

public:
    explicit SearchResultsView(QWidget *parent = nullptr);

    // Where the keyboard goes back to: Up from the first row, Escape, and any letter typed in the list.
    void setSearchField(QWidget *field) { m_field = field; }
    // Makes `index` the current row, selected and scrolled into view.
    void select(const QModelIndex &index);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    bool isAtTop() const;

    QWidget *m_field = nullptr;
};

} // namespace heupwijzer::ui
