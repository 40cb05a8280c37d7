#pragma once

#include <QLoggingCategory>

// One category per core module, so `QT_LOGGING_RULES="heupwijzer.store.debug=true"` narrows the output.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcMarkdown)
Q_DECLARE_LOGGING_CATEGORY(lcContent)
Q_DECLARE_LOGGING_CATEGORY(lcSearch)
