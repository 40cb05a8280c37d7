#pragma once

#include <QWidget>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QTextBrowser;

namespace heupwijzer::core {
class ContentStore;
}

namespace heupwijzer::ui {

class GlossaryModel;

// The glossary panel: a filter field (as you type, over terms, lay and medical words), the terms A–Z and the
// chosen term with its definition, its other words and the chapters that use it (as links).
class GlossaryPanel : public QWidget {
    Q_OBJECT

public:
    explicit GlossaryPanel(const core::ContentStore &store, QWidget *parent = nullptr);

    // Selects and shows a term; clears a filter that would hide it. False for an unknown id.
    bool showTerm(const QString &termId);
    QString currentTermId() const;
    void setZoomPercent(int percent);

Q_SIGNALS:
    void linkActivated(const QUrl &url); // a "used in" chapter was chosen

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void setupWidgets();
    void ensureModel();
    void showDetails(const QModelIndex &proxyIndex);
    QString detailsHtml(const QString &termId) const;

    const core::ContentStore &m_store;
    GlossaryModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QListView *m_list = nullptr;
    QTextBrowser *m_details = nullptr;
};

} // namespace heupwijzer::ui
