#include "ui/handout/practiceprofile.h"

#include <QSettings>

namespace heupwijzer::ui {

namespace {

// Dutch key names: the settings file is the one place a practice's IT person might edit by hand.
constexpr QStringView kGroup = u"praktijk";
constexpr QStringView kName = u"naam";
constexpr QStringView kPhone = u"telefoon";
constexpr QStringView kWebsite = u"website";
constexpr QStringView kLogo = u"logo";

void writeOrRemove(QSettings &settings, QStringView key, const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        settings.remove(key);
    else
        settings.setValue(key, trimmed);
}

} // namespace

PracticeProfile PracticeProfile::load(QSettings &settings)
{
    settings.beginGroup(kGroup);
    PracticeProfile profile{settings.value(kName).toString(), settings.value(kPhone).toString(),
                            settings.value(kWebsite).toString(), settings.value(kLogo).toString()};
    settings.endGroup();
    return profile;
}

void PracticeProfile::save(QSettings &settings) const
{
    settings.beginGroup(kGroup);
    writeOrRemove(settings, kName, name);
    writeOrRemove(settings, kPhone, phone);
    writeOrRemove(settings, kWebsite, website);
    writeOrRemove(settings, kLogo, logoPath);
    settings.endGroup();
    settings.sync();
}

} // namespace heupwijzer::ui
