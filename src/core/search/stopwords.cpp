#include "core/search/stopwords.h"

#include <QSet>
#include <QString>

namespace heupwijzer::core::search {

namespace {

// Question words, pronouns, articles, prepositions and auxiliaries that patients put around their real words.
// Words that carry meaning in this domain stay out of the list: "wanneer", "waar", "wie",
// "zij" (op je zij liggen), "niet" and "geen" change the answer.
const char16_t *const kStopWords[] = {
    u"de",   u"het",  u"een",    u"in",   u"bij",   u"met",  u"ik",     u"mijn",  u"wat",    u"is",     u"en",
    u"van",  u"op",   u"te",     u"aan",  u"voor",  u"of",   u"om",     u"dat",   u"die",    u"dit",    u"deze",
    u"er",   u"je",   u"jij",    u"jouw", u"u",     u"uw",   u"we",     u"wij",   u"ze",     u"hij",    u"haar",
    u"hem",  u"zijn", u"ben",    u"bent", u"was",   u"heb",  u"hebt",   u"heeft", u"hebben", u"had",    u"kan",
    u"kun",  u"kunt", u"kunnen", u"mag",  u"mogen", u"moet", u"moeten", u"wil",   u"wel",    u"nog",    u"ook",
    u"al",   u"als",  u"dan",    u"toch", u"maar",  u"naar", u"uit",    u"tot",   u"hoe",    u"waarom", u"welke",
    u"welk", u"zo",   u"me",     u"mij",  u"m",     u"n",    u"na",     u"word",  u"wordt",  u"worden", u"doe",
    u"zou",  u"zal",  u"erg",    u"heel", u"veel",  u"hier", u"daar",   u"nu",    u"the",    u"a",      u"s",
    u"t",    u"ie",   u"even",   u"toe",  u"door",  u"over", u"tegen",  u"onder", u"soms",   u"vaak",   u"steeds",
};

} // namespace

bool isStopWord(QStringView foldedWord)
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char16_t *word : kStopWords)
            set.insert(QString::fromUtf16(word));
        return set;
    }();
    return words.contains(foldedWord.toString());
}

} // namespace heupwijzer::core::search
