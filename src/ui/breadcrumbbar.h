#pragma once

#include <QLabel>
#include <QList>
#include <QUrl>

namespace heupwijzer::core {
class ContentStore;
}

namespace heupwijzer::ui {

// "Start › Article › Chapter" above the reading pane. Every step but the last is a link (mouse and keyboard).
class BreadcrumbBar : public QLabel {
    Q_OBJECT

public:
    struct Crumb {
        QString title;
        QUrl url;
    };
    // The steps from the start page to the page at url; the last one is the page itself.
    static QList<Crumb> trail(const core::ContentStore &store, const QUrl &url);

    explicit BreadcrumbBar(const core::ContentStore &store, QWidget *parent = nullptr);

    void showLocation(const QUrl &url);

Q_SIGNALS:
    void crumbActivated(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;

private:
    const core::ContentStore &m_store;
    QUrl m_location;
};

} // namespace heupwijzer::ui
