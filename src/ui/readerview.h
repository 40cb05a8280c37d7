#pragma once

#include <QTextBrowser>
#include <QTimer>

namespace heupwijzer::core {
class ContentStore;
}

namespace heupwijzer::ui {

// The reading pane: a QTextBrowser (a native widget, so screen readers reach the text) that loads every page
// from the content store by URL, so QTextBrowser's own history, anchors and scroll memory work unchanged.
// It keeps the text in a centred column of about 75 characters, scales text and pictures with the zoom, and
// shows what a link is (a term's definition, a website's address) as a tooltip on hover and keyboard focus.
class ReaderView : public QTextBrowser {
    Q_OBJECT

public:
    static constexpr double kBasePointSize = 14.0; // body text at 100 %: large enough for older eyes
    static constexpr int kColumnCharacters = 75;

    explicit ReaderView(const core::ContentStore &store, QWidget *parent = nullptr);

    int zoomPercent() const { return m_zoomPercent; }
    void setZoomPercent(int percent);
    // Theme change: the default style sheet only applies to HTML parsed after it is set, so the page reloads.
    void setReaderStyleSheet(const QString &css);

    // How far down the page the reader is, 0 to 1. Setting it holds until the layout settles or the user
    // scrolls, so it also works before the window is shown.
    double scrollFraction() const;
    void setScrollFraction(double fraction);

    QString linkToolTip(const QUrl &url) const;
    double columnWidth() const;
    // The widest a picture is drawn: the text column, or less when the pane is narrower, minus a box's border.
    double pictureWidth() const;

    QVariant loadResource(int type, const QUrl &name) override;

    // Search hits: marks `words` (as the search engine found them) on `page` when it is or becomes the open
    // page, and scrolls to the first one at or after the page's #anchor. The marks go when another page opens.
    // They are extra selections: extraSelections() lists them, in reading order.
    void markSearchHits(const QUrl &page, const QStringList &words);

Q_SIGNALS:
    // Ctrl + mouse wheel: the window owns the zoom setting, the pane only reports the request.
    void zoomStepsRequested(int steps);
    // Just before another page replaces `page` (link, back, forward): where the reader was on it.
    void leavingPage(const QUrl &page, double scrollFraction);

protected:
    void doSetSource(const QUrl &name, QTextDocument::ResourceType type) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QString pageHtml(const QUrl &url) const;
    QVariant imageResource(const QUrl &name);
    void applyZoomFont();
    void updateReadingColumn();
    void loadLaidOutOnce(const QUrl &name, QTextDocument::ResourceType type);
    void fitPictureLines();
    void reloadKeepingPosition();
    void applyPendingScroll();
    void showLinkToolTip(const QUrl &url);
    void applySearchHits(bool scrollToFirst);
    void scrollToHit(const QTextCursor &hit);
    void stopPendingScrolls();

    const core::ContentStore &m_store;
    int m_zoomPercent = 100;
    double m_columnWidth = 0;    // measured once per zoom level: shaping the sample line is not free
    double m_pendingScroll = -1; // < 0: nothing pending
    int m_pendingHitTop = -1;    // scroll position that shows the first search hit; < 0: nothing pending
    QUrl m_hitPage;              // the page the search hits belong to, with the #anchor of the result
    QStringList m_hitWords;
    int m_wheelRemainder = 0;
    double m_drawnPictureWidth = 0; // the limit the current page's pictures were drawn for; 0: no pictures
    QTimer m_pictureRedraw;
};

} // namespace heupwijzer::ui
