#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

struct sb_stemmer;

namespace heupwijzer::core::search {

// The Snowball Dutch stemmer (heupen → heup, oefeningen → oefen). One instance per thread: libstemmer keeps its
// result in the stemmer object.
class DutchStemmer {
public:
    DutchStemmer();

    // False when libstemmer could not create the Dutch algorithm (out of memory); stem() then returns its input.
    bool isValid() const { return m_stemmer != nullptr; }

    // Input: one lower-case word without diacritics, UTF-8.
    QByteArray stem(QByteArrayView word) const;
    QString stem(const QString &word) const;

private:
    struct Deleter {
        void operator()(sb_stemmer *stemmer) const;
    };
    std::unique_ptr<sb_stemmer, Deleter> m_stemmer;
};

} // namespace heupwijzer::core::search
