#include "GettextCatalog.h"

#include <QFile>
#include <QtEndian>

namespace {

/// A 32-bit word of the file in its own byte order; false when out of range.
bool word(const QByteArray &data, qsizetype at, bool swapped, quint32 *out)
{
    if (at < 0 || at + 4 > data.size())
        return false;
    quint32 v = qFromLittleEndian<quint32>(data.constData() + at);
    *out = swapped ? qbswap(v) : v;
    return true;
}

/// The string a (length, offset) table entry points at.
bool entry(const QByteArray &data, quint32 table, quint32 index, bool swapped, QByteArray *out)
{
    quint32 length = 0;
    quint32 offset = 0;
    const qsizetype at = qsizetype(table) + qsizetype(index) * 8;
    if (!word(data, at, swapped, &length) || !word(data, at + 4, swapped, &offset) ||
        qsizetype(offset) + qsizetype(length) > data.size())
        return false;
    *out = data.mid(offset, length);
    return true;
}

} // namespace

GettextCatalog::GettextCatalog(const QString &path)
{
    // No path is the empty catalog (English): QFile would warn about the missing name.
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray data = file.readAll();
    quint32 magic = 0;
    if (!word(data, 0, false, &magic))
        return;
    const bool swapped = magic == 0xde120495;
    if (magic != 0x950412de && !swapped)
        return;
    quint32 count = 0;
    quint32 originals = 0;
    quint32 translations = 0;
    if (!word(data, 8, swapped, &count) || !word(data, 12, swapped, &originals) ||
        !word(data, 16, swapped, &translations))
        return;
    for (quint32 i = 0; i < count; ++i) {
        QByteArray source;
        QByteArray target;
        if (!entry(data, originals, i, swapped, &source) ||
            !entry(data, translations, i, swapped, &target)) {
            m_messages.clear();
            return;
        }
        // Contexts ("ctx\x04text") and plural forms ("one\0other") are not used for names.
        if (source.isEmpty() || source.contains('\x04') || source.contains('\0'))
            continue;
        m_messages.insert(QString::fromUtf8(source), QString::fromUtf8(target));
    }
}

GettextCatalog GettextCatalog::system(const QString &domain, const QString &language)
{
    return GettextCatalog(
        QStringLiteral("/usr/share/locale/%1/LC_MESSAGES/%2.mo").arg(language, domain));
}
