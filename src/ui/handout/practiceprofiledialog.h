#pragma once

#include "ui/handout/practiceprofile.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;

namespace heupwijzer::ui {

// Where the physiotherapist enters the practice once: name, phone, website and a logo file. A preview of the
// logo shows at once whether the file can be used.
class PracticeProfileDialog : public QDialog {
    Q_OBJECT

public:
    explicit PracticeProfileDialog(const PracticeProfile &profile, QWidget *parent = nullptr);

    PracticeProfile profile() const;

    // Shows the dialog for the profile in `settings` and saves it there when the user accepts. True when saved.
    static bool edit(QSettings &settings, QWidget *parent);

private:
    void chooseLogo();
    void setLogo(const QString &path);

    QLineEdit *m_name = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_website = nullptr;
    QLabel *m_logoPreview = nullptr;
    QPushButton *m_removeLogo = nullptr;
    QString m_logoPath;
};

} // namespace heupwijzer::ui
