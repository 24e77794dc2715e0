#pragma once

#include "Dialogs.h"

#include <QDialog>
#include <QMessageBox>
#include <QTest>

#include <functional>

namespace TestSupport {

// Fills the next dialog the views open, which must be a T, through Dialogs' seam; fill
// ends it with accept() or reject().
template<typename T> inline void fillNextDialog(std::function<void(T *)> fill)
{
    Dialogs::setNextDialog([fill](QDialog *dialog) {
        T *typed = qobject_cast<T *>(dialog);
        if (!typed) {
            QTest::qFail(qPrintable(QStringLiteral("the next dialog is a %1, not the one expected")
                                        .arg(QLatin1String(dialog->metaObject()->className()))),
                         __FILE__, __LINE__);
            dialog->reject();
            return;
        }
        fill(typed);
    });
}

// Answers the next message box with its button of `role`; its text goes to *text.
inline void answerNextBox(QMessageBox::ButtonRole role, QString *text = nullptr)
{
    Dialogs::setNextAnswer(role, text);
}

} // namespace TestSupport
