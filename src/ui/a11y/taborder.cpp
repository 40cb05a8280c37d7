#include "ui/a11y/taborder.h"

#include <QWidget>

#include <algorithm>

namespace heupwijzer::ui {

namespace {

bool takesFocus(const QWidget &widget)
{
    if (widget.focusPolicy() != Qt::NoFocus)
        return true;
    const QList<QWidget *> children = widget.findChildren<QWidget *>();
    return std::any_of(children.begin(), children.end(),
                       [](const QWidget *child) { return child->focusPolicy() != Qt::NoFocus; });
}

} // namespace

void applyReadingTabOrder(QWidget &window)
{
    // Object names, not pointers: the parts are built by different classes, some only in some editions.
    static const char *const order[] = {"searchField",    "libraryTree",  "searchResults",
                                        "breadcrumb",     "reader",       "readAloudBar",
                                        "glossaryFilter", "glossaryList", "glossaryDetails"};
    QWidget *previous = nullptr;
    for (const char *name : order) {
        QWidget *widget = window.findChild<QWidget *>(QLatin1StringView(name));
        if (widget == nullptr || !takesFocus(*widget))
            continue;
        // A bar whose buttons take the focus moves as one block, its buttons in their own order.
        if (previous != nullptr)
            QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

} // namespace heupwijzer::ui
