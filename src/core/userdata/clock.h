#pragma once

#include <QDateTime>

#include <functional>

namespace heupwijzer::core {

// Where "now" comes from. The user store asks this instead of the system clock, so tests can pin the time of a
// bookmark, a history entry or the name of a moved-aside file.
using Clock = std::function<QDateTime()>;

inline Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

} // namespace heupwijzer::core
