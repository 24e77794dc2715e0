#include "PreferencesDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(const Preferences &current,
                                     const QList<QPair<QString, QString>> &languages,
                                     const QString &defaultDirectory,
                                     const QList<QPair<QString, QString>> &payoutProviders,
                                     QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_refresh(new QComboBox(this)),
      m_delimiter(new QComboBox(this)), m_bom(new QCheckBox(this)), m_atPar(new QCheckBox(this)),
      m_directory(new QLineEdit(this)), m_defaultDirectory(defaultDirectory), m_current(current)
{
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("prefLanguage"));
    // The C locale has no language name: no empty brackets then.
    const QString system = QLocale::system().nativeLanguageName();
    m_language->addItem(
        system.isEmpty() ? tr("As the system") : tr("As the system (%1)").arg(system), QString());
    for (const auto &[code, name] : languages)
        m_language->addItem(name, code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(current.language)));

    m_refresh->setObjectName(QStringLiteral("prefRefresh"));
    for (const int minutes : Preferences::RefreshChoices)
        m_refresh->addItem(minutes == 0    ? tr("Off")
                           : minutes == 60 ? tr("Every hour")
                                           : tr("Every %n minute(s)", nullptr, minutes),
                           minutes);
    m_refresh->setCurrentIndex(qMax(0, m_refresh->findData(current.refreshMinutes)));

    m_delimiter->setObjectName(QStringLiteral("prefDelimiter"));
    m_delimiter->addItem(tr("Comma ( , ) and a decimal point: any spreadsheet"),
                         QStringLiteral(","));
    m_delimiter->addItem(tr("Spreadsheet in this language: its decimal mark, dates as dates"),
                         QStringLiteral(";"));
    m_delimiter->setCurrentIndex(current.csvDelimiter == ';' ? 1 : 0);
    m_bom->setObjectName(QStringLiteral("prefBom"));
    m_bom->setText(tr("Byte order mark in CSV files (Excel needs it for UTF-8)"));
    // A check box's text does not wrap: the dialog grows instead of cutting it.
    m_bom->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    m_bom->setChecked(current.csvBom);

    m_atPar->setObjectName(QStringLiteral("prefAtPar"));
    m_atPar->setText(tr("Count USDC and USDT without a rate at 1.00 USD in the total"));
    m_atPar->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    m_atPar->setChecked(current.stablecoinsAtPar);
    m_directory->setObjectName(QStringLiteral("prefDirectory"));
    m_directory->setPlaceholderText(QDir::toNativeSeparators(defaultDirectory));
    m_directory->setText(QDir::toNativeSeparators(current.dataDirectory));
    m_directory->setAccessibleName(tr("Data location"));
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::browse);
    auto *reset = new QPushButton(tr("Default"), this);
    connect(reset, &QPushButton::clicked, m_directory, &QLineEdit::clear);
    auto *directoryRow = new QHBoxLayout;
    directoryRow->addWidget(m_directory, 1);
    directoryRow->addWidget(browse);
    directoryRow->addWidget(reset);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Refresh:"), m_refresh);
    form->addRow(tr("CSV &delimiter:"), m_delimiter);
    form->addRow(QString(), m_bom);
    form->addRow(tr("&Valuation:"), m_atPar);
    // A row of several widgets has no buddy of its own: the label names the path field.
    auto *directoryLabel = new QLabel(tr("&Data location:"), this);
    directoryLabel->setBuddy(m_directory);
    form->addRow(directoryLabel, directoryRow);
    auto *note = new QLabel(tr("Language and data location take effect at the next start. The "
                               "data location holds the transactions, balance history and "
                               "payout journal; secrets stay in the system keychain."),
                            this);
    note->setWordWrap(true);
    // A lost answer may still be booked by a slow gateway: how long to keep looking before
    // a person decides, per provider (README, "What unknown means").
    auto *settling = new QGroupBox(tr("Lost answers"), this);
    settling->setObjectName(QStringLiteral("prefSettling"));
    auto *settlingNote =
        new QLabel(tr("When a payout's answer is lost, look for it in the provider's records "
                      "this long before asking you whether it was sent:"),
                   settling);
    settlingNote->setWordWrap(true);
    auto *settlingGrid = new QGridLayout;
    int row = 0;
    for (const auto &[id, name] : payoutProviders) {
        auto *minutes = new QSpinBox(settling);
        minutes->setObjectName(QStringLiteral("prefSettling_") + id);
        minutes->setRange(Preferences::MinSettlingMinutes, Preferences::MaxSettlingMinutes);
        minutes->setSingleStep(30);
        minutes->setSuffix(tr(" min"));
        minutes->setValue(qMax(Preferences::MinSettlingMinutes, current.settlingMinutesFor(id)));
        minutes->setAccessibleName(tr("Keep looking for a lost payout at %1").arg(name));
        auto *label = new QLabel(name + u':', settling);
        label->setBuddy(minutes);
        // Two providers to a row: four rows would make the dialog tall for one setting.
        settlingGrid->addWidget(label, row / 2, (row % 2) * 2);
        settlingGrid->addWidget(minutes, row / 2, (row % 2) * 2 + 1);
        m_settling.insert(id, minutes);
        ++row;
    }
    settlingGrid->setColumnStretch(1, 1);
    settlingGrid->setColumnStretch(3, 1);
    auto *settlingLayout = new QVBoxLayout(settling);
    settlingLayout->addWidget(settlingNote);
    settlingLayout->addLayout(settlingGrid);
    settling->setVisible(!payoutProviders.isEmpty());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(settling);
    layout->addWidget(buttons);
    // Not setMinimumWidth: a minimum of its own stops the layout from keeping the dialog
    // as wide as its longest line in every language.
    resize(qMax(560, sizeHint().width()), sizeHint().height());
}

void PreferencesDialog::browse()
{
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Data location"),
        m_directory->text().isEmpty() ? m_defaultDirectory : m_directory->text());
    if (!dir.isEmpty())
        m_directory->setText(QDir::toNativeSeparators(dir));
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p = m_current;
    p.language = m_language->currentData().toString();
    p.refreshMinutes = m_refresh->currentData().toInt();
    p.csvDelimiter = m_delimiter->currentData().toString() == QLatin1String(";") ? ';' : ',';
    p.csvBom = m_bom->isChecked();
    p.stablecoinsAtPar = m_atPar->isChecked();
    p.dataDirectory = QDir::fromNativeSeparators(m_directory->text().trimmed());
    for (auto it = m_settling.cbegin(); it != m_settling.cend(); ++it) {
        // A shorter window set in the settings file stays unless the user changes it here.
        const int shown =
            qMax(Preferences::MinSettlingMinutes, m_current.settlingMinutesFor(it.key()));
        if (it.value()->value() != shown)
            p.settlingMinutes.insert(it.key(), it.value()->value());
    }
    return p;
}
