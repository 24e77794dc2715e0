#include "Dialogs.h"

#include <QAbstractButton>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QList>
#include <QStandardPaths>

namespace {

struct Answer
{
    QMessageBox::ButtonRole role;
    QString *asked;
};

// Answers wait in order; the GUI thread alone asks.
QList<Answer> &answers()
{
    static QList<Answer> queue;
    return queue;
}

QList<std::function<void(QDialog *)>> &fillers()
{
    static QList<std::function<void(QDialog *)>> queue;
    return queue;
}

} // namespace

namespace Dialogs {

QAbstractButton *ask(QMessageBox &box)
{
    if (answers().isEmpty()) {
        box.exec();
        return box.clickedButton();
    }
    const Answer a = answers().takeFirst();
    if (a.asked)
        *a.asked = box.text() + u'\n' + box.informativeText();
    for (QAbstractButton *b : box.buttons()) {
        if (box.buttonRole(b) == a.role)
            return b;
    }
    return nullptr;
}

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons,
                                     QMessageBox::StandardButton defaultButton)
{
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    QAbstractButton *chosen = ask(box);
    return chosen ? box.standardButton(chosen) : QMessageBox::Cancel;
}

void warning(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    ask(box);
}

int exec(QDialog &dialog)
{
    if (fillers().isEmpty())
        return dialog.exec();
    fillers().takeFirst()(&dialog);
    return dialog.result();
}

QString fileName(QWidget *parent, bool save, const QString &title, const QString &start,
                 const QStringList &filters, QString *chosenFilter)
{
    QFileDialog dialog(parent, title);
    dialog.setObjectName(QStringLiteral("fileDialog"));
    dialog.setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog.setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    dialog.setNameFilters(filters);
    const QFileInfo at(start);
    if (at.isDir()) {
        dialog.setDirectory(start);
    } else {
        dialog.setDirectory(at.absolutePath());
        dialog.selectFile(at.fileName());
    }
    if (exec(dialog) != QDialog::Accepted)
        return QString();
    if (chosenFilter)
        *chosenFilter = dialog.selectedNameFilter();
    return dialog.selectedFiles().value(0);
}

QString documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

int getInt(QWidget *parent, const QString &title, const QString &label, int value, int minimum,
           int maximum, bool *ok)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setInputMode(QInputDialog::IntInput);
    dialog.setIntRange(minimum, maximum);
    dialog.setIntValue(value);
    *ok = exec(dialog) == QDialog::Accepted;
    return *ok ? dialog.intValue() : value;
}

void setNextAnswer(QMessageBox::ButtonRole role, QString *asked)
{
    answers().append({role, asked});
}

void setNextDialog(std::function<void(QDialog *)> fill)
{
    fillers().append(std::move(fill));
}

void clearAnswers()
{
    answers().clear();
    fillers().clear();
}

} // namespace Dialogs
