#include "ui/handout/practiceprofiledialog.h"

#include "ui/a11y/flowlayout.h"
#include "ui/a11y/screenfit.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace heupwijzer::ui {

namespace {
constexpr QSize kLogoPreviewSize(240, 80);
} // namespace

PracticeProfileDialog::PracticeProfileDialog(const PracticeProfile &profile, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Practice details"));
    auto *intro = new QLabel(tr("These details are printed at the top of every handout."), this);
    intro->setWordWrap(true);

    m_name = new QLineEdit(profile.name, this);
    m_phone = new QLineEdit(profile.phone, this);
    m_website = new QLineEdit(profile.website, this);
    m_name->setPlaceholderText(tr("For example: Fysiotherapie De Brug"));
    m_phone->setPlaceholderText(tr("For example: 030 123 45 67"));
    m_website->setPlaceholderText(tr("For example: www.fysiodebrug.nl"));

    m_logoPreview = new QLabel(this);
    m_logoPreview->setMinimumSize(kLogoPreviewSize);
    m_logoPreview->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_logoPreview->setWordWrap(true); // the message for a file that is no image names the file
    auto *chooseLogo = new QPushButton(tr("Choose logo…"), this);
    m_removeLogo = new QPushButton(tr("No logo"), this);
    connect(chooseLogo, &QPushButton::clicked, this, &PracticeProfileDialog::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, [this] { setLogo({}); });
    auto *logoButtons = new FlowLayout;
    logoButtons->setContentsMargins(0, 0, 0, 0);
    logoButtons->addWidget(chooseLogo);
    logoButtons->addWidget(m_removeLogo);

    auto *form = new QFormLayout;
    // Labels above their fields: each field gets the whole width, so its example text is not cut off at a large
    // font, and the eye goes down one column.
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(tr("Practice &name:"), m_name);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Website:"), m_website);
    form->addRow(tr("Logo:"), m_logoPreview);
    form->addRow(QString(), logoButtons);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setLogo(profile.logoPath);
    fitOnScreen(*this, sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 60, 0)));
}

PracticeProfile PracticeProfileDialog::profile() const
{
    return {m_name->text().trimmed(), m_phone->text().trimmed(), m_website->text().trimmed(), m_logoPath};
}

void PracticeProfileDialog::chooseLogo()
{
    const QString start = m_logoPath.isEmpty() ? QString() : QFileInfo(m_logoPath).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the practice logo"), start,
                                                      tr("Images (*.png *.jpg *.jpeg *.svg)"));
    if (!path.isEmpty())
        setLogo(path);
}

void PracticeProfileDialog::setLogo(const QString &path)
{
    m_logoPath = path;
    m_removeLogo->setEnabled(!path.isEmpty());
    if (path.isEmpty()) {
        m_logoPreview->setPixmap({});
        m_logoPreview->setText(tr("No logo"));
        return;
    }
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage logo = reader.read();
    if (logo.isNull()) {
        m_logoPreview->setPixmap({});
        m_logoPreview->setText(tr("This file cannot be read as an image: %1").arg(reader.errorString()));
        return;
    }
    m_logoPreview->setPixmap(
        QPixmap::fromImage(logo.scaled(kLogoPreviewSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

bool PracticeProfileDialog::edit(QSettings &settings, QWidget *parent)
{
    PracticeProfileDialog dialog(PracticeProfile::load(settings), parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    dialog.profile().save(settings);
    return true;
}

} // namespace heupwijzer::ui
