#include "core/logging.h"

Q_LOGGING_CATEGORY(lcStore, "heupwijzer.store")
Q_LOGGING_CATEGORY(lcMarkdown, "heupwijzer.markdown")
Q_LOGGING_CATEGORY(lcContent, "heupwijzer.content")
Q_LOGGING_CATEGORY(lcSearch, "heupwijzer.search")
