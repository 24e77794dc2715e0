#include "SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <sys/stat.h>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SafeFile", text);
}
} // namespace

namespace SafeFile {

QString refusal(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st;
    // lstat: a link is judged as a link, not as what it points to.
    if (::lstat(native.constData(), &st) != 0) {
        if (errno != ENOENT)
            return tr("%1 cannot be checked: %2")
                .arg(path, QString::fromLocal8Bit(strerror(errno)));
        const QFileInfo info(path);
        if (!info.absoluteDir().exists())
            return tr("The folder of %1 does not exist.").arg(path);
        return QString();
    }
    if (S_ISLNK(st.st_mode))
        return tr("%1 is a symbolic link; give the file's own path.").arg(path);
    if (!S_ISREG(st.st_mode))
        return tr("%1 is not a regular file (a device, pipe or folder); nothing was written.")
            .arg(path);
    return QString();
}

bool restrictToOwner(const QString &path)
{
    const QFileInfo info(path);
    QFileDevice::Permissions p = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (info.isDir())
        p |= QFileDevice::ExeOwner;
    return QFile::setPermissions(path, p);
}

bool makeOwnerOnlyPath(const QString &dir)
{
    QStringList missing;
    for (QString at = QFileInfo(dir).absoluteFilePath(); !QFileInfo::exists(at);
         at = QFileInfo(at).absolutePath()) {
        missing.prepend(at);
        if (QFileInfo(at).absolutePath() == at)
            break; // the root: nothing above it
    }
    bool ok = QDir().mkpath(dir);
    for (const QString &made : std::as_const(missing))
        ok = restrictToOwner(made) && ok;
    return ok;
}

bool open(QSaveFile &file, QString *error)
{
    if (const QString why = refusal(file.fileName()); !why.isEmpty()) {
        *error = why;
        return false;
    }
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = tr("Cannot write %1: %2").arg(file.fileName(), writeError(file));
        file.cancelWriting();
        return false;
    }
    return true;
}

bool commit(QSaveFile &file, QString *error)
{
    if (file.commit())
        return true;
    *error = tr("Cannot write %1: %2").arg(file.fileName(), writeError(file));
    return false;
}

QString writeError(const QFileDevice &file)
{
    // Qt reports ENOSPC as ResourceError.
    if (file.error() == QFileDevice::ResourceError)
        return tr("the disk is full");
    return file.errorString();
}

} // namespace SafeFile
