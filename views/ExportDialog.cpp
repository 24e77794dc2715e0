#include "ExportDialog.h"

#include "Dialogs.h"

#include "Clock.h"

#include "Preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

ExportDialog::ExportDialog(int filteredRows, int selectedRows, const ViewContext &context,
                           QWidget *parent)
    : QDialog(parent), m_context(context), m_path(new QLineEdit(this)),
      m_delimiter(new QComboBox(this)),
      m_bom(new QCheckBox(tr("Add a byte order mark (Excel needs it to read UTF-8)"), this)),
      m_manifest(new QCheckBox(tr("Write a manifest next to it (filters, totals, SHA-256)"), this)),
      m_all(new QRadioButton(this)), m_selection(new QRadioButton(this)), m_ok(nullptr)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export transactions"));
    const QLocale locale;
    m_all->setText(tr("All %1 filtered transactions").arg(locale.toString(filteredRows)));
    m_selection->setText(tr("Only the %1 selected").arg(locale.toString(selectedRows)));
    m_selection->setEnabled(selectedRows > 0);
    m_all->setChecked(true);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setAccessibleName(tr("Export file"));
    m_delimiter->setObjectName(QStringLiteral("exportDelimiter"));
    // Plain for scripts and any spreadsheet's import dialog; or as a spreadsheet in this
    // language opens it by a double click (its decimal mark, dates it reads as dates).
    const CsvOptions local = CsvOptions::spreadsheet(locale.decimalPoint().at(0));
    m_delimiter->addItem(tr("Plain: comma, decimal point, ISO 8601 dates (scripts, any "
                            "spreadsheet's import)"),
                         QStringLiteral(","));
    m_delimiter->addItem(
        tr("Spreadsheet in %1: \"%2\" between cells, \"%3\" before decimals, "
           "dates as dates (UTC)")
            .arg(locale.nativeLanguageName().isEmpty() ? tr("this language")
                                                       : locale.nativeLanguageName(),
                 QString(QLatin1Char(local.delimiter)), QString(QLatin1Char(local.decimalPoint))),
        QStringLiteral(";"));
    m_delimiter->addItem(tr("Excel workbook (.xlsx): numbers and dates as such, ids as text, "
                            "a sheet of totals"),
                         QStringLiteral("xlsx"));
    m_delimiter->setToolTip(
        tr("The workbook opens right in Excel and LibreOffice in any language. The spreadsheet "
           "CSV opens with a double click (in LibreOffice, tick \"Detect special numbers\" "
           "for dates); the plain one is for scripts and import dialogs."));
    m_bom->setObjectName(QStringLiteral("exportBom"));
    m_manifest->setObjectName(QStringLiteral("exportManifest"));

    QSettings &settings = *context.settings;
    const QString dir =
        settings.value(QStringLiteral("export/directory"), Dialogs::documentsFolder()).toString();
    m_path->setText(QDir(dir).filePath(
        QStringLiteral("transactions-%1.csv").arg(context.clock->today().toString(Qt::ISODate))));
    // The CSV defaults of Preferences: a choice here is for this export, it does not change
    // them behind the user's back. The format (CSV or workbook) is this dialog's memory.
    const Preferences preferences = Preferences::load(settings);
    m_delimiter->setCurrentIndex(settings.value(QStringLiteral("export/format")).toString() ==
                                         QLatin1String("xlsx")
                                     ? 2
                                     : (preferences.csvDelimiter == ';' ? 1 : 0));
    if (workbook())
        m_path->setText(withSuffix(m_path->text(), QStringLiteral("xlsx")));
    m_bom->setChecked(preferences.csvBom);
    m_manifest->setChecked(settings.value(QStringLiteral("export/manifest"), false).toBool());

    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    // A row of several widgets has no buddy of its own: without one the label would show
    // its "&" instead of a shortcut.
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);
    form->addRow(tr("F&ormat:"), m_delimiter);
    // The spreadsheet choice wants the byte order mark (Excel reads UTF-8 by it); the
    // workbook has neither a BOM nor a manifest (its totals sheet holds the filters), and its
    // own suffix.
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_bom->setChecked(index == 1 || m_bom->isChecked());
        m_bom->setEnabled(!workbook());
        m_manifest->setEnabled(!workbook());
        m_path->setText(withSuffix(m_path->text(),
                                   workbook() ? QStringLiteral("xlsx") : QStringLiteral("csv")));
    });
    m_bom->setEnabled(!workbook());
    m_manifest->setEnabled(!workbook());
    form->addRow(QString(), m_bom);
    form->addRow(QString(), m_manifest);
    form->addRow(tr("Rows:"), m_all);
    form->addRow(QString(), m_selection);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateOk);
    auto *box = new QVBoxLayout(this);
    box->addLayout(form);
    box->addWidget(buttons);
    updateOk();
}

void ExportDialog::browse()
{
    const QString chosen =
        Dialogs::fileName(this, true, tr("Export transactions"), m_path->text(),
                          {workbook() ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)")});
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExportDialog::updateOk()
{
    m_ok->setEnabled(!m_path->text().trimmed().isEmpty());
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

CsvOptions ExportDialog::options() const
{
    const bool spreadsheet = m_delimiter->currentData().toString() == QLatin1String(";");
    CsvOptions o =
        spreadsheet ? CsvOptions::spreadsheet(QLocale().decimalPoint().at(0)) : CsvOptions();
    o.bom = m_bom->isChecked();
    o.manifest = m_manifest->isChecked();
    return o;
}

bool ExportDialog::workbook() const
{
    return m_delimiter->currentData().toString() == QLatin1String("xlsx");
}

QString ExportDialog::withSuffix(const QString &path, const QString &suffix)
{
    const QFileInfo info(path);
    const QString known = info.suffix().toLower();
    if (known != QLatin1String("csv") && known != QLatin1String("xlsx"))
        return path;
    return path.left(path.size() - known.size()) + suffix;
}

bool ExportDialog::selectionOnly() const
{
    return m_selection->isChecked();
}

void ExportDialog::accept()
{
    QSettings &settings = *m_context.settings;
    settings.setValue(QStringLiteral("export/directory"), QFileInfo(path()).absolutePath());
    settings.setValue(QStringLiteral("export/format"),
                      workbook() ? QStringLiteral("xlsx") : QStringLiteral("csv"));
    settings.setValue(QStringLiteral("export/manifest"), m_manifest->isChecked());
    QDialog::accept();
}
