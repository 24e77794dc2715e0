#include "Treasuryctl.h"

#include "PlainText.h"
#include "SafeFile.h"

#include <QFileDevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <unistd.h>

// What treasuryctl says: rows on stdout, one line per problem on stderr, and the exit code.

int Treasuryctl::fail(int code, const QString &message)
{
    // One line, whatever a provider's text in it holds.
    m_err << "treasuryctl: " << PlainText::oneLine(message) << Qt::endl;
    return code;
}

int Treasuryctl::failWith(const ProviderError &error)
{
    // A redirect is the provider's doing (Remote); a URL we refuse is the user's (Usage).
    const int code = error.kind == ProviderError::Kind::Auth      ? Auth
                     : error.kind == ProviderError::Kind::Refused ? Usage
                                                                  : Remote;
    return fail(code, error.summary());
}

void Treasuryctl::progress(const QString &text)
{
    // Chatter only for a person watching; scripts get a quiet stderr.
    if (isatty(STDERR_FILENO))
        m_err << text << Qt::endl;
}

void Treasuryctl::warnIncomplete(const QString &source, const QStringList &gaps)
{
    // The rows stand; the exit code says they are not the whole answer.
    m_incomplete = true;
    for (const QString &gap : gaps)
        m_err << "treasuryctl: incomplete: " << PlainText::oneLine(source) << ": "
              << PlainText::oneLine(gap) << Qt::endl;
}

int Treasuryctl::outputWritten(int code)
{
    // A script must not take a cut-off answer for a whole one: every write, and the last
    // flush of stdout, is checked.
    m_out.flush();
    auto *file = qobject_cast<QFileDevice *>(m_out.device());
    const bool flushed = !file || file->flush();
    if (m_out.status() == QTextStream::Ok && flushed &&
        (!file || file->error() == QFileDevice::NoError))
        return code;
    return fail(Local, tr("the output could not be written: %1")
                           .arg(file ? SafeFile::writeError(*file) : tr("write failed")));
}

int Treasuryctl::print(const QJsonArray &rows, bool json, const QList<const char *> &columns)
{
    if (json) {
        m_out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        return Ok;
    }
    // For people: tab-separated, "-" where the provider says nothing.
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        QStringList cells;
        for (const char *column : columns) {
            const QJsonValue cell = o.value(QLatin1String(column));
            cells.append(cell.isNull() ? QStringLiteral("-") : PlainText::oneLine(cell.toString()));
        }
        m_out << cells.join(u'\t') << '\n';
    }
    m_out.flush();
    return Ok;
}
