#pragma once

#include <QString>

class QFileDevice;
class QSaveFile;

/**
 * What every file the app writes (exports, manifests, the local store) goes through: money
 * data is for its owner only, and an export never replaces something that is not a file.
 */
namespace SafeFile {

/// Why `path` must not be written, or empty: it may be a new file in an existing directory
/// or an existing regular file, never a device, a FIFO, a directory or a symbolic link
/// (which a rename would replace instead of the file it points to).
QString refusal(const QString &path);
/// The owner alone may read and write `path` (0600); for a directory, also enter it (0700).
bool restrictToOwner(const QString &path);
/// Makes `dir` with every missing folder above it, each its owner's alone (0700), whatever
/// the umask: an app's data lies in an organisation's folder mkpath would leave 0755.
bool makeOwnerOnlyPath(const QString &dir);
/// Opens `file` (a QSaveFile: written aside, renamed when complete) after refusal() found
/// nothing against its path, readable by its owner only; false with *error otherwise.
bool open(QSaveFile &file, QString *error);
/// Renames the finished file into place; false with *error (the disk is full, …).
bool commit(QSaveFile &file, QString *error);
/// A failed write in words: "the disk is full" where it is, else the system's reason.
QString writeError(const QFileDevice &file);

} // namespace SafeFile
