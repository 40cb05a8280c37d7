#pragma once

#include <QLoggingCategory>

// Read-aloud's own category: `QT_LOGGING_RULES="heupwijzer.ui.speech.debug=true"` shows what the engine reports.
Q_DECLARE_LOGGING_CATEGORY(lcSpeech)
