#include "ui/uilogging.h"

Q_LOGGING_CATEGORY(lcUi, "heupwijzer.ui", QtInfoMsg)
