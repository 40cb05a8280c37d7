#include "ui/a11y/regiondescriptions.h"

#include <QCoreApplication>
#include <QWidget>

namespace heupwijzer::ui {

void describeRegions(QWidget &window)
{
    const std::pair<const char *, QString> descriptions[] = {
        {"libraryTree", QCoreApplication::translate("heupwijzer::ui::Regions",
                                                    "Arrow keys choose a chapter, Enter opens it.")},
        {"reader", QCoreApplication::translate("heupwijzer::ui::Regions",
                                               "The chapter text. Tab goes to the next link, Enter opens it.")},
        {"searchField", QCoreApplication::translate("heupwijzer::ui::Regions",
                                                    "Type a word and press Enter; the results appear beside the text.")},
        {"breadcrumb", QCoreApplication::translate("heupwijzer::ui::Regions",
                                                   "Where the open chapter is in the library.")},
    };
    for (const auto &[name, description] : descriptions) {
        QWidget *widget = window.findChild<QWidget *>(QLatin1StringView(name));
        if (widget != nullptr && widget->accessibleDescription().isEmpty())
            widget->setAccessibleDescription(description); // a description set by the widget itself knows better
    }
}

} // namespace heupwijzer::ui
