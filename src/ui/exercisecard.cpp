#include "ui/exercisecard.h"

#include "core/content/exercisecardhtml.h"
#include "core/store/exercise.h"

namespace heupwijzer::ui {

QString ExerciseCard::html(const core::Exercise &exercise)
{
    // The same card the compiler puts in chapters, so the themes style both alike; the page's <h1> is its title.
    return u"<h1>" % exercise.title.toHtmlEscaped() % u"</h1>\n" %
           core::content::exerciseCardHtml(exercise, core::content::CardTitle::Omitted);
}

} // namespace heupwijzer::ui
