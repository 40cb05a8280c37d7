#pragma once

#include <QLoggingCategory>

// The window's category, so `QT_LOGGING_RULES="heupwijzer.ui.debug=true"` shows what the reader loads.
Q_DECLARE_LOGGING_CATEGORY(lcUi)
