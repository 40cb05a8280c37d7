#pragma once

#include <QString>

class QSettings;

namespace heupwijzer::ui {

// The practice printed at the top of every handout. Set once by the physiotherapist; kept in the settings file
// (group "praktijk") so it survives updates. The logo is a path to an image file the practice chose (PNG, JPEG
// or SVG); the file itself is not copied.
struct PracticeProfile {
    QString name;
    QString phone;
    QString website;
    QString logoPath;

    bool isEmpty() const { return name.isEmpty() && phone.isEmpty() && website.isEmpty() && logoPath.isEmpty(); }

    // Reads the profile; missing keys give empty fields.
    static PracticeProfile load(QSettings &settings);
    // Writes every field (an empty field removes its key) and syncs, so a crash right after loses nothing.
    void save(QSettings &settings) const;

    friend bool operator==(const PracticeProfile &, const PracticeProfile &) = default;
};

} // namespace heupwijzer::ui
