#pragma once

#include <QLayout>
#include <QList>
#include <QStyle>

namespace heupwijzer::ui {

// Lays out its items left to right and starts a new row when the next one does not fit, like words in a
// paragraph. For rows of buttons: with a large system font a single row of buttons is wider than a laptop
// screen, and a button that is squeezed cuts off its own label. Every item always gets its full sizeHint().
class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;
    FlowLayout(const FlowLayout &) = delete;
    FlowLayout &operator=(const FlowLayout &) = delete;

    // The items are aligned to the right of each row, as dialog buttons are.
    void setRightAligned(bool right) { m_rightAligned = right; }

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in `rect` (only measures when `apply` is false); returns the height used.
    int arrange(const QRect &rect, bool apply) const;
    int spacingOr(QStyle::PixelMetric metric) const;

    QList<QLayoutItem *> m_items;
    bool m_rightAligned = false;
};

} // namespace heupwijzer::ui
