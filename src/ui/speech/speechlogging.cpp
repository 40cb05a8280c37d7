#include "ui/speech/speechlogging.h"

Q_LOGGING_CATEGORY(lcSpeech, "heupwijzer.ui.speech", QtInfoMsg)
