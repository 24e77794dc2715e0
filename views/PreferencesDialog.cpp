#include "PreferencesDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(const Preferences &current,
                                     const QList<QPair<QString, QString>> &languages,
                                     const QString &defaultDirectory, QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_refresh(new QComboBox(this)),
      m_delimiter(new QComboBox(this)), m_bom(new QCheckBox(this)),
      m_directory(new QLineEdit(this)), m_defaultDirectory(defaultDirectory)
{
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("prefLanguage"));
    m_language->addItem(tr("As the system (%1)").arg(QLocale::system().nativeLanguageName()),
                        QString());
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
    m_delimiter->addItem(tr("Semicolon ( ; ) for spreadsheets set to a decimal comma"),
                         QStringLiteral(";"));
    m_delimiter->setCurrentIndex(current.csvDelimiter == ';' ? 1 : 0);
    m_bom->setObjectName(QStringLiteral("prefBom"));
    m_bom->setText(tr("Start CSV files with a byte order mark (Excel needs it to read UTF-8)"));
    m_bom->setChecked(current.csvBom);

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
    // A row of several widgets has no buddy of its own: the label names the path field.
    auto *directoryLabel = new QLabel(tr("&Data location:"), this);
    directoryLabel->setBuddy(m_directory);
    form->addRow(directoryLabel, directoryRow);
    auto *note = new QLabel(tr("Language and data location take effect at the next start. The "
                               "data location holds the transactions, balance history and "
                               "payout journal; secrets stay in the system keychain."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMinimumWidth(560);
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
    Preferences p;
    p.language = m_language->currentData().toString();
    p.refreshMinutes = m_refresh->currentData().toInt();
    p.csvDelimiter = m_delimiter->currentData().toString() == QLatin1String(";") ? ';' : ',';
    p.csvBom = m_bom->isChecked();
    p.dataDirectory = QDir::fromNativeSeparators(m_directory->text().trimmed());
    return p;
}
