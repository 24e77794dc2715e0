#include "Redaction.h"

#include <QUrl>

#include <algorithm>

namespace Redaction {

QList<QByteArray> formsOf(const QStringList &secrets, const QStringList &pairs)
{
    QList<QByteArray> forms;
    auto add = [&forms](const QByteArray &form) {
        if (form.size() >= 6 && !forms.contains(form))
            forms.append(form);
    };
    for (const QString &s : secrets) {
        add(s.toUtf8());
        add(QUrl::toPercentEncoding(s));
    }
    for (const QString &pair : pairs) {
        add(pair.toUtf8());
        add(pair.toUtf8().toBase64());
        add(pair.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }
    // Longest first, so that a pair goes before the parts it contains.
    std::sort(forms.begin(), forms.end(),
              [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
    return forms;
}

QByteArray apply(QByteArray text, const QList<QByteArray> &forms)
{
    for (const QByteArray &form : forms) {
        if (text.contains(form))
            text.replace(form, Mark);
    }
    return text;
}

} // namespace Redaction
