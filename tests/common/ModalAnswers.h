#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>

#include <functional>

namespace TestSupport {

// Fills and accepts the next modal dialog of type T, once it shows.
template<typename T> inline void fillNextDialog(std::function<void(T *)> fill)
{
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, fill] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->deleteLater();
        fill(dialog);
    });
    poll->start();
}

// Answers the next modal message box with the button of `role`, once it shows.
inline void answerNextBox(QMessageBox::ButtonRole role, QString *text = nullptr)
{
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, role, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (text)
            *text = box->text() + u'\n' + box->informativeText();
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == role) {
                b->click();
                break;
            }
        }
        poll->deleteLater();
    });
    poll->start();
}

} // namespace TestSupport
