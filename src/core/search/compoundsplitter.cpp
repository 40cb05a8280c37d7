#include "core/search/compoundsplitter.h"

namespace heupwijzer::core::search {

namespace {

bool isCharacterBoundary(QByteArrayView utf8, qsizetype position)
{
    return (static_cast<unsigned char>(utf8[position]) & 0xC0) != 0x80;
}

bool hasVowel(QByteArrayView part)
{
    for (const char c : part) {
        if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y')
            return true;
    }
    return false;
}

// A tail that is not itself a word needs a little more length before it is worth indexing.
constexpr qsizetype kMinimumUnknownTail = 4;

} // namespace

CompoundSplitter::CompoundSplitter(QSet<QByteArray> dictionary) : m_dictionary(std::move(dictionary)) {}

QByteArrayView CompoundSplitter::withoutLinkingElement(QByteArrayView tail) const
{
    // gewricht+s+ontsteking, pees+en+schede, kind+er+en… only s, e and en are common enough to try.
    for (const QByteArrayView link : {QByteArrayView("s"), QByteArrayView("en"), QByteArrayView("e")}) {
        if (tail.size() - link.size() >= kMinimumPart && tail.startsWith(link) && contains(tail.sliced(link.size())))
            return tail.sliced(link.size());
    }
    return {};
}

QList<CompoundSplitter::Split> CompoundSplitter::splits(QByteArrayView word) const
{
    QList<Split> result;
    for (qsizetype headLength = kMinimumPart; headLength + kMinimumPart <= word.size(); ++headLength) {
        if (!isCharacterBoundary(word, headLength))
            continue;
        const QByteArrayView head = word.first(headLength);
        if (!contains(head))
            continue;
        const QByteArrayView tail = word.sliced(headLength);
        if (contains(tail) || (tail.size() >= kMinimumUnknownTail && hasVowel(tail)))
            result.append({head.toByteArray(), tail.toByteArray()});
        if (const QByteArrayView linked = withoutLinkingElement(tail); !linked.isEmpty())
            result.append({head.toByteArray(), linked.toByteArray()});
    }
    return result;
}

std::optional<CompoundSplitter::Split> CompoundSplitter::splitIntoWords(QByteArrayView word) const
{
    for (qsizetype headLength = word.size() - kMinimumPart; headLength >= kMinimumPart; --headLength) {
        if (!isCharacterBoundary(word, headLength))
            continue;
        const QByteArrayView head = word.first(headLength);
        if (!contains(head))
            continue;
        const QByteArrayView tail = word.sliced(headLength);
        if (contains(tail))
            return Split{head.toByteArray(), tail.toByteArray()};
        if (const QByteArrayView linked = withoutLinkingElement(tail); !linked.isEmpty())
            return Split{head.toByteArray(), linked.toByteArray()};
    }
    return std::nullopt;
}

} // namespace heupwijzer::core::search
