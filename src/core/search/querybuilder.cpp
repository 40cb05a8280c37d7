#include "core/search/querybuilder.h"

#include "core/search/dutchstemmer.h"
#include "core/search/stopwords.h"
#include "core/search/synonymtable.h"
#include "core/search/textfold.h"
#include "core/search/vocabulary.h"

namespace heupwijzer::core::search {

namespace {

// How much a match through each route counts, relative to the word itself (1).
constexpr double kTypingPrefixWeight = 0.9;     // "heupb" → heupbuiger, while typing
constexpr double kInflectionPrefixWeight = 0.6; // "fiets" → fietsen (see stemDropsFinalS)
constexpr double kCorrectionWeight = 0.8;
constexpr double kCompoundPartWeight = 0.7;
constexpr double kJoinedCompoundWeight = 0.9;
constexpr double kSynonymWeight = 0.6;
constexpr double kPhraseSynonymWeight = 0.8; // a several-word glossary name matched as a whole is more specific

// Prefixes shorter than this match too much to mean anything ("h" or "he" matches half the index).
constexpr qsizetype kShortestPrefix = 3;
constexpr qsizetype kLongestWord = 48;
constexpr qsizetype kShortestCompound = 6;
constexpr qsizetype kMostAlternatives = 24;
// A prefix that starts more index words than this ("heu": heup, heupen, heuppijn, …) is looked up as its most used
// completions instead: FTS5 merges the lists of every word a prefix starts, which for a short prefix of a common
// word is the slowest thing a keystroke can ask. The rarely used completions left out are the least likely meant.
constexpr int kMostCompletions = 8;

// Snowball Dutch takes a final s for a plural s: fiets → fiet, but fietsen → fiets, slijmbeurs → slijmbeur, but
// slijmbeurzen → slijmbeurz. For such a word the typed form as a prefix finds the forms the stem misses.
bool stemDropsFinalS(const QString &word, const QString &stem)
{
    return word.size() >= 4 && word.endsWith(u's') && stem.size() == word.size() - 1;
}

bool isOperatorWord(QStringView word)
{
    return word == u"AND" || word == u"OR" || word == u"NOT" || word == u"NEAR";
}

void addAlternative(SearchQuery::Concept &target, const QString &phrase, bool prefix, double weight)
{
    if (phrase.isEmpty() || target.alternatives.size() >= kMostAlternatives)
        return;
    for (SearchQuery::Alternative &existing : target.alternatives) {
        if (existing.phrase == phrase && existing.prefix == prefix) {
            existing.weight = std::max(existing.weight, weight);
            return;
        }
    }
    target.alternatives.append({phrase, prefix, weight});
}

// Alternatives that the index sees as the same words (heup and heupen both stem to heup) are one look-up.
void mergeSameStems(SearchQuery::Concept &target, const DutchStemmer &stemmer)
{
    QList<SearchQuery::Alternative> merged;
    QStringList keys;
    for (const SearchQuery::Alternative &alternative : target.alternatives) {
        QString key = alternative.prefix ? alternative.phrase + u'*' : QString();
        if (!alternative.prefix) {
            for (const QString &word : alternative.phrase.split(u' '))
                key += stemmer.stem(word) + u' ';
        }
        const qsizetype existing = keys.indexOf(key);
        if (existing >= 0) {
            merged[existing].weight = std::max(merged[existing].weight, alternative.weight);
            continue;
        }
        keys.append(key);
        merged.append(alternative);
    }
    target.alternatives = merged;
}

// The words that start with prefix, as a prefix phrase when there are few of them, else as its most used words.
void addPrefix(SearchQuery::Concept &target, const Vocabulary &vocabulary, const QString &prefix, double weight)
{
    if (!vocabulary.hasMoreCompletionsThan(prefix, kMostCompletions)) {
        addAlternative(target, prefix, true, weight);
        return;
    }
    for (const QString &word : vocabulary.completions(prefix, kMostCompletions))
        addAlternative(target, word, false, weight);
}

} // namespace

struct QueryBuilder::TypedWord {
    WordSpan span;
    QString folded;
    QString meant;            // folded, or the correction of a misspelt word
    bool stillTyping = false; // the last word, with no space after it yet
    bool corrected = false;
};

QueryBuilder::QueryBuilder(const Vocabulary &vocabulary, const SynonymTable &synonyms, const DutchStemmer &stemmer)
    : m_vocabulary(vocabulary), m_synonyms(synonyms), m_stemmer(stemmer)
{}

QList<QueryBuilder::TypedWord> QueryBuilder::typedWords(QStringView text, bool asYouType) const
{
    QList<TypedWord> all;
    for (const WordSpan &span : wordSpans(text)) {
        const QStringView original = text.mid(span.start, span.length);
        if (isOperatorWord(original) || original.size() > kLongestWord)
            continue;
        QString folded = foldText(original);
        if (folded.isEmpty())
            continue;
        const bool last = span.start + span.length == text.size();
        all.append({span, folded, folded, asYouType && last, false});
    }
    QList<TypedWord> meaningful;
    for (const TypedWord &word : all) {
        if (!isStopWord(word.folded))
            meaningful.append(word);
    }
    // "wat is" alone is still a question: search its words rather than nothing.
    QList<TypedWord> words = meaningful.isEmpty() ? all : meaningful;
    // A one- or two-letter word being typed says nothing yet; the rest of the query still does.
    if (words.size() > 1 && words.last().stillTyping && words.last().folded.size() < kShortestPrefix)
        words.removeLast();
    if (words.size() > kMostConcepts)
        words.resize(kMostConcepts);
    return words;
}

SearchQuery::Concept QueryBuilder::conceptFor(TypedWord &word) const
{
    SearchQuery::Concept target{word.folded, {}};
    const QString &typed = word.folded;
    const bool typingPrefix = word.stillTyping && typed.size() >= kShortestPrefix;
    const bool known = m_vocabulary.containsWord(typed) || m_vocabulary.containsStem(m_stemmer.stem(typed)) ||
                       (typingPrefix && m_vocabulary.hasWordStartingWith(typed));
    if (known) {
        addAlternative(target, typed, false, 1);
        // A complete word needs no prefix: the index already stores it as the first part of its compounds
        // (heup in heupartrose), and a prefix of a common word is the slowest thing to look up.
        if (typingPrefix && !m_vocabulary.containsWord(typed))
            addPrefix(target, m_vocabulary, typed, kTypingPrefixWeight);
        else if (stemDropsFinalS(typed, m_stemmer.stem(typed)))
            addPrefix(target, m_vocabulary, typed, kInflectionPrefixWeight);
        return target;
    }
    if (!word.stillTyping && m_vocabulary.splitter().splitIntoWords(QByteArrayView(typed.toUtf8()))) {
        addAlternative(target, typed, false, 1); // an unknown compound of known words: splitCompounds adds its parts
        return target;
    }
    const QString correction = m_vocabulary.closestWord(typed);
    if (correction.isEmpty())
        return target; // a word the texts never use: it cannot help, and must not hide the other words' hits
    word.meant = correction;
    word.corrected = true;
    addAlternative(target, correction, false, kCorrectionWeight);
    if (typingPrefix)
        addPrefix(target, m_vocabulary, correction, kCorrectionWeight * kTypingPrefixWeight);
    return target;
}

void QueryBuilder::splitCompounds(QList<SearchQuery::Concept> &concepts, QList<TypedWord> &words) const
{
    // liespijn → one target per part, each also found by the whole compound: a text with "liespijn" covers both,
    // a text with "pijn in de lies" too, and one that only says "lies" covers half.
    for (qsizetype i = 0; i < concepts.size(); ++i) {
        const QString &meant = words[i].meant;
        if (concepts[i].alternatives.isEmpty() || meant.size() < kShortestCompound || words[i].stillTyping)
            continue;
        const auto split = m_vocabulary.splitter().splitIntoWords(QByteArrayView(meant.toUtf8()));
        if (!split)
            continue;
        SearchQuery::Concept tail = concepts[i];
        addAlternative(concepts[i], QString::fromUtf8(split->head), false, kCompoundPartWeight);
        addAlternative(tail, QString::fromUtf8(split->tail), false, kCompoundPartWeight);
        concepts.insert(i + 1, tail);
        words.insert(i + 1, words[i]);
        ++i;
    }
}

void QueryBuilder::joinNeighbours(QList<SearchQuery::Concept> &concepts, const QList<TypedWord> &words) const
{
    // "slijmbeurs ontsteking" → slijmbeursontsteking, "heup buiger" → heupbuiger.
    for (qsizetype i = 0; i + 1 < concepts.size(); ++i) {
        const QString joined = words[i].meant + words[i + 1].meant;
        if (words[i].meant == words[i + 1].meant || !m_vocabulary.containsWord(joined))
            continue;
        addAlternative(concepts[i], joined, false, kJoinedCompoundWeight);
        addAlternative(concepts[i + 1], joined, false, kJoinedCompoundWeight);
    }
}

void QueryBuilder::addSynonyms(SearchQuery &query, const QList<TypedWord> &words) const
{
    QStringList stems;
    for (const TypedWord &word : words)
        stems.append(m_stemmer.stem(word.meant));
    const int longest = std::min(m_synonyms.longestKey(), static_cast<int>(stems.size()));
    for (int length = longest; length >= 1; --length) {
        for (int first = 0; first + length <= stems.size(); ++first) {
            const QString key = stems.mid(first, length).join(u' ');
            // A word that most chapters use already finds them all; its synonyms would only cost time.
            if (!m_synonyms.containsKey(key) || (length == 1 && m_vocabulary.isCommon(words[first].meant)))
                continue;
            const double weight = length > 1 ? kPhraseSynonymWeight : kSynonymWeight;
            const QList<SynonymTable::Synonym> synonyms = m_synonyms.synonyms(key);
            for (int c = first; c < first + length; ++c) {
                for (const SynonymTable::Synonym &synonym : synonyms)
                    addAlternative(query.concepts[c], synonym.phrase, false, weight);
            }
            if (length == stems.size() && query.glossaryTermId.isEmpty())
                query.glossaryTermId = synonyms.constFirst().termId;
        }
    }
}

SearchQuery QueryBuilder::build(QStringView userText, bool asYouType) const
{
    const QStringView text = userText.first(std::min(userText.size(), kLongestInput));
    QList<TypedWord> words = typedWords(text, asYouType && text.size() == userText.size());
    SearchQuery query;
    for (TypedWord &word : words)
        query.concepts.append(conceptFor(word));
    splitCompounds(query.concepts, words);
    joinNeighbours(query.concepts, words);
    addSynonyms(query, words);

    QString corrected = text.toString();
    bool anyCorrection = false;
    for (auto it = words.crbegin(); it != words.crend(); ++it) {
        if (it->corrected && (it == words.crbegin() || (it - 1)->span.start != it->span.start)) {
            corrected.replace(it->span.start, it->span.length, it->meant);
            anyCorrection = true;
        }
    }
    if (anyCorrection)
        query.didYouMean = corrected;
    for (SearchQuery::Concept &target : query.concepts)
        mergeSameStems(target, m_stemmer);
    // A word nothing can match is left out: it would only lower every hit's coverage alike.
    query.concepts.removeIf([](const SearchQuery::Concept &target) { return target.alternatives.isEmpty(); });
    return query;
}

} // namespace heupwijzer::core::search
