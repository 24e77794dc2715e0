#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

class QDialog;
class QWidget;

/**
 * Every modal question and dialog the views show goes through here, so that a test answers
 * the next one through a seam (as KeePassXC's MessageBox::setNextAnswer) instead of polling
 * for a window. Without a queued answer each call is the plain modal Qt call.
 */
namespace Dialogs {

/// Shows `box` and returns the button the user clicked (nullptr when closed).
QAbstractButton *ask(QMessageBox &box);
/// QMessageBox::question's shape: the standard button chosen.
QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons,
                                     QMessageBox::StandardButton defaultButton);
void warning(QWidget *parent, const QString &title, const QString &text);
/// Runs `dialog` modally; its result code.
int exec(QDialog &dialog);
/// A file to write (`save`) or read, chosen in a file dialog that opens in `start` (a folder,
/// or a file in one) with the `filters` offered; empty when cancelled. *chosenFilter says
/// which filter was picked. Runs through exec(), so tests fill it like any dialog.
QString fileName(QWidget *parent, bool save, const QString &title, const QString &start,
                 const QStringList &filters, QString *chosenFilter = nullptr);
/// Where file dialogs and exports start: the user's documents folder when it exists (a new
/// home has none), else the home folder.
QString documentsFolder();
/// QInputDialog::getInt's shape.
int getInt(QWidget *parent, const QString &title, const QString &label, int value, int minimum,
           int maximum, bool *ok);

/// For tests: the next box is answered with its button of `role`; its text and informative
/// text go to *asked when given.
void setNextAnswer(QMessageBox::ButtonRole role, QString *asked = nullptr);
/// For tests: the next dialog is handed to `fill` instead of being shown; fill ends it with
/// accept() or reject().
void setNextDialog(std::function<void(QDialog *)> fill);
/// For tests: forget answers not used (a test that failed before asking).
void clearAnswers();

} // namespace Dialogs
