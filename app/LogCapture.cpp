#include "LogCapture.h"

#include "LogModel.h"

#include <QDateTime>
#include <QList>
#include <QMetaObject>
#include <QMutex>
#include <QRecursiveMutex>

namespace {
QRecursiveMutex mutex; // recursive: a message logged while handling one must not deadlock
QtMessageHandler previous = nullptr;
QList<LogModel *> targets; // guarded by mutex; removed before the model is deleted
} // namespace

LogCapture::LogCapture(QObject *parent) : QObject(parent), m_model(new LogModel(5000, this))
{
    QMutexLocker<QRecursiveMutex> lock(&mutex);
    if (targets.isEmpty())
        previous = qInstallMessageHandler(&LogCapture::handle);
    targets.append(m_model);
}

LogCapture::~LogCapture()
{
    // Runs before QObject deletes the model (a child): no line can reach it afterwards.
    QMutexLocker<QRecursiveMutex> lock(&mutex);
    targets.removeAll(m_model);
    if (targets.isEmpty())
        qInstallMessageHandler(previous);
}

void LogCapture::handle(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    QMutexLocker<QRecursiveMutex> lock(&mutex);
    // The terminal gets warnings and worse; requests and other chatter go to the Log window
    // alone, unless TREASURY_DESK_VERBOSE asks for everything there too.
    static const bool verbose = qEnvironmentVariableIsSet("TREASURY_DESK_VERBOSE");
    if (previous && (verbose || targets.isEmpty() || (type != QtInfoMsg && type != QtDebugMsg)))
        previous(type, context, text);
    if (targets.isEmpty())
        return;
    LogModel *model = targets.constLast();
    LogModel::Line line;
    line.time = QDateTime::currentDateTimeUtc();
    line.category = QString::fromLatin1(context.category ? context.category : "default");
    line.message = text;
    switch (type) {
    case QtDebugMsg:
        line.level = LogModel::Level::Debug;
        break;
    case QtInfoMsg:
        line.level = LogModel::Level::Info;
        break;
    case QtWarningMsg:
        line.level = LogModel::Level::Warning;
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        line.level = LogModel::Level::Critical;
        break;
    }
    // Queued, also on the GUI thread: the model may be in the middle of a change that
    // logged this very line. A call queued to a model deleted meanwhile is dropped.
    QMetaObject::invokeMethod(
        model, [model, line] { model->append(line); }, Qt::QueuedConnection);
}
