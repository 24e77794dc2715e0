#pragma once

#include "ViewContext.h"

#include "TransactionExporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QRadioButton;

/// Where and how to export: file, format (plain CSV, CSV for a spreadsheet in this language,
/// or an Excel workbook), BOM, manifest, all filtered rows or the selection. Remembers the
/// choices for next time.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(int filteredRows, int selectedRows, const ViewContext &context,
                 QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    CsvOptions options() const;
    bool selectionOnly() const;
    /// An Excel workbook rather than CSV.
    bool workbook() const;
    void accept() override;

private:
    ViewContext m_context;
    void browse();
    void updateOk();
    /// `path` with its .csv or .xlsx suffix made `suffix`; any other name as it is.
    static QString withSuffix(const QString &path, const QString &suffix);

    QLineEdit *m_path;
    QComboBox *m_delimiter;
    QCheckBox *m_bom;
    QCheckBox *m_manifest;
    QRadioButton *m_all;
    QRadioButton *m_selection;
    QPushButton *m_ok;
};
