#include "core/search/editdistance.h"

#include <QVarLengthArray>

#include <algorithm>

namespace heupwijzer::core::search {

int editDistance(QStringView a, QStringView b, int limit)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > limit)
        return limit + 1;
    // Three rows of the dynamic-programming table: two back is needed for a swap.
    QVarLengthArray<int, 64> beforePrevious(m + 1);
    QVarLengthArray<int, 64> previous(m + 1);
    QVarLengthArray<int, 64> current(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = static_cast<int>(i);
        int rowMinimum = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int substitution = a[i - 1] == b[j - 1] ? 0 : 1;
            int value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + substitution});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                value = std::min(value, beforePrevious[j - 2] + 1);
            current[j] = value;
            rowMinimum = std::min(rowMinimum, value);
        }
        if (rowMinimum > limit)
            return limit + 1;
        std::swap(beforePrevious, previous);
        std::swap(previous, current);
    }
    return std::min(previous[m], limit + 1);
}

} // namespace heupwijzer::core::search
