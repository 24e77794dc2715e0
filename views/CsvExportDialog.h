#pragma once

#include "ViewContext.h"

#include "TransactionExporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QRadioButton;

/// Where and how to export: file, delimiter, BOM, manifest, all filtered rows or the
/// selection. Remembers the choices for next time.
class CsvExportDialog final : public QDialog
{
    Q_OBJECT

public:
    CsvExportDialog(int filteredRows, int selectedRows, const ViewContext &context,
                    QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    CsvOptions options() const;
    bool selectionOnly() const;
    void accept() override;

private:
    ViewContext m_context;
    void browse();
    void updateOk();

    QLineEdit *m_path;
    QComboBox *m_delimiter;
    QCheckBox *m_bom;
    QCheckBox *m_manifest;
    QRadioButton *m_all;
    QRadioButton *m_selection;
    QPushButton *m_ok;
};
