#pragma once

#include <QTreeView>

namespace heupwijzer::ui {

// The library tree of the window: titles wrap onto more lines instead of ending in "…", because the whole
// title is what a reader recognises. (QTreeView's own word wrap never makes rows taller.)
class LibraryTree : public QTreeView {
    Q_OBJECT

public:
    explicit LibraryTree(QWidget *parent = nullptr);

protected:
    void resizeEvent(QResizeEvent *event) override;
};

} // namespace heupwijzer::ui
